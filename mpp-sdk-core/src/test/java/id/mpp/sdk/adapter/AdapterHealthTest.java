package id.mpp.sdk.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.http.CircuitState;
import id.mpp.sdk.validation.MppValidator;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdapterHealthTest {

  private static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");

  @Test
  void from_whenCircuitOpen_isDownWithReasonInBothLanguages() {
    AdapterHealth h = AdapterHealth.from(CircuitState.OPEN, Optional.empty(), AT);

    assertThat(h.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(h.acceptsWork()).isFalse();
    assertThat(h.reason(MppValidator.INDONESIAN)).contains("tidak dapat dihubungi");
    assertThat(h.reason(MppValidator.ENGLISH)).contains("not answering");
  }

  @Test
  void from_whenCircuitHalfOpen_isDegraded() {
    assertThat(AdapterHealth.from(CircuitState.HALF_OPEN, Optional.empty(), AT).status())
        .isEqualTo(HealthStatus.DEGRADED);
  }

  @Test
  void from_whenCircuitClosedButSelfCheckDown_isDown() {
    AdapterHealth self = AdapterHealth.down("Pemeliharaan terjadwal", "Scheduled maintenance", AT);

    AdapterHealth h = AdapterHealth.from(CircuitState.CLOSED, Optional.of(self), AT);

    assertThat(h).isEqualTo(self);
  }

  @Test
  void new_whenDownWithoutReason_refused() {
    assertThatThrownBy(() -> AdapterHealth.down("", "x", AT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
