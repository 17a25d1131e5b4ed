package id.mpp.sdk.adapter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;

/**
 * A document handed in with an application (a scan of the KTP-el, a letter), by reference: the
 * bytes stay in the hub's document store; the agency fetches them from {@code location} or the
 * adapter uploads them.
 *
 * @param requirementCode the code of the requirement (persyaratan) it fulfils, for example
 *     {@code KTP}
 * @param fileName the file name, without a path
 * @param mediaType the media type, for example {@code application/pdf}
 * @param sizeBytes the size in bytes
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hex digits
 * @param location where the adapter can read the bytes
 */
public record DocumentRef(
    @NotBlank @Size(max = 64) String requirementCode,
    @NotBlank @Size(max = 255) @Pattern(regexp = "[^/\\\\]+") String fileName,
    @NotBlank @Size(max = 127) String mediaType,
    @PositiveOrZero long sizeBytes,
    @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String sha256,
    URI location) {

  /** Checks that the identifying parts are present. */
  public DocumentRef {
    Objects.requireNonNull(requirementCode, "requirementCode");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
  }
}
