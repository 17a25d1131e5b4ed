package id.mpp.sdk.examples.day;

import id.mpp.sdk.adapter.HealthStatus;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.report.MppReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a simulated day left: the report, the ledger of tickets and visitors, what the agency
 * simulators received, and the report files.
 *
 * @param report the day's report
 * @param tickets the day's tickets by final state
 * @param ledger the day's own counts
 * @param simulatorRequests how many requests each agency's simulator received
 * @param applicationsAtAgencies how many distinct applications the simulators took
 * @param html the HTML report file
 * @param json the JSON report file
 * @param skippedAdapters agency ids of adapters on the class path the day has no simulator for
 * @param healthAtOpening the health of every loaded adapter when the site opened
 * @param healthAtClose the health of every loaded adapter when the report was made
 */
record DayResult(MppReport report, Map<TicketState, Long> tickets, DayLedger ledger,
    Map<AgencyId, Long> simulatorRequests, int applicationsAtAgencies, Path html, Path json,
    List<String> skippedAdapters, Map<AgencyId, HealthStatus> healthAtOpening,
    Map<AgencyId, HealthStatus> healthAtClose) {

  /**
   * @param state a final state
   * @return how many of the day's tickets ended in it
   */
  long tickets(TicketState state) {
    return tickets.getOrDefault(state, 0L);
  }
}
