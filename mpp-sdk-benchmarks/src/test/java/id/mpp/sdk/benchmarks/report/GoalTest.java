package id.mpp.sdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.benchmarks.report.Goal.Verdict;
import org.junit.jupiter.api.Test;

class GoalTest {

  @Test
  void ratioAtMost_whenUpperBoundInside_met() {
    assertThat(Goal.ratioAtMost(1.10).judge(Estimate.of(1.05, 0.04), null)).isEqualTo(Verdict.MET);
  }

  @Test
  void ratioAtMost_whenValueInsideButUpperBoundOutside_unclear() {
    assertThat(Goal.ratioAtMost(1.10).judge(Estimate.of(1.05, 0.08), null))
        .isEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void ratioAtMost_whenLowerBoundOutside_missed() {
    assertThat(Goal.ratioAtMost(1.10).judge(Estimate.of(1.30, 0.1), null))
        .isEqualTo(Verdict.MISSED);
  }

  @Test
  void ratioAtMost_whenErrorUnknown_neverMet() {
    assertThat(Goal.ratioAtMost(1.10).judge(Estimate.of(1.0, Double.NaN), null))
        .isEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void ratioAtLeast_whenLowerBoundInside_met() {
    assertThat(Goal.ratioAtLeast(100).judge(Estimate.of(250, 60), null)).isEqualTo(Verdict.MET);
  }

  @Test
  void ratioAtLeast_whenUpperBoundBelow_missed() {
    assertThat(Goal.ratioAtLeast(0.10).judge(Estimate.of(0.05, 0.01), null))
        .isEqualTo(Verdict.MISSED);
  }

  @Test
  void addedAtMost_whenUpperBoundOfDifferenceInside_met() {
    assertThat(Goal.addedAtMostMicros(1).judge(Estimate.of(3, 1), Estimate.of(0.4, 0.3)))
        .isEqualTo(Verdict.MET);
  }

  @Test
  void addedAtMost_whenDifferenceLowerBoundAbove_missed() {
    assertThat(Goal.addedAtMostMicros(1).judge(Estimate.of(3, 1), Estimate.of(1.6, 0.3)))
        .isEqualTo(Verdict.MISSED);
  }

  @Test
  void addedAtMost_whenScoresAreNotTimes_unclear() {
    assertThat(Goal.addedAtMostMicros(1).judge(Estimate.of(3, 1), null))
        .isEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void information_isNeverJudged() {
    assertThat(Goal.information().judge(Estimate.of(9, 1), null)).isEqualTo(Verdict.INFORMATION);
  }
}
