package id.mpp.sdk.adapters.atrbpn;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A land certificate (sertifikat hak atas tanah) as the Kantor Pertanahan's land book holds it.
 * The holder's name is never read: the look-up is for the counter to see whether a service can
 * go ahead.
 *
 * @param number the nomor sertifikat
 * @param parcelId the NIB bidang tanah (land parcel id)
 * @param rightType the kind of right, for example {@code HM} (hak milik) or {@code HGB}
 * @param areaSquareMetres the parcel's area in m²
 * @param landOffice the Kantor Pertanahan that keeps the land book
 * @param mortgages how many hak tanggungan are registered on it
 * @param blocked whether it is blocked (diblokir) or under dispute (sita), so no service may go
 *     ahead
 */
public record LandCertificate(String number, String parcelId, String rightType,
    BigDecimal areaSquareMetres, String landOffice, int mortgages, boolean blocked) {

  /** Checks the parts. */
  public LandCertificate {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(parcelId, "parcelId");
    Objects.requireNonNull(rightType, "rightType");
    Objects.requireNonNull(areaSquareMetres, "areaSquareMetres");
    Objects.requireNonNull(landOffice, "landOffice");
    if (mortgages < 0) {
      throw new IllegalArgumentException("mortgages must not be negative");
    }
  }

  /** @return whether a roya can be registered: not blocked, with a hak tanggungan to strike */
  public boolean royaPossible() {
    return !blocked && mortgages > 0;
  }
}
