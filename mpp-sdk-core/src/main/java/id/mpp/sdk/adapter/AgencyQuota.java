package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The daily quota the agency holds for a service (kuota harian).
 *
 * @param serviceCode the service
 * @param date the day
 * @param total the quota of the day
 * @param used how much of it is taken, 0 to {@code total}
 */
public record AgencyQuota(ServiceCode serviceCode, LocalDate date, int total, int used) {

  /** Checks the counts. */
  public AgencyQuota {
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(date, "date");
    if (total < 0 || used < 0 || used > total) {
      throw new IllegalArgumentException("used must be 0 to total");
    }
  }

  /** @return the places left */
  public int remaining() {
    return total - used;
  }
}
