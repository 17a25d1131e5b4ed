package id.mpp.sdk.examples.howto;

import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.examples.perizinan.PerizinanAdapterProvider;
import id.mpp.sdk.validation.Nik;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How-to: write your first adapter. The adapter of a city's licensing office (DPMPTSP) is in
 * {@code id.mpp.sdk.examples.perizinan}: a settings record ({@code PerizinanConfig}), the adapter
 * with the applications capability ({@code PerizinanAdapter}) and its provider (your jar lists it
 * in {@code META-INF/services}; see {@code PerizinanAdapterProvider} for why this module hands it
 * over explicitly). This program loads it as a hub does, against the office's
 * simulator, hands in one application and follows it to TERBIT (ready for pickup).
 *
 * <pre>
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=id.mpp.sdk.examples.howto.FirstAdapter
 * </pre>
 */
public final class FirstAdapter {

  private FirstAdapter() {
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
   * @return the last status the office reported
   */
  static AgencyStatusReport run(PrintStream out) {
    try (HowTo howTo = new HowTo();
        AdapterRegistry adapters = AdapterRegistry.builder()
            .provider(new PerizinanAdapterProvider())
            .properties(howTo.settings())
            .httpClients(howTo.http).clock(howTo.clock).zone(HowTo.WIB)
            .build()) {
      out.println("1. loaded " + adapters.list());
      ApplicationsCapability office = adapters.findCapability(PerizinanAdapterProvider.AGENCY,
          ApplicationsCapability.class).orElseThrow();

      SubmissionReceipt receipt = office.submit(new ApplicationSubmission("1871-260302-00001-M",
          ServiceCode.of("DPMPTSP-NIB"), new Applicant(Nik.parse("1871014501900001"),
              "Siti Aminah", null, null), List.of(), Map.of(), "submit-1871-260302-00001-M",
          howTo.clock.instant()));
      out.println("2. submitted: office reference " + receipt.agencyReference() + ", "
          + receipt.nativeStatus() + " = " + receipt.status());

      howTo.clock.advance(Duration.ofHours(1));
      AgencyStatusReport later = office.getStatus(receipt.agencyReference());
      out.println("3. one hour later: " + later.nativeStatus() + " = " + later.status());

      howTo.clock.advance(Duration.ofHours(2));
      AgencyStatusReport issued = office.getStatus(receipt.agencyReference());
      out.println("4. three hours later: " + issued.nativeStatus() + " = " + issued.status());
      out.println("5. health: " + adapters.health().get(PerizinanAdapterProvider.AGENCY)
          .status() + "; requests the office saw: " + howTo.office.journal().total());
      return issued;
    }
  }
}
