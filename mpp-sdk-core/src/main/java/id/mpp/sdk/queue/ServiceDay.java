package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Store row: the ticket-number sequence of one service on one day, and how many walk-in tickets
 * it gave (for the daily quota). Locked by {@link QueueTransaction#lockServiceDay}, so numbers are
 * unique and gap-free.
 *
 * @param service the service
 * @param day the day in the site's zone
 * @param lastNumber the last number given, 0 before the first
 * @param walkIns walk-in tickets given
 */
public record ServiceDay(ServiceCode service, LocalDate day, int lastNumber, int walkIns) {

  /** Checks the parts. */
  public ServiceDay {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(day, "day");
    if (lastNumber < 0 || walkIns < 0) {
      throw new IllegalArgumentException("lastNumber and walkIns must not be negative");
    }
  }
}
