package id.mpp.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResilienceConfigTest {

  @Test
  void defaults_whenAgencyTraffic_timeWindowWithSmallMinimum() {
    ResilienceConfig c = ResilienceConfig.defaults();

    assertThat(c.circuitWindow()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.circuitMinimumCalls()).isEqualTo(5);
    assertThat(c.circuitHalfOpenProbes()).isEqualTo(2);
    assertThat(c.maxAttempts()).isEqualTo(3);
    assertThat(c.retryStatuses()).containsExactlyInAnyOrder(429, 502, 503, 504);
    assertThat(c.rateLimited()).isFalse();
  }

  @Test
  void build_whenAttemptsZero_namesTheSetting() {
    assertThatThrownBy(() -> ResilienceConfig.custom().maxAttempts(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
  }

  @Test
  void build_whenJitterOne_refused() {
    assertThatThrownBy(() -> ResilienceConfig.custom().jitter(1.0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
  }

  @Test
  void from_whenBase_copiesEverySetting() {
    ResilienceConfig base = ResilienceConfig.custom().rateLimit(5, Duration.ofSeconds(2))
        .circuitRecovery(Duration.ofSeconds(10), 3).build();

    assertThat(ResilienceConfig.from(base).build()).isEqualTo(base);
  }
}
