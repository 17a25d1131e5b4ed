package id.mpp.sdk.testkit.conformance.perizinan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The kit is not a rubber stamp: each contract run against an adapter with one deliberate bug
 * fails, and passes against the correct adapter.
 */
class ConformanceKitCatchesFlawsIT {

  /** The correct adapter's contract, re-run method by method. */
  static class Correct extends PerizinanAdapterContractIT {
  }

  /** Sends a fresh idempotency key on every call. */
  static class FreshKey extends PerizinanAdapterContractIT {
    @Override
    protected AgencyAdapterProvider<?> provider() {
      return new PerizinanAdapterProvider(PerizinanAdapter.Flaw.FRESH_KEY_PER_CALL);
    }
  }

  /** Reports an unknown reference as a rejection. */
  static class NotFoundAsRejection extends PerizinanAdapterContractIT {
    @Override
    protected AgencyAdapterProvider<?> provider() {
      return new PerizinanAdapterProvider(PerizinanAdapter.Flaw.NOT_FOUND_AS_REJECTION);
    }
  }

  /** Publishes another agency's services. */
  static class ForeignServices extends PerizinanAdapterContractIT {
    @Override
    protected AgencyAdapterProvider<?> provider() {
      return new PerizinanAdapterProvider(PerizinanAdapter.Flaw.FOREIGN_SERVICES);
    }
  }

  private static Events run(Class<?> sample, String method) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(sample, method))
        .execute().testEvents();
  }

  private static Throwable failureOf(Events events) {
    Event failed = events.failed().list().get(0);
    return failed.getPayload(TestExecutionResult.class).orElseThrow().getThrowable()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} catches {1}")
  @CsvSource({
      "submit_whenRepeatedWithSameKey_returnsFirstReceipt, FreshKey, applications after a"
          + " resubmission",
      "submit_whenAnswerLost_resubmissionLeavesOneApplication, FreshKey, expected: 2",
      "getStatus_whenUnknown_isNotFound, NotFoundAsRejection, NotFoundException",
      "catalogue_whenOffered_everyServiceValidatesAndBelongsToTheAgency, ForeignServices,"
          + " agency of"})
  void contract_whenAdapterHasTheFlaw_fails(String method, String sample, String message)
      throws ClassNotFoundException {
    Class<?> flawed = Class.forName(getClass().getName() + "$" + sample);

    Events events = run(flawed, method);

    events.assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(failureOf(events)).isInstanceOf(AssertionError.class)
        .hasMessageContaining(message);
  }

  @Test
  void everyApplicationsContract_whenAdapterIsCorrect_passes() {
    for (String method : List.of("submit_givesReceiptWithReferenceAndCanonicalStatus",
        "getStatus_afterSubmit_roundTripsTheReceipt",
        "submit_whenRepeatedWithSameKey_returnsFirstReceipt",
        "submit_whenAnswerLost_resubmissionLeavesOneApplication",
        "getStatus_whenAgencyMovedTheApplication_reportsTheCanonicalStatus",
        "getStatus_whenUnknown_isNotFound", "cancel_whenNew_isCancelledAndStaysSo",
        "catalogue_whenOffered_everyServiceValidatesAndBelongsToTheAgency")) {
      run(Correct.class, method).assertStatistics(stats -> stats.started(1).succeeded(1));
    }
  }
}
