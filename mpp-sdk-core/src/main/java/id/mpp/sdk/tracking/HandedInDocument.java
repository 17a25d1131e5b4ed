package id.mpp.sdk.tracking;

import id.mpp.sdk.adapter.DocumentRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A document (berkas) handed in with an application, against one requirement (persyaratan) of the
 * service: on paper, or scanned and referenced so the agency can fetch it.
 *
 * @param requirementCode the requirement it fulfils, for example {@code KTP-EL}
 * @param description what it is, for example {@code Fotokopi KTP-el}; no personal data
 * @param form original, copy, certified copy or scan
 * @param count how many sheets or copies, 1–99
 * @param scan the scanned file, required when {@code form} is {@link DocumentForm#SCAN}, otherwise
 *     optional ({@code null})
 */
public record HandedInDocument(
    @NotBlank @Size(max = 64) String requirementCode,
    @NotBlank @Size(max = 200) String description,
    @NotNull DocumentForm form,
    @Min(1) @Max(99) int count,
    @Valid DocumentRef scan) {

  /** Checks that the identifying parts are present. */
  public HandedInDocument {
    Objects.requireNonNull(requirementCode, "requirementCode");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(form, "form");
  }

  /**
   * A paper document.
   *
   * @param requirementCode the requirement
   * @param description what it is
   * @param form original, copy or certified copy
   * @param count how many
   * @return the document
   */
  public static HandedInDocument paper(String requirementCode, String description,
      DocumentForm form, int count) {
    return new HandedInDocument(requirementCode, description, form, count, null);
  }

  /**
   * A scanned document.
   *
   * @param description what it is
   * @param scan the file reference (its requirement code is used)
   * @return the document
   */
  public static HandedInDocument scanned(String description, DocumentRef scan) {
    return new HandedInDocument(scan.requirementCode(), description, DocumentForm.SCAN, 1, scan);
  }

  /** @return the scanned file, if any */
  public Optional<DocumentRef> findScan() {
    return Optional.ofNullable(scan);
  }
}
