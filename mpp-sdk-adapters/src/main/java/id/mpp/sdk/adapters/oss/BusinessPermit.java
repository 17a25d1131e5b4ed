package id.mpp.sdk.adapters.oss;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A permit OSS issued to a business: its NIB, a sertifikat standar or an izin.
 *
 * @param number the permit number
 * @param type what it is
 * @param nativeType the OSS word for it
 * @param kbli the KBLI it covers, or {@code null} for the NIB itself
 * @param riskLevel the risk level it was issued for, or {@code null} if OSS gave none
 * @param issuedOn when it was issued
 */
public record BusinessPermit(String number, PermitType type, String nativeType, String kbli,
    RiskLevel riskLevel, LocalDate issuedOn) {

  /** Checks the required parts. */
  public BusinessPermit {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(nativeType, "nativeType");
    Objects.requireNonNull(issuedOn, "issuedOn");
  }

  /** @return the KBLI it covers, if it covers one */
  public Optional<String> findKbli() {
    return Optional.ofNullable(kbli);
  }
}
