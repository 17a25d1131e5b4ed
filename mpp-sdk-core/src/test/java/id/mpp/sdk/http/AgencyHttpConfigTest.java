package id.mpp.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgencyHttpConfigTest {

  @Test
  void build_whenPlainHttpToARealHost_refused() {
    assertThatThrownBy(() -> AgencyHttpConfig.builder(URI.create("http://api.example.go.id"))
        .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
  }

  @Test
  void build_whenBaseUrlHasUserInfo_refused() {
    assertThatThrownBy(() -> AgencyHttpConfig.builder(
        URI.create("https://user:pw@api.example.go.id")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user info");
  }

  @Test
  void build_whenAttemptTimeoutExceedsDeadline_refused() {
    assertThatThrownBy(() -> AgencyHttpConfig.builder(URI.create("https://api.example.go.id"))
        .attemptTimeout(Duration.ofSeconds(40)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attemptTimeout");
  }

  @Test
  void builder_whenDefaults_safeSettings() {
    AgencyHttpConfig c = AgencyHttpConfig.builder(URI.create("https://api.example.go.id"))
        .build();

    assertThat(c.redirects()).isEqualTo(RedirectPolicy.NONE);
    assertThat(c.logBodies()).isFalse();
    assertThat(c.generateIdempotencyKeys()).isTrue();
    assertThat(c.idempotencyKeyHeader()).isEqualTo("Idempotency-Key");
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }
}
