package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A queue ticket (a visit): its number, where it is in its journey, its state and version.
 * Tickets never carry a NIK; {@link #citizenHash()} is a keyed hash for matching only.
 *
 * <p>Every change of state is a {@link TicketTransition} that raises {@link #version()} by one;
 * a store applies an update only if the stored version is the one before.
 *
 * @param id the ticket id
 * @param site the site
 * @param number the number shown and announced, for example {@code B023}
 * @param numberedBy the service whose daily sequence gave the number
 * @param sequence the number within that sequence, 1 or more
 * @param serviceDay the day in the site's zone the ticket belongs to
 * @param state the state
 * @param agency the agency of the current step
 * @param service the service of the current step
 * @param priority the priority class
 * @param channel where it was taken
 * @param issuedAt when it was issued (kept across transfers and journey steps)
 * @param rank the order key within its service's queue: smaller is called first (epoch
 *     microseconds of entering the queue, or moved by a {@link Position})
 * @param callableAt when a {@link TicketState#DELAYED} ticket becomes callable; else {@code null}
 * @param assignedCounter the only counter that may call it (after a transfer to a counter);
 *     {@code null} when any counter of its service may
 * @param counter the counter that called, serves or parked it; after the step, the last one;
 *     {@code null} if none
 * @param recallCount recalls in the current call
 * @param stateSince when it entered its state
 * @param booking the booking it was checked in from; {@code null} for walk-ins
 * @param slotStart the booked slot (session start) of a checked-in booking; else {@code null}
 * @param citizenHash a keyed hash of the visitor's NIK ({@link id.mpp.sdk.validation.PersonalDataHasher}),
 *     or {@code null}; never the NIK
 * @param journey the steps of its journey, at least one
 * @param step the index of the current step in {@code journey}
 * @param version 1 when issued, raised by one on every transition
 */
public record Ticket(
    TicketId id,
    SiteId site,
    String number,
    ServiceCode numberedBy,
    int sequence,
    LocalDate serviceDay,
    TicketState state,
    AgencyId agency,
    ServiceCode service,
    PriorityClass priority,
    Channel channel,
    Instant issuedAt,
    long rank,
    Instant callableAt,
    CounterId assignedCounter,
    CounterId counter,
    int recallCount,
    Instant stateSince,
    BookingId booking,
    Instant slotStart,
    String citizenHash,
    List<JourneyStep> journey,
    int step,
    long version) implements WireDocument {

  /** Checks the required parts and copies the journey. */
  public Ticket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(numberedBy, "numberedBy");
    Objects.requireNonNull(serviceDay, "serviceDay");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(stateSince, "stateSince");
    journey = List.copyOf(journey);
    if (journey.isEmpty() || step < 0 || step >= journey.size()) {
      throw new IllegalArgumentException("ticket " + number + ": step " + step
          + " is outside its journey of " + journey.size());
    }
    if (sequence < 1 || version < 1 || recallCount < 0) {
      throw new IllegalArgumentException("ticket " + number
          + ": sequence and version must be positive and recallCount not negative");
    }
  }

  /**
   * The current step of the journey.
   *
   * @return {@code journey().get(step())}
   */
  public JourneyStep currentStep() {
    return journey.get(step);
  }

  /**
   * Whether the ticket is finished for good: done, cancelled or expired. A no-show is not,
   * while it can still be reinstated.
   *
   * @return {@code true} when no command but reading applies
   */
  public boolean finished() {
    return state == TicketState.DONE || state == TicketState.CANCELLED
        || state == TicketState.EXPIRED;
  }

  /**
   * Whether the ticket is in its service's queue (waiting or delayed).
   *
   * @return {@code true} when {@code WAITING} or {@code DELAYED}
   */
  public boolean queued() {
    return state == TicketState.WAITING || state == TicketState.DELAYED;
  }

  /**
   * The journey steps this ticket finished since an earlier row of itself: steps that are done
   * now, with a serving start and an end, and were not done in {@code before}. A store records
   * their serving times for wait estimates.
   *
   * @param before the stored row this one replaces
   * @return the newly finished steps, in journey order
   */
  public List<JourneyStep> stepsFinishedSince(Ticket before) {
    List<JourneyStep> earlier = before.journey();
    List<JourneyStep> finished = new java.util.ArrayList<>(1);
    for (int i = 0; i < journey.size(); i++) {
      JourneyStep s = journey.get(i);
      boolean wasDone = i < earlier.size() && earlier.get(i).status() == StepStatus.DONE;
      if (s.status() == StepStatus.DONE && !wasDone && s.servingAt() != null
          && s.endedAt() != null) {
        finished.add(s);
      }
    }
    return finished;
  }
}
