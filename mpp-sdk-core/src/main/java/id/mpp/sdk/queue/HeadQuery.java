package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link QueueTransaction#lockCallHeads} looks for: the heads of the three lanes of each
 * service a counter calls.
 *
 * <p>A ticket is <em>callable</em> by the counter when its {@code serviceDay} is {@link #day()},
 * its current {@code service} is in {@link #services()}, its {@code assignedCounter} is
 * {@code null} or {@link #counter()}, and it is {@code WAITING}, or {@code DELAYED} with
 * {@code callableAt <= now}. Each callable ticket is in exactly one lane:
 * <ul>
 *   <li>priority: {@code priority} is not {@code NONE};
 *   <li>booked: {@code priority} is {@code NONE} and {@code slotStart <= bookedDueBy};
 *   <li>regular: every other callable ticket.
 * </ul>
 * A lane is ordered by {@code rank}, then {@code id}; the booked lane by {@code slotStart}, then
 * {@code rank}, then {@code id}.
 *
 * @param counter the calling counter
 * @param services the services it calls
 * @param day the site's current day
 * @param now the current instant
 * @param bookedDueBy booked tickets whose slot starts at or before this get the booked lane
 */
public record HeadQuery(CounterId counter, List<ServiceCode> services, LocalDate day,
    Instant now, Instant bookedDueBy) {

  /** Checks the parts and copies the services. */
  public HeadQuery {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(bookedDueBy, "bookedDueBy");
    services = List.copyOf(services);
  }
}
