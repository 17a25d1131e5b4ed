package id.mpp.sdk.examples.howto;

import id.mpp.sdk.MppException;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.examples.perizinan.PerizinanAdapterProvider;
import id.mpp.sdk.testkit.simulator.FaultKind;
import id.mpp.sdk.testkit.simulator.FaultPlan;
import id.mpp.sdk.validation.Nik;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * How-to: test an adapter with the simulators. A simulator injects faults scripted
 * ({@code failNext}) or seeded ({@code inject(FaultPlan)}) and records every request in its
 * journal, so a test can prove what the agency saw: here, a connection lost after the office
 * processed the submission is retried under the same idempotency key, and the office holds one
 * application, not two. In JUnit use {@code AgencySimulatorExtension} and the conformance kit
 * ({@code docs/en/testing-adapters.md}).
 *
 * <pre>
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=id.mpp.sdk.examples.howto.TestWithSimulators
 * </pre>
 */
public final class TestWithSimulators {

  private TestWithSimulators() {
  }

  /** What the how-to observed. */
  record Seen(int submitRequests, int applicationsAfterReset, int submittedUnderFaults,
      int applicationsUnderFaults, long requestsUnderFaults, long faultsInjected) {
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
   * @return what the simulator saw
   */
  static Seen run(PrintStream out) {
    try (HowTo howTo = new HowTo();
        AdapterRegistry adapters = AdapterRegistry.builder()
            .provider(new PerizinanAdapterProvider()).properties(howTo.settings())
            .httpClients(howTo.http).clock(howTo.clock).zone(HowTo.WIB).build()) {
      ApplicationsCapability office = adapters.findCapability(PerizinanAdapterProvider.AGENCY,
          ApplicationsCapability.class).orElseThrow();

      howTo.office.failNext(FaultKind.CONNECTION_RESET_AFTER_PROCESSING, 1);
      SubmissionReceipt receipt = office.submit(submission(1));
      int posts = howTo.office.journal().count("POST", "/api/v1/permohonan");
      out.println("1. connection reset after processing, then " + receipt.agencyReference()
          + ": " + posts + " POSTs under one Idempotency-Key, "
          + howTo.office.applications() + " application at the office");

      int held = howTo.office.applications();

      howTo.office.reset(42L);
      howTo.office.inject(FaultPlan.builder().rate(FaultKind.CONNECTION_RESET, 0.2)
          .rate(FaultKind.SERVICE_UNAVAILABLE, 0.1).build());
      int submitted = 0;
      for (int i = 2; i <= 21; i++) {
        try {
          office.submit(submission(i));
          submitted++;
        } catch (MppException gaveUp) {
          out.println("   submission " + i + " failed after its retries: "
              + gaveUp.getClass().getSimpleName() + " (the hub's outbox would try again later)");
        }
      }
      long faults = howTo.office.journal().entries().stream()
          .filter(e -> e.fault().isPresent()).count();
      out.println("2. seed 42, 30 % faults: " + submitted + " of 20 submissions went through in "
          + howTo.office.journal().total()
          + " requests (" + faults + " faulted); the office holds "
          + howTo.office.applications() + " applications; the same seed gives the same faults");
      return new Seen(posts, held, submitted, howTo.office.applications(),
          howTo.office.journal().total(), faults);
    }
  }

  private static ApplicationSubmission submission(int n) {
    String tracking = String.format("3273-260302-%05d-X", n);
    return new ApplicationSubmission(tracking, ServiceCode.of("DPMPTSP-PBG"),
        new Applicant(Nik.parse("3273014501900001"), "Budi Santoso", null, null), List.of(),
        Map.of(), "submit-" + tracking, java.time.Instant.parse("2026-03-02T02:00:00Z"));
  }
}
