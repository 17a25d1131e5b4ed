package id.mpp.sdk.adapters.atrbpn;

import id.mpp.sdk.catalogue.ServiceCode;
import java.util.Optional;

/** The land certificate services (layanan pertanahan) the ATR/BPN adapter offers at an MPP. */
public enum LandService {
  /** Pengecekan sertifikat: the certificate is checked against the land book (buku tanah). */
  CERTIFICATE_CHECK("ATRBPN-PENGECEKAN-SERTIFIKAT", "PENGECEKAN"),
  /** Roya: a paid-off hak tanggungan (mortgage) is struck from the certificate. */
  ROYA("ATRBPN-ROYA", "ROYA"),
  /** Balik nama: the right passes to a new holder (peralihan hak, for example by sale). */
  TRANSFER("ATRBPN-BALIK-NAMA", "PERALIHAN_HAK");

  private final ServiceCode code;
  private final String nativeName;

  LandService(String code, String nativeName) {
    this.code = ServiceCode.of(code);
    this.nativeName = nativeName;
  }

  /** @return the MPP service code, for example {@code ATRBPN-ROYA} */
  public ServiceCode code() {
    return code;
  }

  /** @return the ATR/BPN word, for example {@code PERALIHAN_HAK} */
  public String nativeName() {
    return nativeName;
  }

  /**
   * The service of an MPP service code.
   *
   * @param code the service code
   * @return the service, if the adapter offers it
   */
  public static Optional<LandService> of(ServiceCode code) {
    for (LandService s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
