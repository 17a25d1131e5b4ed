package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Bentuk produk layanan: in which form the citizen receives the result of a service. */
public enum ProductForm {
  /** A printed or physical document (card, book, certificate). */
  PHYSICAL_DOCUMENT,
  /** An electronic document (PDF with an electronic signature or QR code, digital card). */
  ELECTRONIC_DOCUMENT,
  /** Both a physical and an electronic document. */
  PHYSICAL_AND_ELECTRONIC,
  /** No document: a change of data, a registration, a payment or advice. */
  NON_DOCUMENT,
  /** Not stated, or a value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
