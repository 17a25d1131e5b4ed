package id.mpp.sdk.examples.day;

import id.mpp.sdk.AgencyException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.adapter.AgencyCapability;
import id.mpp.sdk.hub.MppHub;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import java.util.Optional;
import java.util.function.Function;

/**
 * One visitor at one counter: what {@link CounterWork} needs.
 *
 * @param hub the hub
 * @param ticket the ticket being served
 * @param visitor the visitor
 * @param counter the counter
 * @param simulator the agency's simulator, or null when it has none
 * @param ledger the day's counts
 */
record Visit(MppHub hub, Ticket ticket, Visitor visitor, CounterId counter,
    AgencySimulator simulator, DayLedger ledger) {

  /**
   * Calls the agency's adapter through a capability, counting the call and its failure.
   *
   * @param type the capability
   * @param work the call
   * @param <C> the capability type
   */
  <C extends AgencyCapability> void call(Class<C> type, Function<C, ?> work) {
    Optional<C> capability = hub.adapters().findCapability(ticket.agency(), type);
    if (capability.isEmpty()) {
      return;
    }
    ledger.agencyCalls++;
    try {
      work.apply(capability.get());
    } catch (AgencyException | QuotaExceededException e) {
      ledger.agencyCallsFailed++;
      ledger.absorbed.add(e);
    }
  }
}
