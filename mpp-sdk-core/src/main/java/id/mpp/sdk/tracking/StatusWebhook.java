package id.mpp.sdk.tracking;

import id.mpp.sdk.json.WireDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of a status webhook an agency (or its bridge) sends to the hub, signed as
 * {@link WebhookVerifier} describes:
 *
 * <pre>{@code
 * {"apiVersion":"mpp.sdk/v1","kind":"StatusWebhook","eventId":"evt-000123",
 *  "agencyReference":"SKCK/2026/000042","nativeStatus":"SIAP_AMBIL",
 *  "occurredAt":"2026-03-18T03:15:00Z"}
 * }</pre>
 *
 * <p>{@code status} (canonical) is optional: without it the hub maps {@code nativeStatus} with the
 * agency's {@code StatusMapping}.
 *
 * @param eventId the agency's id of this event, unique per agency; a repeat is refused as a replay
 * @param agencyReference the agency's reference of the application
 * @param nativeStatus the agency's own status
 * @param status the canonical status, or {@code null} to have the hub map {@code nativeStatus}
 * @param occurredAt when the agency set the status
 * @param note a note without personal data, or {@code null}
 */
public record StatusWebhook(
    @NotBlank @Size(max = 150) @Pattern(regexp = "[A-Za-z0-9._:-]+") String eventId,
    @NotBlank @Size(max = 100) String agencyReference,
    @NotBlank @Size(max = 100) String nativeStatus,
    ApplicationStatus status,
    @NotNull Instant occurredAt,
    @Size(max = 500) String note) implements WireDocument {
}
