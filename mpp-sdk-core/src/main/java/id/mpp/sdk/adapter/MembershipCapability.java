package id.mpp.sdk.adapter;

/**
 * The agency answers whether a citizen is a member (peserta) of its scheme and whether the
 * membership is active, as BPJS Kesehatan's participant look-up does: by membership number or by
 * NIK, for a given date. The answer carries the membership status only, never the member's
 * name, birth date or address (data minimisation, UU PDP 27/2022).
 *
 * <p>Errors: an unreachable agency is {@link id.mpp.sdk.AgencyUnavailableException}; a query the
 * agency refuses (a malformed number) {@link id.mpp.sdk.AgencyRejectedException}. An unknown
 * member is not an error: {@link MembershipStatus#found()} is {@code false}.
 */
public interface MembershipCapability extends AgencyCapability {

  /**
   * Checks a membership.
   *
   * @param query the membership number or NIK, and the date the membership must hold on
   * @return the status
   */
  MembershipStatus checkMembership(MembershipQuery query);
}
