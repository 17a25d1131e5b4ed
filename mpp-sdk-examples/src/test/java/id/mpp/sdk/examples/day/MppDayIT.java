package id.mpp.sdk.examples.day;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.AgencyException;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.HealthStatus;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.http.AgencyCallListener;
import id.mpp.sdk.http.CallInfo;
import id.mpp.sdk.http.RejectionReason;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.report.MppReport.StatusCount;
import id.mpp.sdk.tracking.TrackingListener;
import id.mpp.sdk.validation.MppValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the main example end to end on a short profile, so it never rots. */
class MppDayIT {

  @TempDir
  Path out;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private DayResult runDay(int visitors, double faultRate, Locale locale) {
    DayOptions options = new DayOptions(visitors, 16, 0, faultRate, 7L, null, null, null, out,
        locale, true, false);
    return MppDay.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Tag("reliability")
  @Test
  void run_whenShortDayWithFaults_keepsTheLedger() {
    DayResult r = runDay(60, 0.05, MppValidator.ENGLISH);
    DayLedger l = r.ledger();

    assertThat(l.visitors).isEqualTo(60);
    assertThat(l.arrived).isEqualTo(60);
    assertThat(l.refused).isZero();
    assertThat(l.walkIns + l.checkIns).isEqualTo(60);
    long issued = r.tickets().values().stream().mapToLong(Long::longValue).sum();
    assertThat(issued).isEqualTo(60);
    assertThat(r.tickets().keySet()).isSubsetOf(EnumSet.of(TicketState.DONE,
        TicketState.NO_SHOW, TicketState.CANCELLED, TicketState.EXPIRED));
    assertThat(r.tickets(TicketState.DONE) + r.tickets(TicketState.NO_SHOW)
        + r.tickets(TicketState.CANCELLED) + r.tickets(TicketState.EXPIRED)).isEqualTo(issued);
    assertThat(r.report().queue().visitors()).isEqualTo(60);
  }

  /**
   * F10: a seeded mix of faults on every simulated agency (resets before and after processing,
   * 503s; 5 % of requests in all), over a 150-visitor day. After the SDK's retries at least 99 %
   * of agency calls succeed, every call ends exactly once (finished, failed, or refused before
   * sending), and no application is duplicated.
   */
  @Tag("reliability")
  @Test
  void run_whenSeededFaultMix_atLeast99PercentOfAgencyCallsSucceedAfterRetries() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicInteger ended = new AtomicInteger();
    AgencyCallListener counting = new AgencyCallListener() {
      @Override
      public void callStarted(CallInfo call) {
        started.incrementAndGet();
      }

      @Override
      public void callRetried(CallInfo call, int attempt, Duration wait, String reason) {
        retried.incrementAndGet();
      }

      @Override
      public void callFinished(CallInfo call, int httpStatus, int attempts, Duration elapsed) {
        finished.incrementAndGet();
        ended.incrementAndGet();
      }

      @Override
      public void callFailed(CallInfo call, AgencyException error, int attempts,
          Duration elapsed) {
        ended.incrementAndGet();
      }

      @Override
      public void callRejected(CallInfo call, RejectionReason reason) {
        ended.incrementAndGet();
      }
    };
    DayOptions options = new DayOptions(150, 16, 0, 0.05, 20260302L, null, null, null, out,
        MppValidator.ENGLISH, true, false);
    DayResult r = MppDay.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8),
        new DayProbe(counting, event -> { }, new TrackingListener() { }));

    assertThat(retried.get()).as("retries (so faults were injected)").isPositive();
    assertThat(ended.get()).as("calls that ended").isEqualTo(started.get());
    assertThat(finished.get() * 100.0 / started.get())
        .as("%% of %d agency calls that succeeded after retries", started.get())
        .isGreaterThanOrEqualTo(99.0);
    assertThat(r.applicationsAtAgencies()).isEqualTo(r.ledger().applicationsCreated);
    System.out.printf("F10 day: %d agency calls started, %d finished after retries (%.2f %%),"
        + " %d retries; %d applications created, %d at the agencies%n", started.get(),
        finished.get(), finished.get() * 100.0 / started.get(), retried.get(),
        r.ledger().applicationsCreated, r.applicationsAtAgencies());
  }

  @Tag("reliability")
  @Test
  void run_whenShortDayWithFaults_deliversEveryApplicationOnceToTheAgency() {
    DayResult r = runDay(60, 0.05, MppValidator.ENGLISH);

    assertThat(r.ledger().applicationsCreated).isPositive();
    assertThat(r.applicationsAtAgencies()).isEqualTo(r.ledger().applicationsCreated);
    assertThat(r.report().applications().stream().mapToLong(StatusCount::count).sum())
        .isEqualTo(r.ledger().applicationsCreated);
    assertThat(r.simulatorRequests()).containsOnlyKeys(AgencyId.of("bpjs-kesehatan"),
        AgencyId.of("bank-lampung"), AgencyId.of("dpmptsp"), AgencyId.of("dukcapil"),
        AgencyId.of("polri"), AgencyId.of("bpjs-ketenagakerjaan"), AgencyId.of("imigrasi"),
        AgencyId.of("kejaksaan"), AgencyId.of("kemenag"), AgencyId.of("atr-bpn"),
        AgencyId.of("pengadilan-agama"))
        .allSatisfy((agency, requests) -> assertThat(requests).as(agency.value()).isPositive());
  }

  @Test
  void run_whenAdaptersAreOnTheClassPath_loadsEachThroughServiceLoaderAndListsItsHealth() {
    DayResult r = runDay(20, 0, MppValidator.ENGLISH);

    Set<String> discovered = new TreeSet<>();
    AdapterRegistry.discover(MppDayIT.class.getClassLoader())
        .forEach(p -> discovered.add(p.descriptor().agencyId().value()));
    Set<String> loaded = new TreeSet<>();
    r.healthAtOpening().keySet().forEach(a -> loaded.add(a.value()));
    Set<String> expected = new TreeSet<>(discovered);
    expected.removeAll(r.skippedAdapters());

    assertThat(loaded).isEqualTo(expected).hasSizeGreaterThanOrEqualTo(11);
    assertThat(r.skippedAdapters()).containsExactly("bank-rajasa");
    assertThat(r.healthAtOpening()).allSatisfy((agency, health) ->
        assertThat(health).as(agency.value()).isEqualTo(HealthStatus.UP));
    assertThat(r.healthAtClose()).containsOnlyKeys(r.healthAtOpening().keySet());
    assertThat(printed()).contains("Adapter health at close");
  }

  @Test
  void run_whenDone_writesAnHtmlReportThatParses() throws IOException {
    DayResult r = runDay(30, 0, MppValidator.ENGLISH);

    assertThat(r.html()).exists();
    assertThat(r.json()).exists();
    Document page = Jsoup.parse(Files.readString(r.html()));
    assertThat(page.title()).contains("MPP Kota Bandar Lampung");
    assertThat(page.select("table")).isNotEmpty();
    assertThat(page.text()).contains("IKM");
    assertThat(printed()).contains("HTML report").contains(r.html().toAbsolutePath().toString())
        .contains("Tickets                      30: done " + r.tickets(TicketState.DONE));
  }

  @Test
  void run_whenIndonesian_printsTheSummaryInIndonesian() {
    DayResult r = runDay(20, 0, MppValidator.INDONESIAN);

    assertThat(printed()).contains("Ringkasan hari di MPP Kota Bandar Lampung (simulasi),"
        + " Senin 2 Maret 2026").contains("Pengunjung").contains("Laporan HTML")
        .contains("selesai " + r.tickets(TicketState.DONE));
  }

  @Test
  void execute_whenFewerCountersThanAgencies_exitsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new MppDay()).setErr(new PrintWriter(err));

    int code = cl.execute("--counters", "3", "--out", out.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--counters must be " + DayAgencies.all().size() + "-200");
  }
}
