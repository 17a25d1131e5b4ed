package id.mpp.sdk.adapters.kemenag;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a hajj registration stands in the waiting queue (daftar tunggu) of its province, as
 * Kemenag's SISKOHAT gives it. The pilgrim's name and NIK are never read.
 *
 * @param portionNumber the nomor porsi
 * @param province the province whose quota it waits on
 * @param registeredOn when the registration (with the setoran awal) was made
 * @param estimatedDepartureYear the estimated year of departure (Gregorian)
 * @param status where it stands
 * @param nativeStatus Kemenag's status as it wrote it
 */
public record HajjQueuePosition(String portionNumber, String province, LocalDate registeredOn,
    int estimatedDepartureYear, Status status, String nativeStatus) {

  /** Checks the parts. */
  public HajjQueuePosition {
    Objects.requireNonNull(portionNumber, "portionNumber");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(registeredOn, "registeredOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nativeStatus, "nativeStatus");
  }

  /**
   * The years still to wait.
   *
   * @param today the date now, in the site's zone
   * @return the years from {@code today}'s year to the estimated departure, never negative
   */
  public int yearsToWait(LocalDate today) {
    return Math.max(0, estimatedDepartureYear - today.getYear());
  }

  /** Where a registration stands. */
  public enum Status {
    /** Menunggu: waiting for its year. */
    WAITING,
    /** Berangkat tahun berjalan: called up for this year's season (pelunasan). */
    CALLED_UP,
    /** Sudah berangkat: the pilgrim went. */
    DEPARTED,
    /** Batal: the registration was withdrawn. */
    CANCELLED,
    /** A status this adapter version does not know. */
    UNKNOWN
  }
}
