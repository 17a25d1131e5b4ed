package id.mpp.sdk.tracking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The queue ticket (nomor antrian) under which the application was handed in: the link from the
 * queue to the application, kept as text so tracking does not depend on the queue engine.
 *
 * @param ticketId the queue engine's id of the ticket
 * @param ticketNumber the number printed on the ticket, for example {@code B-023}
 */
public record QueueTicketRef(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String ticketId,
    @NotBlank @Size(max = 32) String ticketNumber) {

  /** Checks that both parts are present. */
  public QueueTicketRef {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(ticketNumber, "ticketNumber");
  }
}
