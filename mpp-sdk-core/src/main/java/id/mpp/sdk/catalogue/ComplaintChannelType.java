package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Saluran pengaduan: a way to file a complaint, suggestion or feedback about a service. */
public enum ComplaintChannelType {
  /**
   * SP4N-LAPOR!: the national complaint system (KepmenPANRB 680/2020), run by KemenPANRB, KSP and
   * the Ombudsman.
   */
  LAPOR,
  /** Telepon or call center. */
  PHONE,
  /** WhatsApp or another chat line. */
  WHATSAPP,
  /** Email. */
  EMAIL,
  /** A web form or website. */
  WEBSITE,
  /** The agency's mobile app. */
  MOBILE_APP,
  /** Media sosial: an official social-media account. */
  SOCIAL_MEDIA,
  /** Meja or loket pengaduan: a complaint desk, in the MPP or at the agency. */
  COMPLAINT_DESK,
  /** Kotak saran: a suggestion box. */
  SUGGESTION_BOX,
  /** Not stated, or a value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
