package id.mpp.sdk.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

  @Tag("reliability")
  @Test
  void decide_whenRatesGiven_injectsAboutThatShareOverManyRequests() {
    FaultPlan plan = FaultPlan.builder().rate(FaultKind.CONNECTION_RESET, 0.10)
        .rate(FaultKind.SERVER_ERROR, 0.05).build();
    Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);

    for (long sequence = 1; sequence <= 10_000; sequence++) {
      plan.decide(42L, sequence).ifPresent(kind -> counts.merge(kind, 1, Integer::sum));
    }

    assertThat(counts.get(FaultKind.CONNECTION_RESET)).isBetween(900, 1_100);
    assertThat(counts.get(FaultKind.SERVER_ERROR)).isBetween(400, 600);
  }

  @Test
  void decide_whenPlanHasOwnSeed_ignoresTestSeed() {
    FaultPlan plan = FaultPlan.builder().rate(FaultKind.SERVER_ERROR, 0.5).seed(5L).build();

    for (long sequence = 1; sequence <= 50; sequence++) {
      assertThat(plan.decide(1L, sequence)).isEqualTo(plan.decide(2L, sequence));
    }
  }

  @Test
  void decide_whenNone_neverInjects() {
    assertThat(FaultPlan.none().decide(3L, 1L)).isEqualTo(Optional.empty());
    assertThat(FaultPlan.none().isEmpty()).isTrue();
  }

  @Test
  void decide_whenAlways_injectsEveryTime() {
    FaultPlan plan = FaultPlan.always(FaultKind.EMPTY_RESPONSE);

    for (long sequence = 1; sequence <= 100; sequence++) {
      assertThat(plan.decide(sequence * 31, sequence)).contains(FaultKind.EMPTY_RESPONSE);
    }
  }

  @Test
  void build_whenRatesExceedOne_rejects() {
    FaultPlan.Builder builder = FaultPlan.builder().rate(FaultKind.SERVER_ERROR, 0.7)
        .rate(FaultKind.CONNECTION_RESET, 0.4);

    assertThatIllegalArgumentException().isThrownBy(builder::build)
        .withMessageContaining("at most 1");
  }

  @Test
  void rate_whenOutsideZeroToOne_rejectsNamingKind() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FaultPlan.builder().rate(FaultKind.SERVER_ERROR, 1.5))
        .withMessageContaining("SERVER_ERROR");
  }

  @Test
  void slowDelay_whenZero_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FaultPlan.builder().slowDelay(Duration.ZERO));
  }
}
