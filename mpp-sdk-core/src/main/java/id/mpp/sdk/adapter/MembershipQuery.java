package id.mpp.sdk.adapter;

import id.mpp.sdk.validation.Nik;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whom to look up in a {@link MembershipCapability}: a membership number (for example the
 * 13-digit BPJS Kesehatan card number) or a NIK, exactly one of them, and the date the membership
 * must hold on. Personal data: {@link #toString()} shows both numbers masked.
 *
 * @param memberNumber the membership number, 8-20 digits, or {@code null} when looking up by NIK
 * @param nik the NIK, or {@code null} when looking up by membership number
 * @param onDate the date of service (for BPJS the {@code tglSEP})
 */
public record MembershipQuery(String memberNumber, Nik nik, LocalDate onDate) {

  private static final Pattern MEMBER_NUMBER = Pattern.compile("\\d{8,20}");

  /**
   * Checks that exactly one of the numbers is given.
   *
   * @throws IllegalArgumentException naming the problem, never the value
   */
  public MembershipQuery {
    if ((memberNumber == null) == (nik == null)) {
      throw new IllegalArgumentException("give exactly one of memberNumber and nik");
    }
    if (memberNumber != null && !MEMBER_NUMBER.matcher(memberNumber).matches()) {
      throw new IllegalArgumentException("memberNumber must be 8-20 digits");
    }
    Objects.requireNonNull(onDate, "onDate");
  }

  /**
   * A look-up by membership number.
   *
   * @param memberNumber the membership number
   * @param onDate the date of service
   * @return the query
   */
  public static MembershipQuery byMemberNumber(String memberNumber, LocalDate onDate) {
    return new MembershipQuery(Objects.requireNonNull(memberNumber, "memberNumber"), null,
        onDate);
  }

  /**
   * A look-up by NIK.
   *
   * @param nik the NIK
   * @param onDate the date of service
   * @return the query
   */
  public static MembershipQuery byNik(Nik nik, LocalDate onDate) {
    return new MembershipQuery(null, Objects.requireNonNull(nik, "nik"), onDate);
  }

  /** @return the membership number, when the look-up is by number */
  public Optional<String> findMemberNumber() {
    return Optional.ofNullable(memberNumber);
  }

  /** @return the NIK, when the look-up is by NIK */
  public Optional<Nik> findNik() {
    return Optional.ofNullable(nik);
  }

  /** @return the masked number and the date */
  @Override
  public String toString() {
    String who = nik != null ? nik.toString() : "member[" + memberNumber.substring(0, 4)
        + "*".repeat(memberNumber.length() - 6)
        + memberNumber.substring(memberNumber.length() - 2) + "]";
    return "MembershipQuery[" + who + ", onDate=" + onDate + "]";
  }
}
