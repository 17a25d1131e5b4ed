package id.mpp.sdk.report;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.report.MppReport.AgencyIkm;
import id.mpp.sdk.report.MppReport.AgencyLine;
import id.mpp.sdk.report.MppReport.HourLine;
import id.mpp.sdk.report.MppReport.OverdueLine;
import id.mpp.sdk.report.MppReport.QueueTotals;
import id.mpp.sdk.report.MppReport.ServiceIkm;
import id.mpp.sdk.report.MppReport.ServiceLine;
import id.mpp.sdk.report.MppReport.SlaLine;
import id.mpp.sdk.report.MppReport.StatusCount;
import id.mpp.sdk.report.MppReport.SurveySection;
import id.mpp.sdk.survey.Ikm;
import id.mpp.sdk.survey.IkmResult;
import id.mpp.sdk.survey.SampleAdequacy;
import id.mpp.sdk.survey.SkmElement;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.TrackingNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A hand-made report with known numbers, for the export tests. */
public final class ReportFixtures {

  static final ServiceCode KTP = ServiceCode.of("DUKCAPIL-KTP-EL");
  static final ServiceCode SKCK = ServiceCode.of("POLRI-SKCK-BARU");
  static final AgencyId DUKCAPIL = AgencyId.of("dukcapil");
  static final AgencyId POLRES = AgencyId.of("polres");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private ReportFixtures() {
  }

  /** An IKM from responses that score every element {@code score}, {@code n} times. */
  static IkmResult ikm(int n, int score) {
    List<SkmResponse> responses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SkmResponse.Builder b = SkmResponse.builder().ticketId(id.mpp.sdk.queue.TicketId.of("T-" + i)).service(KTP)
          .agency(DUKCAPIL).answeredAt(Instant.parse("2026-03-02T03:00:00Z"));
      SkmElement.nine().forEach(e -> b.score(e, score));
      if (i == 0) {
        b.score(SkmElement.WAKTU_PENYELESAIAN, 1);
      }
      responses.add(b.build());
    }
    return Ikm.compute(responses).orElseThrow();
  }

  public static MppReport report(String ktpName) {
    IkmResult dukcapil = ikm(4, 4);
    IkmResult polres = ikm(2, 2);
    IkmResult site = ikm(6, 3);
    return new MppReport("mpp-kota-bandung", "MPP Kota Bandung", "Asia/Jakarta",
        ReportPeriod.day(DAY), Instant.parse("2026-03-02T10:00:00Z"),
        new QueueTotals(1234, 1300, 1180, 40, new BigDecimal("0.0328"),
            Duration.ofSeconds(750), Duration.ofMinutes(31), Duration.ofSeconds(381),
            Duration.ofMinutes(12), new BigDecimal("0.8125")),
        List.of(new ServiceLine(KTP, ktpName, DUKCAPIL, 800, 760, 25, new BigDecimal("0.0318"),
                Duration.ofSeconds(750), Duration.ofMinutes(31), Duration.ofSeconds(381),
                Duration.ofMinutes(12)),
            new ServiceLine(SKCK, "SKCK baru", POLRES, 500, 420, 15, new BigDecimal("0.0345"),
                Duration.ofMinutes(20), Duration.ofMinutes(45), null, null)),
        List.of(new AgencyLine(DUKCAPIL, "Disdukcapil", 800, 760, 25),
            new AgencyLine(POLRES, "Polrestabes", 500, 420, 15)),
        List.of(new HourLine(KTP, 8, 300, Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(6), Duration.ofMinutes(10)),
            new HourLine(KTP, 9, 500, Duration.ofMinutes(15), Duration.ofMinutes(35),
                Duration.ofMinutes(6), Duration.ofMinutes(12)),
            new HourLine(SKCK, 8, 500, Duration.ofMinutes(20), Duration.ofMinutes(45), null,
                null)),
        List.of(new StatusCount(ApplicationStatus.IN_PROCESS, 30),
            new StatusCount(ApplicationStatus.COMPLETED, 12)),
        List.of(new SlaLine(KTP, ktpName, DUKCAPIL, 40, 36, 4, new BigDecimal("0.9000")),
            new SlaLine(SKCK, "SKCK baru", POLRES, 10, 5, 5, new BigDecimal("0.5000"))),
        List.of(new OverdueLine(TrackingNumber.of("3273", LocalDate.of(2026, 2, 20), 42), SKCK,
            POLRES, ApplicationStatus.IN_PROCESS, LocalDate.of(2026, 2, 20),
            Instant.parse("2026-02-27T09:00:00Z"), Duration.ofHours(108))),
        new SurveySection(site, List.of(new AgencyIkm(DUKCAPIL, "Disdukcapil", dukcapil),
            new AgencyIkm(POLRES, "Polrestabes", polres)),
            List.of(new ServiceIkm(KTP, ktpName, DUKCAPIL, dukcapil)),
            SampleAdequacy.of(1234, site.respondents())));
  }
}
