package id.mpp.sdk.tracking;

import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.time.Pause;
import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Builds applications, events, outbox messages and changes for store and engine tests, through
 * public constructors only (so the contract suite in the test jar needs no store internals).
 */
public final class TrackingFixtures {

  /** A fixed instant: Monday 16 March 2026, 09:00 WIB. */
  public static final Instant T0 = Instant.parse("2026-03-16T02:00:00Z");
  /** The agency of the fixtures. */
  public static final AgencyId POLRES = AgencyId.of("polres");
  /** The service of the fixtures. */
  public static final ServiceCode SKCK = ServiceCode.of("POLRI-SKCK-BARU");
  /** A valid NIK (not a real person's). */
  public static final Nik NIK = Nik.parse("3201011708900001");
  /** The applicant of the fixtures. */
  public static final Applicant APPLICANT = new Applicant(NIK, "Budi Santoso", "+6281234567890",
      "budi.santoso@example.go.id");

  private TrackingFixtures() {
  }

  /**
   * A tracking number of site 3273 on 16 March 2026.
   *
   * @param sequence the sequence
   * @return the number
   */
  public static TrackingNumber number(int sequence) {
    return TrackingNumber.of("3273", LocalDate.of(2026, 3, 16), sequence);
  }

  /**
   * An application at version 1, status SUBMITTED, with an SLA of 5 working days.
   *
   * @param number the tracking number
   * @return the application
   */
  public static Application application(TrackingNumber number) {
    Sla sla = new Sla(ProcessingTime.workingDays(5), T0.plus(Duration.ofDays(9)),
        T0.plus(Duration.ofDays(8)), List.<Pause>of(), null, SlaEscalation.NONE, null);
    return new Application(number, SKCK, "Penerbitan SKCK Baru", POLRES, APPLICANT,
        List.of(HandedInDocument.paper("KTP-EL", "Fotokopi KTP-el", DocumentForm.COPY, 1)),
        Map.of("keperluan", "Melamar pekerjaan"), new QueueTicketRef("t-1", "B-023"), null,
        ApplicationStatus.SUBMITTED, null, 1, T0, T0, T0, sla, NotificationChannel.SMS, "id");
  }

  /**
   * The first event of an application.
   *
   * @param a the application at version 1
   * @return the CREATED event
   */
  public static StatusEvent created(Application a) {
    return new StatusEvent(a.trackingNumber().compact() + ":created", a.trackingNumber(), 1,
        StatusEvent.Type.CREATED, null, null, a.status(), Actor.counterOfficer("petugas-1"), null,
        null, null, a.submittedAt(), a.submittedAt());
  }

  /**
   * A status event.
   *
   * @param eventId the id
   * @param a the application before the event
   * @param to the new status
   * @param at when
   * @return the event with version {@code a.version() + 1}
   */
  public static StatusEvent changed(String eventId, Application a, ApplicationStatus to,
      Instant at) {
    return new StatusEvent(eventId, a.trackingNumber(), a.version() + 1,
        StatusEvent.Type.STATUS_CHANGED, "ACT", a.status(), to, Actor.agency("polres"), null,
        null, null, at, at);
  }

  /**
   * A change that creates an application with its first event.
   *
   * @param a the application at version 1
   * @param messages outbox messages to insert
   * @return the change
   */
  public static TrackingChange create(Application a, OutboxMessage... messages) {
    return TrackingChange.create(a, created(a), List.of(messages), List.of());
  }

  /**
   * A change that appends one status event.
   *
   * @param a the application before
   * @param eventId the event id
   * @param to the new status
   * @param at when
   * @return the change
   */
  public static TrackingChange append(Application a, String eventId, ApplicationStatus to,
      Instant at) {
    return new TrackingChange(a.next(to, null, a.sla(), at), a.version(),
        List.of(changed(eventId, a, to, at)), List.of(), List.of(), List.of());
  }

  /**
   * A pending outbox message.
   *
   * @param id the id
   * @param number the application
   * @param type the type
   * @param due when it may be sent
   * @return the message
   */
  public static OutboxMessage message(String id, TrackingNumber number, OutboxMessage.Type type,
      Instant due) {
    return OutboxMessage.pending(id, type, number, POLRES, number.compact() + ":" + id, null,
        due);
  }
}
