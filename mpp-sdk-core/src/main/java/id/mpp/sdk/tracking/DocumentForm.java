package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** In which form a document was handed in at the counter. */
public enum DocumentForm {
  /** Asli: the original, shown or handed in. */
  ORIGINAL,
  /** Fotokopi: a plain copy. */
  COPY,
  /** Fotokopi dilegalisir: a certified copy. */
  LEGALISED_COPY,
  /** Pindaian: a scan, referenced by a {@link id.mpp.sdk.adapter.DocumentRef}. */
  SCAN,
  /** A form this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
