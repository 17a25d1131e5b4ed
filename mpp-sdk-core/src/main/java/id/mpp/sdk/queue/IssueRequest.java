package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.validation.Nik;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to issue: a walk-in ticket for a service, optionally with a priority class, further
 * services for a journey across agencies under the same number, a kiosk print to confirm, and
 * the visitor's NIK (kept only as a keyed hash on the ticket).
 *
 * <pre>{@code
 * IssueRequest.walkIn(ktp).priority(PriorityClass.LANSIA).then(bpjsDaftar).withPrint()
 * }</pre>
 *
 * @param service the first service
 * @param priority the priority class; {@link PriorityClass#NONE} for regular visitors
 * @param channel where the ticket is taken
 * @param printed {@code true} when a kiosk prints it: the ticket is {@code ISSUING} until the
 *     print is confirmed
 * @param nextServices further services of the journey, in order (may be of other agencies)
 * @param nik the visitor's NIK, or {@code null}; the desk keeps only its keyed hash
 */
public record IssueRequest(ServiceCode service, PriorityClass priority, Channel channel,
    boolean printed, List<ServiceCode> nextServices, Nik nik) {

  /** Checks the required parts and copies the services. */
  public IssueRequest {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(channel, "channel");
    nextServices = nextServices == null ? List.of() : List.copyOf(nextServices);
  }

  /**
   * A regular walk-in ticket taken at a kiosk without a printer (a virtual ticket).
   *
   * @param service the service
   * @return the request
   */
  public static IssueRequest walkIn(ServiceCode service) {
    return new IssueRequest(service, PriorityClass.NONE, Channel.KIOSK, false, List.of(), null);
  }

  /**
   * This request with a priority class.
   *
   * @param value the class
   * @return a copy
   */
  public IssueRequest priority(PriorityClass value) {
    return new IssueRequest(service, value, channel, printed, nextServices, nik);
  }

  /**
   * This request from a channel.
   *
   * @param value the channel
   * @return a copy
   */
  public IssueRequest channel(Channel value) {
    return new IssueRequest(service, priority, value, printed, nextServices, nik);
  }

  /**
   * This request printed by a kiosk (the print must be confirmed).
   *
   * @return a copy
   */
  public IssueRequest withPrint() {
    return new IssueRequest(service, priority, channel, true, nextServices, nik);
  }

  /**
   * This request with more services after the first.
   *
   * @param first the next service
   * @param more services after it
   * @return a copy
   */
  public IssueRequest then(ServiceCode first, ServiceCode... more) {
    List<ServiceCode> all = new ArrayList<>(nextServices);
    all.add(first);
    all.addAll(List.of(more));
    return new IssueRequest(service, priority, channel, printed, all, nik);
  }

  /**
   * This request for a visitor identified by NIK (hashed by the desk, never stored).
   *
   * @param value the NIK
   * @return a copy
   */
  public IssueRequest nik(Nik value) {
    return new IssueRequest(service, priority, channel, printed, nextServices, value);
  }
}
