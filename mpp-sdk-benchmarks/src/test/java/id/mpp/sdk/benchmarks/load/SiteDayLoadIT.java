package id.mpp.sdk.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("reliability")
class SiteDayLoadIT {

  @Test
  void run_whenSmallDayHighlyCompressed_ledgerIsCleanAndEveryTicketMadeTwoAgencyCalls()
      throws InterruptedException {
    // 150 tickets, the 8.5-hour day in about 4 s
    SiteDayLoad.Report report = new SiteDayLoad(150, 7_650, 42L).run();

    assertThat(report.issued()).isEqualTo(150);
    assertThat(report.finished()).isEqualTo(150);
    assertThat(report.lost()).isZero();
    assertThat(report.duplicated()).isZero();
    assertThat(report.errorKinds()).isEmpty();
    assertThat(report.commandErrors()).isZero();
    assertThat(report.agencyErrors()).isZero();
    assertThat(report.agencyCalls()).hasSize(300);
    assertThat(report.agencyRequests()).isEqualTo(300);
    assertThat(report.stub()).hasSize(300);
    assertThat(report.j1Clean()).isTrue();
  }

  @Test
  void percentile_isTheSmallestSampleReachingTheRank() {
    java.util.List<Long> samples = java.util.List.of(5L, 1L, 4L, 2L, 3L);

    assertThat(SiteDayLoad.Report.percentile(samples, 50)).isEqualTo(3.0);
    assertThat(SiteDayLoad.Report.percentile(samples, 99)).isEqualTo(5.0);
    assertThat(SiteDayLoad.Report.percentile(samples, 20)).isEqualTo(1.0);
  }
}
