package id.mpp.sdk.adapters.pengadilanagama;

import id.mpp.sdk.catalogue.ServiceCode;
import java.util.Optional;

/** Jenis perkara: the cases the Pengadilan Agama adapter registers. */
public enum CaseType {
  /** Cerai gugat: the wife sues for divorce (gugatan, Pdt.G). */
  CERAI_GUGAT("PA-CERAI-GUGAT", true, true),
  /** Cerai talak: the husband asks leave to pronounce the talak (contentious, Pdt.G). */
  CERAI_TALAK("PA-CERAI-TALAK", true, true),
  /** Isbat nikah: confirmation of an unrecorded marriage (permohonan, Pdt.P). */
  ISBAT_NIKAH("PA-ISBAT-NIKAH", false, false),
  /** Dispensasi kawin: leave to marry under the minimum age (permohonan, Pdt.P). */
  DISPENSASI_KAWIN("PA-DISPENSASI-KAWIN", false, false);

  private final ServiceCode service;
  private final boolean contentious;
  private final boolean divorce;

  CaseType(String service, boolean contentious, boolean divorce) {
    this.service = ServiceCode.of(service);
    this.contentious = contentious;
    this.divorce = divorce;
  }

  /** @return the MPP service code of this case type */
  public ServiceCode service() {
    return service;
  }

  /** @return whether there is a respondent (gugatan / contentious), not a voluntary permohonan */
  public boolean contentious() {
    return contentious;
  }

  /** @return whether the case ends, when granted, with an akta cerai */
  public boolean divorce() {
    return divorce;
  }

  /**
   * The case type of an MPP service code.
   *
   * @param service the service code
   * @return the case type, if the adapter registers it
   */
  public static Optional<CaseType> of(ServiceCode service) {
    for (CaseType t : values()) {
      if (t.service.equals(service)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
