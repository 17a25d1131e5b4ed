package id.mpp.sdk.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A top-level document on the wire. When written it carries {@code "apiVersion": "mpp.sdk/v1"}
 * and a {@code "kind"} naming its type; when read, a document of another major version or another
 * kind is refused by {@link MppJson}, and unknown fields are ignored.
 *
 * <p>Records implement this interface and need nothing else:
 *
 * <pre>{@code
 * public record ServiceDefinition(...) implements WireDocument { ... }
 * }</pre>
 */
@JsonPropertyOrder({"apiVersion", "kind"})
public interface WireDocument {

  /**
   * The wire version of this document.
   *
   * @return {@value MppJson#API_VERSION}
   */
  @JsonProperty("apiVersion")
  default String apiVersion() {
    return MppJson.API_VERSION;
  }

  /**
   * The kind of this document: its simple type name, for example {@code "ServiceDefinition"}.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  default String kind() {
    return getClass().getSimpleName();
  }
}
