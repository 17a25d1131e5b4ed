package id.mpp.sdk.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Dasar hukum: a law or regulation a service rests on, or that sets its fee.
 *
 * <pre>{@code
 * new LegalReference("PP No. 76 Tahun 2020",
 *     "Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kepolisian Negara Republik Indonesia");
 * }</pre>
 *
 * @param citation how the regulation is cited, for example "UU No. 24 Tahun 2013" or
 *     "PP No. 76 Tahun 2020, Lampiran"
 * @param title what it is about, or {@code null} when not given
 */
public record LegalReference(
    @NotBlank @Size(max = 200) String citation,
    @Size(max = 400) String title) {

  /** Normalises: a blank title becomes {@code null}. */
  public LegalReference {
    title = Texts.optional(title);
  }

  /**
   * A reference by citation only.
   *
   * @param citation for example "Perpres No. 96 Tahun 2018"
   * @return the reference
   */
  public static LegalReference of(String citation) {
    return new LegalReference(citation, null);
  }

  /** @return the citation, followed by the title when there is one */
  @Override
  public String toString() {
    return title == null ? citation : citation + " tentang " + title;
  }
}
