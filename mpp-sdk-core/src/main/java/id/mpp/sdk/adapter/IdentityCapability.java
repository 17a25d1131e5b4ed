package id.mpp.sdk.adapter;

/**
 * The agency checks a citizen's claimed identity elements against its population record and
 * answers with match results only (data minimisation, UU PDP 27/2022).
 */
public interface IdentityCapability extends AgencyCapability {

  /**
   * Checks claimed elements against the record of a NIK.
   *
   * @param check the NIK, the claimed elements, the threshold and the purpose
   * @return the match results
   */
  IdentityMatch verify(IdentityCheck check);
}
