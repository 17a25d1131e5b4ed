package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Jenis biaya: whether a service is free and, if not, what kind of charge applies. */
public enum FeeType {
  /** Gratis / tidak dipungut biaya: the service is free of charge. */
  FREE,
  /**
   * PNBP (penerimaan negara bukan pajak): a central-government non-tax charge set by a Peraturan
   * Pemerintah, for example SKCK, SIM, passports, land services. Needs its legal basis.
   */
  PNBP,
  /**
   * Retribusi daerah: a regional levy set by a Perda under UU 1/2022 (HKPD), for example the PBG
   * levy. Needs its legal basis.
   */
  RETRIBUSI,
  /**
   * Tarif lainnya: another charge, such as the fee of a BUMN, BUMD or bank, a court's advance on
   * costs (panjar biaya perkara) or a deposit.
   */
  OTHER_CHARGE,
  /** Not stated, or a value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /** @return whether a fee of this type must name its legal basis (PNBP and retribusi) */
  public boolean requiresLegalBasis() {
    return this == PNBP || this == RETRIBUSI;
  }
}
