package id.mpp.sdk.adapter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The state of a bill (tagihan) at the agency or its bank. */
public enum PaymentStatus {
  /** Belum dibayar: issued, not paid. */
  UNPAID,
  /** Lunas: paid in full. */
  PAID,
  /** Kedaluwarsa: not paid before it expired. */
  EXPIRED,
  /** Dibatalkan: withdrawn. */
  CANCELLED,
  /** Dikembalikan: paid, then refunded. */
  REFUNDED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
