package id.mpp.sdk.adapters.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BpjsEnvelopeTest {

  private static BpjsEnvelope parse(String json) {
    return BpjsEnvelope.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parse_whenVClaimSpelling_readsStringCodeAndEncryptedResponse() {
    BpjsEnvelope envelope = parse(
        "{\"metaData\":{\"code\":\"200\",\"message\":\"Sukses\"},\"response\":\"QUJD\"}");

    assertThat(envelope.code()).isEqualTo("200");
    assertThat(envelope.message()).isEqualTo("Sukses");
    assertThat(envelope.isSuccess()).isTrue();
    assertThat(envelope.encryptedResponse()).contains("QUJD");
  }

  @Test
  void parse_whenAntreanSpelling_readsNumericCode() {
    BpjsEnvelope envelope = parse(
        "{\"metadata\":{\"code\":200,\"message\":\"OK\"},\"response\":{\"list\":[]}}");

    assertThat(envelope.code()).isEqualTo("200");
    assertThat(envelope.isSuccess()).isTrue();
    assertThat(envelope.encryptedResponse()).isEmpty();
    assertThat(envelope.response().get("list").isArray()).isTrue();
  }

  @Test
  void parse_whenBusinessError_isNotSuccess() {
    BpjsEnvelope envelope = parse("{\"metadata\":{\"code\":201,\"message\":\"Gagal\"}}");

    assertThat(envelope.isSuccess()).isFalse();
    assertThat(envelope.code()).isEqualTo("201");
    assertThat(envelope.response().isMissingNode()).isTrue();
  }

  @Test
  void parse_whenNoMetadata_throwsNamingBothSpellings() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse("{\"response\":\"QUJD\"}"))
        .withMessageContaining("'metaData' or 'metadata'");
  }

  @Test
  void parse_whenCodeIsBoolean_throwsNamingCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse("{\"metaData\":{\"code\":true,\"message\":\"x\"}}"))
        .withMessageContaining("metadata.code");
  }

  @Test
  void parse_whenNotJson_throwsMalformedJson() {
    assertThatThrownBy(() -> parse("<html>502 Bad Gateway</html>"))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void parse_whenTopLevelArray_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> parse("[1,2]"))
        .withMessageContaining("not a JSON object");
  }
}
