package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Bentuk dokumen: in which form a {@link Requirement} must be handed in. */
public enum DocumentForm {
  /** Asli: the original, shown or handed in. */
  ORIGINAL,
  /** Fotokopi: a photocopy. */
  COPY,
  /** Asli dan fotokopi: the original is shown and a photocopy is handed in. */
  ORIGINAL_AND_COPY,
  /** Fotokopi dilegalisir: a copy legalised by the issuing office. */
  LEGALIZED_COPY,
  /** Berkas digital: an uploaded scan or file (online applications). */
  DIGITAL,
  /** Not stated, or a value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
