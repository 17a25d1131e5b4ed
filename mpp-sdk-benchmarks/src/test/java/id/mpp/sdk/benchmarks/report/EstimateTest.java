package id.mpp.sdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void dividedBy_whenBothHaveErrors_relativeErrorsAddInQuadrature() {
    // 110 ± 3 (2.727 %) ÷ 100 ± 4 (4 %) = 1.1 ± 1.1 × sqrt(0.02727² + 0.04²) = 1.1 ± 0.05325
    Estimate ratio = Estimate.of(110, 3).dividedBy(Estimate.of(100, 4));

    assertThat(ratio.value()).isCloseTo(1.1, within(1e-12));
    assertThat(ratio.error()).isCloseTo(0.053254, within(1e-6));
  }

  @Test
  void dividedBy_whenOnlyBaselineHasError_ratioCarriesItsRelativeError() {
    Estimate ratio = Estimate.of(50, 0).dividedBy(Estimate.of(200, 20));

    assertThat(ratio.value()).isCloseTo(0.25, within(1e-12));
    assertThat(ratio.error()).isCloseTo(0.025, within(1e-12));
  }

  @Test
  void dividedBy_whenAnErrorIsUnknown_ratioErrorIsUnknown() {
    Estimate ratio = Estimate.of(10, Double.NaN).dividedBy(Estimate.of(5, 1));

    assertThat(ratio.value()).isEqualTo(2.0);
    assertThat(ratio.hasError()).isFalse();
  }

  @Test
  void dividedBy_whenBaselineIsZero_refuses() {
    assertThatThrownBy(() -> Estimate.of(1, 0).dividedBy(Estimate.of(0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void minus_whenBothHaveErrors_absoluteErrorsAddInQuadrature() {
    Estimate d = Estimate.of(1_500, 30).minus(Estimate.of(900, 40));

    assertThat(d.value()).isEqualTo(600.0);
    assertThat(d.error()).isCloseTo(50.0, within(1e-12));
  }

  @Test
  void bounds_areValuePlusMinusError() {
    Estimate e = Estimate.of(1.05, 0.04);

    assertThat(e.lower()).isCloseTo(1.01, within(1e-12));
    assertThat(e.upper()).isCloseTo(1.09, within(1e-12));
  }

  @Test
  void times_scalesValueAndError() {
    Estimate e = Estimate.of(1_200, 80).times(1e-3);

    assertThat(e.value()).isCloseTo(1.2, within(1e-12));
    assertThat(e.error()).isCloseTo(0.08, within(1e-12));
  }

  @Test
  void constructor_whenErrorNegative_refuses() {
    assertThatThrownBy(() -> Estimate.of(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
