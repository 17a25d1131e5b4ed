package id.mpp.sdk.adapter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A data element of a population record that can be checked against what a citizen claims. */
public enum IdentityElement {
  /** Nama lengkap. */
  FULL_NAME,
  /** Tanggal lahir, ISO {@code yyyy-MM-dd}. */
  BIRTH_DATE,
  /** Tempat lahir. */
  BIRTH_PLACE,
  /** Nama lengkap ibu kandung. */
  MOTHER_NAME,
  /** Alamat. */
  ADDRESS,
  /** Jenis kelamin. */
  GENDER,
  /** Nomor KK (Kartu Keluarga). */
  FAMILY_CARD_NUMBER,
  /** An element this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
