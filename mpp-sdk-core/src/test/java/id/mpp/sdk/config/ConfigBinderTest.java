package id.mpp.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.validation.MppValidator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {

  enum Mode { SANDBOX, PRODUCTION }

  record OAuth(
      @Setting(description = "client id") @NotBlank String clientId,
      @Setting(description = "client secret") @NotNull Secret clientSecret) {
  }

  record AgencyConfig(
      @Setting(description = "Base URL", example = "https://api.example.go.id") @NotNull URI baseUrl,
      @Setting(description = "Deadline", defaultValue = "10s") Duration deadline,
      @Setting(description = "Attempts", defaultValue = "3") @Min(1) @Max(10) int maxAttempts,
      @Setting(description = "Mode", defaultValue = "sandbox") Mode mode,
      @Setting(description = "Services") @NotEmpty List<String> services,
      @Setting(description = "Agency") AgencyId agency,
      @Setting(description = "OAuth client") OAuth oauth) {
  }

  private static final String P = "mpp.adapter.uji.";

  private static Map<String, String> valid() {
    return Map.of(
        P + "baseUrl", "https://api.example.go.id",
        P + "services", "KTP-EL, KK",
        P + "oauth.clientId", "mpp-hub",
        P + "oauth.client-secret", "s3cr3t-value");
  }

  @Test
  void bind_whenValid_bindsNestedDefaultsListsAndSecrets() {
    AgencyConfig c = ConfigBinder.bind(AgencyConfig.class, valid(), P, MppValidator.ENGLISH);

    assertThat(c.baseUrl()).isEqualTo(URI.create("https://api.example.go.id"));
    assertThat(c.deadline()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.maxAttempts()).isEqualTo(3);
    assertThat(c.mode()).isEqualTo(Mode.SANDBOX);
    assertThat(c.services()).containsExactly("KTP-EL", "KK");
    assertThat(c.oauth().clientSecret().reveal()).isEqualTo("s3cr3t-value");
    assertThat(c.agency()).isNull();
  }

  @Test
  void bind_whenIndexedListAndIsoDuration_bindsThem() {
    Map<String, String> props = new java.util.HashMap<>(valid());
    props.remove(P + "services");
    props.put(P + "services[0]", "A");
    props.put(P + "services[1]", "B");
    props.put(P + "deadline", "PT1M");
    props.put(P + "agency", "dukcapil");

    AgencyConfig c = ConfigBinder.bind(AgencyConfig.class, props, P, MppValidator.ENGLISH);

    assertThat(c.services()).containsExactly("A", "B");
    assertThat(c.deadline()).isEqualTo(Duration.ofMinutes(1));
    assertThat(c.agency()).isEqualTo(AgencyId.of("dukcapil"));
  }

  @Test
  void bind_whenManyProblems_reportsAllTogetherByPropertyName() {
    Map<String, String> props = Map.of(
        P + "baseUrl", "not a uri",
        P + "deadline", "ten seconds",
        P + "maxAttempts", "99",
        P + "mode", "staging",
        P + "oauth.clientId", "",
        P + "timeout", "5s");

    assertThatThrownBy(() -> ConfigBinder.bind(AgencyConfig.class, props, P, MppValidator.ENGLISH))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .contains(
                    org.assertj.core.groups.Tuple.tuple(P + "baseUrl", "config.type.uri"),
                    org.assertj.core.groups.Tuple.tuple(P + "deadline", "config.type.duration"),
                    org.assertj.core.groups.Tuple.tuple(P + "mode", "config.type.enum"),
                    org.assertj.core.groups.Tuple.tuple(P + "timeout", "config.unknown")));
  }

  @Test
  void bind_whenConstraintsBroken_reportsEveryConstraintViolation() {
    Map<String, String> props = Map.of(
        P + "baseUrl", "https://api.example.go.id",
        P + "maxAttempts", "0",
        P + "services", "",
        P + "oauth.clientId", " ",
        P + "oauth.clientSecret", "x");

    assertThatThrownBy(() -> ConfigBinder.bind(AgencyConfig.class, props, P, MppValidator.ENGLISH))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactly(P + "maxAttempts", P + "oauth.clientId", P + "services"));
  }

  @Test
  void bind_whenRejected_neverEchoesTheValue() {
    Map<String, String> props = Map.of(P + "baseUrl", "https://x", P + "maxAttempts", "SECRET-42",
        P + "services", "A", P + "oauth.clientId", "id", P + "oauth.clientSecret", "y");

    assertThatThrownBy(() -> ConfigBinder.bind(AgencyConfig.class, props, P, MppValidator.ENGLISH))
        .isInstanceOf(MppValidationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET-42"));
  }

  @Test
  void bind_whenIndonesianLocale_messagesInIndonesian() {
    Map<String, String> props = new java.util.HashMap<>(valid());
    props.put(P + "deadline", "sepuluh");

    assertThatThrownBy(() -> ConfigBinder.bind(AgencyConfig.class, props, P,
        MppValidator.INDONESIAN))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).message()).startsWith("harus durasi"));
  }

  @Test
  void bind_whenProperties_readsOnlyThePrefix() {
    Properties props = new Properties();
    valid().forEach(props::setProperty);
    props.setProperty("mpp.adapter.other.baseUrl", "::bad::");

    AgencyConfig c = ConfigBinder.bind(AgencyConfig.class, props, P, MppValidator.ENGLISH);

    assertThat(c.services()).hasSize(2);
  }
}
