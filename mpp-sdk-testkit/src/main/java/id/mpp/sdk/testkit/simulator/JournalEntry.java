package id.mpp.sdk.testkit.simulator;

import java.util.Objects;
import java.util.Optional;

/**
 * One request in a {@link SimulatorJournal}: what arrived, which route took it, and what the
 * simulator did.
 */
public final class JournalEntry {

  private final long sequence;
  private final SimulatedRequest request;
  private final String route;
  private final int status;
  private final FaultKind fault;

  JournalEntry(long sequence, SimulatedRequest request, String route, int status,
      FaultKind fault) {
    this.sequence = sequence;
    this.request = Objects.requireNonNull(request, "request");
    this.route = route;
    this.status = status;
    this.fault = fault;
  }

  /** @return the request's position among all requests since the last reset, from 1 */
  public long sequence() {
    return sequence;
  }

  /** @return the request */
  public SimulatedRequest request() {
    return request;
  }

  /** @return whether a route took the request; unmatched requests fail the test */
  public boolean matched() {
    return route != null;
  }

  /** @return the route that took the request, for example {@code POST /antreanrs/antrean/add} */
  public Optional<String> route() {
    return Optional.ofNullable(route);
  }

  /** @return the HTTP status sent, or 0 when the fault sent no status (reset, empty response) */
  public int status() {
    return status;
  }

  /** @return the fault injected into this request, if any */
  public Optional<FaultKind> fault() {
    return Optional.ofNullable(fault);
  }

  /** @return sequence, request (masked), status and fault */
  @Override
  public String toString() {
    return "#" + sequence + " " + request + " -> "
        + (route == null ? "UNMATCHED" : fault == null ? String.valueOf(status)
        : fault + (status == 0 ? "" : " " + status));
  }
}
