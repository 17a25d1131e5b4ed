package id.mpp.sdk.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Instansi: an agency that offers public services (layanan) in an MPP, for example Disdukcapil,
 * BPJS Kesehatan, Polres or Bank Lampung.
 *
 * <p>Like every record of the catalogue, its constraints are checked as a whole when a
 * {@link Catalogue} is built or loaded, so that every problem is reported at once; the constructor
 * only normalises (an absent type becomes {@link AgencyType#UNKNOWN}).
 *
 * <pre>{@code
 * Agency polres = new Agency(AgencyId.of("polri"), "Kepolisian Resor", "Polres",
 *     AgencyType.VERTICAL_AGENCY);
 * }</pre>
 *
 * @param id the agency's stable id, the same in every MPP, for example {@code bpjs-kesehatan}
 * @param name the full name, for example "Dinas Kependudukan dan Pencatatan Sipil"
 * @param shortName the name citizens use, for example "Disdukcapil"
 * @param type what kind of organisation it is
 */
public record Agency(
    @NotNull AgencyId id,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 60) String shortName,
    @NotNull AgencyType type) {

  /** Normalises: an absent type becomes {@link AgencyType#UNKNOWN}. */
  public Agency {
    if (type == null) {
      type = AgencyType.UNKNOWN;
    }
  }
}
