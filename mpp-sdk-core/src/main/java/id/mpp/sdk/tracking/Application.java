package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Permohonan: one application for one public service, handed in at an agency's counter in the
 * MPP and followed until the result is handed over. It links the whole journey: the queue
 * ticket it was handed in under, the {@link TrackingNumber} the citizen follows, the agency's own
 * reference once the agency acknowledged it, the current status, and the SLA clock.
 *
 * <p>Every change is a {@link StatusEvent}; {@link #version()} is the number of events applied,
 * so a change made on a stale copy is refused ({@code ConflictException}, reason
 * {@code version_conflict}).
 *
 * <p>Personal data: the applicant's NIK, name and contact and the form fields are held for the
 * agency request body only; {@link #toString()} shows none of them (the NIK masked).
 *
 * @param trackingNumber the tracking number (nomor lacak)
 * @param service the service applied for
 * @param serviceName the service's name as the citizen knows it, for messages
 * @param agency the agency that decides it
 * @param applicant the citizen
 * @param documents the documents handed in
 * @param fields the service's form inputs, name to value; may hold personal data
 * @param ticket the queue ticket it was handed in under, or {@code null}
 * @param agencyReference the agency's own reference, or {@code null} until it acknowledges
 * @param status the current canonical status
 * @param statusReason why the status was set (for example why it was rejected), or {@code null};
 *     never personal data
 * @param version the number of events applied, 1 or more
 * @param submittedAt when it was handed in
 * @param statusChangedAt when the status last changed
 * @param updatedAt when anything last changed
 * @param sla the SLA clock, or {@code null} when the service publishes no processing time
 * @param notificationChannel how the citizen wants status messages
 * @param language the citizen's language for messages, {@code id} or {@code en}
 */
public record Application(
    TrackingNumber trackingNumber,
    ServiceCode service,
    String serviceName,
    AgencyId agency,
    Applicant applicant,
    List<HandedInDocument> documents,
    Map<String, String> fields,
    QueueTicketRef ticket,
    String agencyReference,
    ApplicationStatus status,
    String statusReason,
    long version,
    Instant submittedAt,
    Instant statusChangedAt,
    Instant updatedAt,
    Sla sla,
    NotificationChannel notificationChannel,
    String language) implements WireDocument {

  /** Checks the required parts and copies the collections. */
  public Application {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(applicant, "applicant");
    documents = documents == null ? List.of() : List.copyOf(documents);
    fields = fields == null ? Map.of() : Map.copyOf(fields);
    Objects.requireNonNull(status, "status");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    notificationChannel = notificationChannel == null ? NotificationChannel.NONE
        : notificationChannel;
    language = language == null ? NotificationTemplates.INDONESIAN : language;
  }

  /** @return the queue ticket, if it was handed in under one */
  public Optional<QueueTicketRef> findTicket() {
    return Optional.ofNullable(ticket);
  }

  /** @return the agency's reference, once the agency acknowledged the application */
  public Optional<String> findAgencyReference() {
    return Optional.ofNullable(agencyReference);
  }

  /** @return why the status was set, if a reason was given */
  public Optional<String> findStatusReason() {
    return Optional.ofNullable(statusReason);
  }

  /** @return the SLA clock, if the service publishes a processing time */
  public Optional<Sla> findSla() {
    return Optional.ofNullable(sla);
  }

  /** @return whether no further status can follow */
  @JsonIgnore
  public boolean isClosed() {
    return status.isTerminal();
  }

  /**
   * The next version of this application after one event.
   *
   * @param newStatus the status after the event
   * @param reason the reason, or {@code null}
   * @param newSla the SLA clock after the event, or {@code null}
   * @param at when the event was recorded
   * @return the copy, with the version one higher
   */
  public Application next(ApplicationStatus newStatus, String reason, Sla newSla, Instant at) {
    return new Application(trackingNumber, service, serviceName, agency, applicant, documents,
        fields, ticket, agencyReference, newStatus, reason, version + 1, submittedAt,
        newStatus == status ? statusChangedAt : at, at, newSla, notificationChannel, language);
  }

  /**
   * Returns a copy with the agency's reference set (without changing the version).
   *
   * @param reference the agency's reference
   * @return the copy
   */
  public Application withAgencyReference(String reference) {
    return new Application(trackingNumber, service, serviceName, agency, applicant, documents,
        fields, ticket, Objects.requireNonNull(reference, "reference"), status, statusReason,
        version, submittedAt, statusChangedAt, updatedAt, sla, notificationChannel, language);
  }

  /**
   * Returns a copy with another SLA clock (without changing the version), for building a change.
   *
   * @param newSla the SLA clock, or {@code null}
   * @return the copy
   */
  public Application withSla(Sla newSla) {
    return new Application(trackingNumber, service, serviceName, agency, applicant, documents,
        fields, ticket, agencyReference, status, statusReason, version, submittedAt,
        statusChangedAt, updatedAt, newSla, notificationChannel, language);
  }

  /** @return the tracking number, service, agency, status and version; no personal data */
  @Override
  public String toString() {
    return "Application[" + trackingNumber + ", " + service + " at " + agency + ", " + status
        + " v" + version + ", applicant=" + applicant + ", documents=" + documents.size()
        + ", fields=" + fields.keySet().stream().sorted().toList() + "]";
  }
}
