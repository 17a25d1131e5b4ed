package id.mpp.sdk.examples.howto;

import id.mpp.sdk.AgencyDownException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.HealthStatus;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.examples.perizinan.PerizinanAdapterProvider;
import id.mpp.sdk.hub.MppHub;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.testkit.simulator.FaultKind;
import id.mpp.sdk.validation.MppValidator;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * How-to: host adapters in a hub. The hub finds every adapter on the class path with
 * ServiceLoader and reports every missing setting of every one at once; configured, it loads
 * them, reports their health, and stops issuing tickets for an agency whose system is down,
 * with a message for the citizen at the kiosk.
 *
 * <pre>
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=id.mpp.sdk.examples.howto.HostAdapters
 * </pre>
 */
public final class HostAdapters {

  private static final ServiceCode NIB = ServiceCode.of("DPMPTSP-NIB");
  private static final CommandOptions KIOSK = CommandOptions.by(Actor.kiosk("anjungan-1"));

  private HostAdapters() {
  }

  /**
   * Runs the how-to.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(HowTo.console());
  }

  /**
   * Runs the how-to and prints each step.
   *
   * @param out where to print
   * @return the message the kiosk showed while the office was down
   */
  static String run(PrintStream out) {
    try (HowTo howTo = new HowTo()) {
      List<Violation> missing = List.of();
      try (MppHub unconfigured = hub(howTo).build()) {
        out.println("every adapter on the class path is configured: " + unconfigured);
      } catch (MppValidationException e) {
        missing = e.violations();
        out.println("1. discovery found adapters whose settings are missing ("
            + missing.size() + " violations, all reported at once), for example "
            + missing.get(0).field());
      }
      try (MppHub hub = hub(howTo).discoverAdapters(false)
          .adapter(new PerizinanAdapterProvider()).properties(howTo.settings()).build()) {
        out.println("2. hub ready: " + hub.adapters().list() + ", health "
            + hub.health().get(PerizinanAdapterProvider.AGENCY).status());
        hub.queue().createAgency(new QueueAgency(PerizinanAdapterProvider.AGENCY, "DPMPTSP",
            "lantai-2", LocalTime.of(16, 0)));
        hub.queue().createService(new ServiceQueue(NIB, PerizinanAdapterProvider.AGENCY,
            "NIB melalui OSS", "N", 3, 0, Duration.ofMinutes(30), Duration.ofMinutes(15),
            Set.of()));
        out.println("3. ticket " + hub.queue().issue(IssueRequest.walkIn(NIB), KIOSK).number());

        howTo.office.failAlways(FaultKind.SERVICE_UNAVAILABLE);
        ApplicationsCapability office = hub.adapters().findCapability(
            PerizinanAdapterProvider.AGENCY, ApplicationsCapability.class).orElseThrow();
        while (hub.health().get(PerizinanAdapterProvider.AGENCY).status() != HealthStatus.DOWN) {
          tryStatus(office);
        }
        AdapterHealth down = hub.health().get(PerizinanAdapterProvider.AGENCY);
        out.println("4. the office answers 503: health " + down.status() + " ("
            + down.reasonEnglish() + ")");
        String kiosk;
        try {
          hub.queue().issue(IssueRequest.walkIn(NIB), KIOSK);
          kiosk = "issued";
        } catch (AgencyDownException refused) {
          kiosk = refused.citizenMessage(MppValidator.INDONESIAN);
        }
        out.println("5. the kiosk shows: " + kiosk);

        howTo.office.clearFaults();
        howTo.clock.advance(Duration.ofSeconds(31));
        tryStatus(office);
        tryStatus(office);
        out.println("6. the office is back: health "
            + hub.health().get(PerizinanAdapterProvider.AGENCY).status() + ", ticket "
            + hub.queue().issue(IssueRequest.walkIn(NIB), KIOSK).number());
        return kiosk;
      }
    }
  }

  private static MppHub.Builder hub(HowTo howTo) {
    return MppHub.builder().site(SiteId.of("mpp-kota-contoh"), "3273").zone(HowTo.WIB)
        .clock(howTo.clock).catalogue(Catalogue.sample()).httpClients(howTo.http);
  }

  /** One status read; an unknown reference is what a healthy office answers. */
  private static void tryStatus(ApplicationsCapability office) {
    try {
      office.getStatus("IZN-000000");
    } catch (RuntimeException expected) {
      // 404 while up, 503 or an open circuit while down: the health shows which
    }
  }
}
