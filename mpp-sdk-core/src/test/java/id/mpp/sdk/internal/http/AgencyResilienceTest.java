package id.mpp.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.http.CircuitState;
import id.mpp.sdk.http.RejectionReason;
import id.mpp.sdk.http.ResilienceConfig;
import id.mpp.sdk.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyResilienceTest {

  private final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 1, 15, 8, 0),
      ZoneId.of("Asia/Jakarta"));

  private AgencyResilience stack(ResilienceConfig config) {
    return new AgencyResilience("agency-test", config, clock);
  }

  private static ResilienceConfig breaker(int minimumCalls) {
    return ResilienceConfig.custom()
        .circuit(Duration.ofSeconds(60), minimumCalls, 50)
        .circuitRecovery(Duration.ofSeconds(30), 1)
        .build();
  }

  @Test
  void tryAdmit_whenClosed_admits() {
    AgencyResilience stack = stack(ResilienceConfig.defaults());

    assertThat(stack.tryAdmit()).isEmpty();
    assertThat(stack.circuitState()).isEqualTo(CircuitState.CLOSED);
  }

  @Test
  void tryAdmit_whenFailuresReachTheMinimum_refusesWithCircuitOpen() {
    AgencyResilience stack = stack(breaker(3));
    for (int i = 0; i < 3; i++) {
      assertThat(stack.tryAdmit()).isEmpty();
      stack.onFailure(1_000_000, new IOException("reset"));
      stack.release();
    }

    assertThat(stack.tryAdmit()).contains(RejectionReason.CIRCUIT_OPEN);
    assertThat(stack.circuitState()).isEqualTo(CircuitState.OPEN);
  }

  @Test
  void tryAdmit_whenCircuitRefuses_releasesTheBulkheadSlot() {
    AgencyResilience stack = stack(ResilienceConfig.from(breaker(1)).bulkhead(1, Duration.ZERO)
        .build());
    assertThat(stack.tryAdmit()).isEmpty();
    stack.onFailure(1_000_000, new IOException("reset"));
    stack.release();

    assertThat(stack.tryAdmit()).contains(RejectionReason.CIRCUIT_OPEN);
    assertThat(stack.tryAdmit()).contains(RejectionReason.CIRCUIT_OPEN);
  }

  @Test
  void tryAdmit_whenOpenDurationPassed_admitsAProbe() {
    AgencyResilience stack = stack(breaker(1));
    stack.tryAdmit();
    stack.onFailure(1_000_000, new IOException("reset"));
    stack.release();
    clock.advance(Duration.ofSeconds(31));

    assertThat(stack.tryAdmit()).isEmpty();
    assertThat(stack.circuitState()).isEqualTo(CircuitState.HALF_OPEN);
  }

  @Test
  void tryAdmit_whenBulkheadFull_refusesUntilReleased() {
    AgencyResilience stack = stack(ResilienceConfig.custom().bulkhead(1, Duration.ZERO).build());
    assertThat(stack.tryAdmit()).isEmpty();

    assertThat(stack.tryAdmit()).contains(RejectionReason.BULKHEAD_FULL);
    stack.release();
    assertThat(stack.tryAdmit()).isEmpty();
  }

  @Test
  void tryAdmit_whenRateLimitReached_refusesWithRateLimited() {
    AgencyResilience stack = stack(ResilienceConfig.custom()
        .rateLimit(2, Duration.ofHours(1)).build());
    for (int i = 0; i < 2; i++) {
      assertThat(stack.tryAdmit()).isEmpty();
      stack.onSuccess(1_000);
      stack.release();
    }

    assertThat(stack.tryAdmit()).contains(RejectionReason.RATE_LIMITED);
  }

  @Test
  void onCircuitTransition_whenBreakerOpens_reportsClosedToOpen() {
    AgencyResilience stack = stack(breaker(1));
    List<String> seen = new ArrayList<>();
    stack.onCircuitTransition((from, to) -> seen.add(from + "->" + to));

    stack.tryAdmit();
    stack.onFailure(1_000_000, new IOException("reset"));
    stack.release();

    assertThat(seen).containsExactly("CLOSED->OPEN");
  }

  @Test
  void backoff_whenNoJitter_growsByTheMultiplierUpToTheMaximum() {
    AgencyResilience stack = stack(ResilienceConfig.custom()
        .backoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(300)).jitter(0).build());

    assertThat(stack.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(stack.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(stack.backoff(3)).isEqualTo(Duration.ofMillis(300));
  }
}
