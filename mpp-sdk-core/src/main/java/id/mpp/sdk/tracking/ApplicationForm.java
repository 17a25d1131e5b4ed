package id.mpp.sdk.tracking;

import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.time.ProcessingTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Formulir permohonan: what a counter officer (or an online channel) hands to
 * {@link Tracker#create} to open an application. Checked with Jakarta Validation; every
 * violation is reported at once, naming the field, in the caller's language.
 *
 * <pre>{@code
 * ApplicationForm form = ApplicationForm.of(ServiceCode.of("POLRI-SKCK-BARU"),
 *         "Penerbitan SKCK Baru", AgencyId.of("polres"), applicant)
 *     .withProcessingTime(ProcessingTime.workingDays(3))
 *     .withDocuments(List.of(HandedInDocument.paper("KTP-EL", "Fotokopi KTP-el",
 *         DocumentForm.COPY, 1)))
 *     .withTicket(new QueueTicketRef(ticket.id(), ticket.number()))
 *     .withNotifications(NotificationChannel.WHATSAPP, "id");
 * }</pre>
 *
 * @param service the service applied for
 * @param serviceName the service's name for messages, for example {@code Penerbitan SKCK Baru}
 * @param agency the agency that decides it
 * @param processingTime the service's published processing time (starts the SLA clock), or
 *     {@code null} when it publishes none
 * @param applicant the citizen
 * @param documents the documents handed in
 * @param fields the service's form inputs, name to value
 * @param ticket the queue ticket it is handed in under, or {@code null}
 * @param notificationChannel how the citizen wants status messages ({@code NONE} for none)
 * @param language {@code id} or {@code en}
 */
public record ApplicationForm(
    @NotNull ServiceCode service,
    @NotBlank @Size(max = 200) String serviceName,
    @NotNull AgencyId agency,
    ProcessingTime processingTime,
    @NotNull @Valid Applicant applicant,
    @NotNull @Size(max = 100) List<@NotNull @Valid HandedInDocument> documents,
    @NotNull @Size(max = 200) Map<@NotBlank @Size(max = 64) String,
        @NotNull @Size(max = 4000) String> fields,
    @Valid QueueTicketRef ticket,
    @NotNull NotificationChannel notificationChannel,
    @NotNull @Pattern(regexp = "id|en") String language) {

  /** Copies the collections; a missing channel means none, a missing language Indonesian. */
  public ApplicationForm {
    documents = documents == null ? List.of() : List.copyOf(documents);
    fields = fields == null ? Map.of() : Map.copyOf(fields);
    notificationChannel = notificationChannel == null ? NotificationChannel.NONE
        : notificationChannel;
    language = language == null ? NotificationTemplates.INDONESIAN : language;
  }

  /**
   * A form with the required parts, no documents, no fields, no ticket and no messages.
   *
   * @param service the service
   * @param serviceName the service's name
   * @param agency the agency
   * @param applicant the citizen
   * @return the form
   */
  public static ApplicationForm of(ServiceCode service, String serviceName, AgencyId agency,
      Applicant applicant) {
    return new ApplicationForm(Objects.requireNonNull(service, "service"), serviceName,
        Objects.requireNonNull(agency, "agency"), null,
        Objects.requireNonNull(applicant, "applicant"), List.of(), Map.of(), null,
        NotificationChannel.NONE, NotificationTemplates.INDONESIAN);
  }

  /**
   * @param time the processing time
   * @return a copy with the processing time
   */
  public ApplicationForm withProcessingTime(ProcessingTime time) {
    return new ApplicationForm(service, serviceName, agency, time, applicant, documents, fields,
        ticket, notificationChannel, language);
  }

  /**
   * @param newDocuments the documents handed in
   * @return a copy with the documents
   */
  public ApplicationForm withDocuments(List<HandedInDocument> newDocuments) {
    return new ApplicationForm(service, serviceName, agency, processingTime, applicant,
        newDocuments, fields, ticket, notificationChannel, language);
  }

  /**
   * @param newFields the form inputs
   * @return a copy with the fields
   */
  public ApplicationForm withFields(Map<String, String> newFields) {
    return new ApplicationForm(service, serviceName, agency, processingTime, applicant,
        documents, newFields, ticket, notificationChannel, language);
  }

  /**
   * @param newTicket the queue ticket
   * @return a copy linked to the ticket
   */
  public ApplicationForm withTicket(QueueTicketRef newTicket) {
    return new ApplicationForm(service, serviceName, agency, processingTime, applicant,
        documents, fields, newTicket, notificationChannel, language);
  }

  /**
   * @param channel how the citizen wants status messages
   * @param newLanguage {@code id} or {@code en}
   * @return a copy with the preferences
   */
  public ApplicationForm withNotifications(NotificationChannel channel, String newLanguage) {
    return new ApplicationForm(service, serviceName, agency, processingTime, applicant,
        documents, fields, ticket, channel, newLanguage);
  }

  /** @return the service, agency, masked applicant and the names of the fields */
  @Override
  public String toString() {
    return "ApplicationForm[" + service + " at " + agency + ", applicant=" + applicant
        + ", documents=" + documents.size() + ", fields=" + fields.keySet().stream().sorted()
        .toList() + "]";
  }
}
