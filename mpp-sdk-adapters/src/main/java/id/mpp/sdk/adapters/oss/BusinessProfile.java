package id.mpp.sdk.adapters.oss;

import id.mpp.sdk.validation.Nib;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A business as OSS registered it under its NIB. The business name of a one-person business is
 * often the owner's name, so {@link #toString()} shows only the NIB and whether it is active.
 *
 * @param nib the NIB
 * @param name the business name
 * @param kind the kind of business actor as OSS writes it, for example {@code ORANG_PERSEORANGAN}
 *     or {@code PT}
 * @param scale the business scale as OSS writes it: {@code MIKRO}, {@code KECIL},
 *     {@code MENENGAH}, {@code BESAR}
 * @param active whether the NIB is in force (not revoked)
 * @param issuedOn when the NIB was issued
 * @param kbli the KBLI codes registered
 */
public record BusinessProfile(Nib nib, String name, String kind, String scale, boolean active,
    LocalDate issuedOn, List<String> kbli) {

  /** Checks the required parts and copies the KBLI codes. */
  public BusinessProfile {
    Objects.requireNonNull(nib, "nib");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(issuedOn, "issuedOn");
    kbli = List.copyOf(kbli);
  }

  /** @return the NIB and whether it is active; never the name */
  @Override
  public String toString() {
    return "BusinessProfile[" + nib + (active ? ", active" : ", revoked") + "]";
  }
}
