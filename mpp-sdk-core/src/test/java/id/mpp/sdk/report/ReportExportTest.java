package id.mpp.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.validation.MppValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportExportTest {

  private final MppReport report = ReportFixtures.report("Perekaman KTP-el");

  @Test
  void csv_queueByService_hasIndonesianHeaderAndOneRowPerService() {
    String csv = ReportExport.csv(report, ReportTable.QUEUE_BY_SERVICE, MppValidator.INDONESIAN);

    assertThat(csv.split("\r\n")).containsExactly(
        "Kode layanan,Layanan,Instansi,Tiket,Dilayani,Tidak hadir,Tidak hadir (%),"
            + "Tunggu p50 (menit),Tunggu p90 (menit),Layanan p50 (menit),Layanan p90 (menit)",
        // 750 s = 12.5 min, 381 s = 6.35 -> 6.4 min; 0.0318 -> 3.2 %
        "DUKCAPIL-KTP-EL,Perekaman KTP-el,dukcapil,800,760,25,3.2,12.5,31.0,6.4,12.0",
        "POLRI-SKCK-BARU,SKCK baru,polres,500,420,15,3.5,20.0,45.0,,");
  }

  @Test
  void csv_linesEndWithCrlf() {
    String csv = ReportExport.csv(report, ReportTable.QUEUE_BY_AGENCY, MppValidator.ENGLISH);

    assertThat(csv).endsWith("\r\n").doesNotContain("\r\n\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void csv_whenTextStartsWithFormulaCharacter_prefixesAQuote() {
    for (String evil : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"}) {
      MppReport bad = ReportFixtures.report(evil);

      String csv = ReportExport.csv(bad, ReportTable.SLA_BY_SERVICE, MppValidator.ENGLISH);

      assertThat(csv.split("\r\n")[1]).as(evil).startsWith("DUKCAPIL-KTP-EL,")
          .doesNotContain("," + evil + ",");
      assertThat(csv).as(evil).contains("'" + evil.charAt(0));
    }
  }

  @Test
  void csv_whenTextHoldsDelimiterQuoteOrNewline_quotesItPerRfc4180() {
    MppReport tricky = ReportFixtures.report("KTP, \"baru\"\nlama");

    String csv = ReportExport.csv(tricky, ReportTable.QUEUE_BY_SERVICE, MppValidator.ENGLISH);

    assertThat(csv).contains(",\"KTP, \"\"baru\"\"\nlama\",dukcapil,");
  }

  @Test
  void csv_whenFormulaAndQuote_guardsThenQuotes() {
    MppReport tricky = ReportFixtures.report("=\"x\",1");

    String csv = ReportExport.csv(tricky, ReportTable.QUEUE_BY_SERVICE, MppValidator.ENGLISH);

    assertThat(csv).contains(",\"'=\"\"x\"\",1\",dukcapil,");
  }

  @Test
  void csv_spreadsheetOptions_useSemicolonAndByteOrderMark() {
    String csv = ReportExport.csv(report, ReportTable.QUEUE_BY_AGENCY, MppValidator.INDONESIAN,
        CsvOptions.spreadsheet());

    assertThat(csv).startsWith("\uFEFFKode instansi;Instansi;Tiket;Dilayani;Tidak hadir\r\n")
        .contains("dukcapil;Disdukcapil;800;760;25\r\n");
  }

  @Test
  void csv_summary_numbersUseDotDecimalInEveryLanguage() {
    String csv = ReportExport.csv(report, ReportTable.SUMMARY, MppValidator.INDONESIAN);

    assertThat(csv).contains("visitors,Pengunjung,1234\r\n")
        .contains("noShowRate,Tingkat tidak hadir (%),3.3\r\n")
        .contains("waitP50,Waktu tunggu p50 (menit),12.5\r\n")
        .contains("sampleRequired,Sampel minimal (Krejcie-Morgan),297\r\n");
  }

  @Test
  void csv_summary_slaComplianceIsOnTimeOverDueOfAllServices() {
    // (36 + 5) / (40 + 10) = 41 / 50 = 82.0 %
    String csv = ReportExport.csv(report, ReportTable.SUMMARY, MppValidator.ENGLISH);

    assertThat(csv).contains("slaCompliance,SLA compliance (%),82.0\r\n");
  }

  @Test
  void csv_overdue_showsTrackingNumberAndLocalDueTime() {
    String csv = ReportExport.csv(report, ReportTable.OVERDUE, MppValidator.INDONESIAN);

    // due 09:00 UTC = 16:00 WIB; 108 h = 4.5 days
    String number = report.overdue().get(0).trackingNumber().toString();
    assertThat(number).startsWith("3273-260220-00042-");
    assertThat(csv.split("\r\n")[1]).isEqualTo(
        number + ",POLRI-SKCK-BARU,polres,Diproses,2026-02-20,2026-02-27 16:00,4.5");
  }

  @Test
  void csvFiles_oneFilePerTable() {
    Map<String, String> files = ReportExport.csvFiles(report, MppValidator.ENGLISH,
        CsvOptions.rfc4180());

    assertThat(files).hasSize(ReportTable.values().length)
        .containsKeys("summary.csv", "queue-by-service.csv", "ikm-by-agency.csv", "overdue.csv");
  }

  @Test
  void json_carriesTheEnvelopeAndReadsBackEqual() {
    String json = ReportExport.json(report);

    MppReport read = MppJson.defaults().read(json, MppReport.class);

    assertThat(json).contains("\"apiVersion\" : \"mpp.sdk/v1\"").contains("\"kind\" : \"MppReport\"");
    assertThat(read).isEqualTo(report);
  }

  @Test
  void json_durationsAreIsoAndIkmKeepsTwoDecimals() {
    String json = MppJson.defaults().write(report);

    assertThat(json).contains("\"waitP50\":\"PT12M30S\"")
        .contains("\"value\":" + report.survey().site().value().toPlainString());
  }
}
