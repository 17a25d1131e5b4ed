package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Jenis dokumen: what kind of document or item a {@link Requirement} asks for, so that a kiosk or
 * an app can tell a citizen what to bring and an adapter can map uploads.
 */
public enum DocumentType {
  /** KTP-el: the electronic identity card. */
  IDENTITY_CARD,
  /** Kartu Keluarga (KK): the family card. */
  FAMILY_CARD,
  /** Kartu Identitas Anak (KIA): the child identity card. */
  CHILD_IDENTITY_CARD,
  /** Akta kelahiran or surat kenal lahir: the birth certificate. */
  BIRTH_CERTIFICATE,
  /** Buku nikah, kartu nikah or akta perkawinan: the marriage certificate. */
  MARRIAGE_CERTIFICATE,
  /** Akta cerai or akta perceraian: the divorce certificate. */
  DIVORCE_CERTIFICATE,
  /** Akta kematian or surat keterangan kematian: the death certificate. */
  DEATH_CERTIFICATE,
  /** Paspor: a passport. */
  PASSPORT,
  /** SIM (surat izin mengemudi): a driving licence. */
  DRIVING_LICENCE,
  /** Pas foto: a photograph of a given size and background. */
  PHOTO,
  /** Formulir: an application form of the agency. */
  APPLICATION_FORM,
  /** Surat pengantar or surat keterangan: a cover or reference letter (kelurahan, RT/RW, employer, hospital). */
  REFERENCE_LETTER,
  /** Surat pernyataan: a signed statement by the applicant, such as an SPTJM. */
  STATEMENT_LETTER,
  /** Surat kuasa: a power of attorney, when someone applies on the applicant's behalf. */
  POWER_OF_ATTORNEY,
  /** Ijazah: an education certificate. */
  EDUCATION_CERTIFICATE,
  /** Sertipikat hak atas tanah: a land title certificate. */
  LAND_CERTIFICATE,
  /** NPWP, SPPT PBB or another tax document. */
  TAX_DOCUMENT,
  /** Kartu peserta BPJS (JKN-KIS or BPJS Ketenagakerjaan) or another membership card. */
  MEMBERSHIP_CARD,
  /** Kartu sidik jari / rumus sidik jari: a fingerprint card. */
  FINGERPRINT_CARD,
  /** Surat keterangan sehat or hasil tes psikologi: a medical or psychological certificate. */
  HEALTH_CERTIFICATE,
  /** Dokumen perusahaan: company documents such as akta pendirian, NIB, izin. */
  BUSINESS_DOCUMENT,
  /** Buku tabungan or rekening: a bank account document. */
  BANK_DOCUMENT,
  /** Bukti pembayaran: a proof of payment. */
  PAYMENT_RECEIPT,
  /** A court decision (putusan or penetapan pengadilan). */
  COURT_DECISION,
  /** Surat tanda laporan kehilangan: a police report of loss. */
  POLICE_REPORT,
  /** The previous document being renewed or replaced (SIM lama, SKCK lama, paspor lama …). */
  PREVIOUS_DOCUMENT,
  /** Any other document or item. */
  OTHER,
  /** Not stated, or a value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
