package id.mpp.sdk.examples.howto;

import id.mpp.sdk.examples.perizinan.PerizinanSimulator;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.time.SiteZone;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every how-to starts with: a manual clock on a Monday morning in WIB, the licensing
 * office's simulator on loopback, and the hub's shared HTTP stack whose retry waits move the
 * clock instead of sleeping. Close it after use.
 */
final class HowTo implements AutoCloseable {

  static final ZoneId WIB = SiteZone.WIB.zoneId();

  /** Hibernate Validator and the SDK log at INFO; the how-tos print their own lines. */
  private static final Logger[] QUIET = {Logger.getLogger("org.hibernate.validator"),
      Logger.getLogger("id.mpp.sdk")};

  final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 9, 0), WIB);
  final PerizinanSimulator office = new PerizinanSimulator(clock);
  final AgencyHttpClients http = AgencyHttpClients.builder().clock(clock)
      .sleeper(clock::advance).build();

  HowTo() {
    office.start();
    office.reset(1L);
  }

  /** @return the adapter's settings for the running simulator, with their full names */
  Map<String, String> settings() {
    return Map.of("mpp.adapter.dpmptsp.baseUrl", office.baseUri().toString(),
        "mpp.adapter.dpmptsp.token", PerizinanSimulator.TEST_TOKEN);
  }

  /** @return standard output in UTF-8, with the SDK's INFO logs turned off */
  static PrintStream console() {
    for (Logger l : QUIET) {
      l.setLevel(Level.WARNING);
    }
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    http.close();
    office.close();
  }
}
