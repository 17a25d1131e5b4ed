package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Jenis instansi: what kind of organisation an agency (instansi) in an MPP is. MPPs host regional
 * government offices, the local branches of central ministries and agencies, social-security
 * bodies, state- and region-owned enterprises, banks and sometimes private firms.
 */
public enum AgencyType {
  /**
   * Perangkat daerah (OPD, organisasi perangkat daerah): an office of the province, kabupaten or
   * kota, for example Disdukcapil, DPMPTSP, Bapenda.
   */
  REGIONAL_GOVERNMENT,
  /**
   * Instansi vertikal: the local office of a central ministry or agency, for example Polres,
   * Kejaksaan Negeri, Pengadilan Agama, Kantor Kementerian Agama, Kantor Pertanahan, Kantor
   * Imigrasi, KPP (tax office).
   */
  VERTICAL_AGENCY,
  /** Badan hukum publik: a public legal entity, such as BPJS Kesehatan and BPJS Ketenagakerjaan. */
  PUBLIC_LEGAL_ENTITY,
  /** BUMN (badan usaha milik negara): a state-owned enterprise, for example PLN, Pos Indonesia, Taspen. */
  STATE_OWNED_ENTERPRISE,
  /** BUMD (badan usaha milik daerah): a region-owned enterprise other than a bank, for example PDAM. */
  REGIONAL_OWNED_ENTERPRISE,
  /** Bank: a bank serving as payment point or lender, for example Bank Lampung (a BPD). */
  BANK,
  /** Swasta: a private company. */
  PRIVATE,
  /** Lainnya: any other kind, for example a joint office such as Samsat. */
  OTHER,
  /** Not stated, or a kind this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
