package id.mpp.sdk.benchmarks.tracking;

import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.time.Pause;
import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.tracking.Actor;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.DocumentForm;
import id.mpp.sdk.tracking.HandedInDocument;
import id.mpp.sdk.tracking.NotificationChannel;
import id.mpp.sdk.tracking.QueueTicketRef;
import id.mpp.sdk.tracking.Sla;
import id.mpp.sdk.tracking.SlaEscalation;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Applications and status events for the status-log benchmarks, built through public
 * constructors (test data; the NIK is a published test value).
 */
public final class StatusLogs {

  /** When the benchmark applications were submitted: 16 March 2026, 09:00 WIB. */
  public static final Instant T0 = Instant.parse("2026-03-16T02:00:00Z");
  /** Events per application before the benchmark starts the next one. */
  public static final int EVENTS_PER_APPLICATION = 8;

  private static final ApplicationStatus[] CYCLE = {ApplicationStatus.RECEIVED,
      ApplicationStatus.IN_PROCESS, ApplicationStatus.NEEDS_REVISION};
  private static final Applicant APPLICANT = new Applicant(Nik.parse("3201011708900001"),
      "Budi Santoso", "+6281234567890", "budi.santoso@example.go.id");
  private static final Sla SLA = new Sla(ProcessingTime.workingDays(5),
      T0.plus(Duration.ofDays(9)), T0.plus(Duration.ofDays(8)), List.<Pause>of(), null,
      SlaEscalation.NONE, null);

  private StatusLogs() {
  }

  /**
   * @param sequence the day's sequence, from 1
   * @return a tracking number of site 3273 on 16 March 2026
   */
  public static TrackingNumber number(int sequence) {
    return TrackingNumber.of("3273", LocalDate.of(2026, 3, 16), sequence);
  }

  /**
   * @param number the tracking number
   * @return an application at version 1, SUBMITTED
   */
  public static Application application(TrackingNumber number) {
    return new Application(number, ServiceCode.of("POLRI-SKCK-BARU"), "Penerbitan SKCK Baru",
        AgencyId.of("polres"), APPLICANT,
        List.of(HandedInDocument.paper("KTP-EL", "Fotokopi KTP-el", DocumentForm.COPY, 1)),
        Map.of("keperluan", "Melamar pekerjaan"), new QueueTicketRef("t-1", "B-023"), null,
        ApplicationStatus.SUBMITTED, null, 1, T0, T0, T0, SLA, NotificationChannel.SMS, "id");
  }

  /**
   * @param a the application at version 1
   * @return its CREATED event
   */
  public static StatusEvent created(Application a) {
    return new StatusEvent(a.trackingNumber().compact() + ":1", a.trackingNumber(), 1,
        StatusEvent.Type.CREATED, null, null, a.status(), Actor.counterOfficer("petugas-1"), null,
        null, null, a.submittedAt(), a.submittedAt());
  }

  /**
   * @param a the application before the event
   * @return the next status-changed event, version {@code a.version() + 1}
   */
  public static StatusEvent next(Application a) {
    long version = a.version() + 1;
    Instant at = T0.plusSeconds(60 * version);
    return new StatusEvent(a.trackingNumber().compact() + ":" + version, a.trackingNumber(),
        version, StatusEvent.Type.STATUS_CHANGED, "UPDATE", a.status(),
        CYCLE[(int) (version % CYCLE.length)], Actor.agency("polres"), null, null, null, at, at);
  }
}
