package id.mpp.sdk.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Produk pelayanan: what the citizen receives at the end of a service (Standar Pelayanan,
 * service-delivery component 5).
 *
 * <pre>{@code
 * new ServiceProduct("Surat Keterangan Catatan Kepolisian (SKCK)", ProductForm.PHYSICAL_DOCUMENT,
 *     Validity.months(6));
 * }</pre>
 *
 * @param name the product, for example "KTP-el" or "Buku nikah dan kartu nikah"
 * @param form printed, electronic, both, or no document at all
 * @param validity how long it stays valid, or {@code null} when it does not expire or it does not
 *     apply
 */
public record ServiceProduct(
    @NotBlank @Size(max = 300) String name,
    @NotNull ProductForm form,
    @Valid Validity validity) {

  /** Normalises: an absent form becomes {@code UNKNOWN}. */
  public ServiceProduct {
    if (form == null) {
      form = ProductForm.UNKNOWN;
    }
  }
}
