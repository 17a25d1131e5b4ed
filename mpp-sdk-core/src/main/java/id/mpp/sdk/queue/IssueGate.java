package id.mpp.sdk.queue;

import id.mpp.sdk.adapter.AdapterHealth;
import java.util.Optional;

/**
 * Decides, before each walk-in ticket, whether its service may be issued now. The hub installs a
 * gate that refuses the services of an agency whose adapter reports DOWN, so no visitor waits for
 * a counter that cannot serve; the desk then throws {@link id.mpp.sdk.AgencyDownException} with
 * the agency's reason for the visitor, and writes nothing. Check-ins of bookings are not gated:
 * the booked visitor was promised the slot, and the tracker's outbox delivers the application
 * when the agency is back.
 *
 * <p>Called inside the issue transaction: it must be fast and must not throw.
 */
@FunctionalInterface
public interface IssueGate {

  /** The default gate: every service is issued. */
  IssueGate OPEN = service -> Optional.empty();

  /**
   * Checks a service.
   *
   * @param service the service a ticket is asked for
   * @return empty to issue; otherwise the health (not accepting work) whose reason the visitor
   *     is told
   */
  Optional<AdapterHealth> check(ServiceQueue service);
}
