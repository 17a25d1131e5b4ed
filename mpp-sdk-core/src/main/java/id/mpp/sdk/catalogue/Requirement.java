package id.mpp.sdk.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Persyaratan: one document or item a citizen must bring or upload for a service (Standar
 * Pelayanan, service-delivery component 1).
 *
 * <pre>{@code
 * new Requirement("KK", "Kartu Keluarga", DocumentType.FAMILY_CARD, true, DocumentForm.COPY, 1, null);
 * }</pre>
 *
 * @param code a short code, unique within the service, upper-case words joined by {@code -} or
 *     {@code _}, for example {@code KK} or {@code FOTO-4X6}
 * @param name what to bring, as the citizen reads it, for example "Pas foto 4x6 latar merah"
 * @param documentType what kind of document it is
 * @param mandatory {@code true} if always required (wajib); {@code false} if only in some cases
 *     (the note says when)
 * @param form original, copy, legalised copy or upload
 * @param count how many (lembar): 1 or more
 * @param note when it applies or other details, or {@code null}
 */
public record Requirement(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9]+([-_][A-Z0-9]+)*",
        message = "{catalogue.requirement.code}") String code,
    @NotBlank @Size(max = 200) String name,
    @NotNull DocumentType documentType,
    boolean mandatory,
    @NotNull DocumentForm form,
    @Min(1) @Max(20) int count,
    @Size(max = 500) String note) {

  /** Normalises: absent enums become {@code UNKNOWN}, a blank note {@code null}. */
  public Requirement {
    if (documentType == null) {
      documentType = DocumentType.UNKNOWN;
    }
    if (form == null) {
      form = DocumentForm.UNKNOWN;
    }
    note = Texts.optional(note);
  }
}
