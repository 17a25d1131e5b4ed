package id.mpp.sdk.adapter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a {@link MembershipCapability}: whether the member exists and is active on the
 * date asked, with the agency's own status and the class and type of membership. Never the
 * member's name, NIK or birth date.
 *
 * @param found whether the agency knows the member
 * @param active whether the membership is active on {@code onDate}; {@code false} when not found
 * @param nativeStatus the agency's status code (for BPJS {@code statusPeserta.kode}), empty when
 *     not found
 * @param statusDescription the agency's status text (for example {@code AKTIF}), empty when not
 *     found
 * @param membershipClass the class of membership (for BPJS {@code hakKelas}, for example
 *     {@code KELAS III}), or {@code null}
 * @param membershipType the type of membership (for BPJS {@code jenisPeserta}), or {@code null}
 * @param onDate the date the answer holds for
 */
public record MembershipStatus(boolean found, boolean active, String nativeStatus,
    String statusDescription, String membershipClass, String membershipType, LocalDate onDate) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if an unknown member is said to be active
   */
  public MembershipStatus {
    Objects.requireNonNull(nativeStatus, "nativeStatus");
    Objects.requireNonNull(statusDescription, "statusDescription");
    Objects.requireNonNull(onDate, "onDate");
    if (!found && active) {
      throw new IllegalArgumentException("an unknown member cannot be active");
    }
  }

  /**
   * The answer for a member the agency does not know.
   *
   * @param onDate the date asked
   * @return the status
   */
  public static MembershipStatus notFound(LocalDate onDate) {
    return new MembershipStatus(false, false, "", "", null, null, onDate);
  }

  /** @return the class of membership, if the agency gave one */
  public Optional<String> findMembershipClass() {
    return Optional.ofNullable(membershipClass);
  }

  /** @return the type of membership, if the agency gave one */
  public Optional<String> findMembershipType() {
    return Optional.ofNullable(membershipType);
  }
}
