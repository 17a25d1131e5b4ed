package id.mpp.sdk.tracking;

import id.mpp.sdk.MppValidationException;
import java.util.Objects;

/**
 * Who performed an action: a role and an identifier that is not personal data (an officer's
 * user name or staff number, an agency id, {@code system}); never a NIK or phone number.
 *
 * @param role the role
 * @param id the identifier, 1–64 printable characters
 */
public record Actor(Role role, String id) {

  /**
   * Checks the values.
   *
   * @throws MppValidationException if the id is blank, too long or has control characters, or the
   *     role is {@link Role#UNKNOWN}
   */
  public Actor {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(id, "id");
    if (role == Role.UNKNOWN) {
      throw MppValidationException.of("actor.role", "actor.role", "actor role must be known");
    }
    if (id.isBlank() || id.length() > 64 || id.chars().anyMatch(Character::isISOControl)) {
      throw MppValidationException.of("actor.id", "actor.id",
          "actor id must be 1-64 printable characters");
    }
  }

  /** @return the SDK itself, for escalations and sweeps */
  public static Actor system() {
    return new Actor(Role.SYSTEM, "system");
  }

  /**
   * The agency's back-end.
   *
   * @param agencyId the agency id, for example {@code polres}
   * @return the actor
   */
  public static Actor agency(String agencyId) {
    return new Actor(Role.AGENCY, agencyId);
  }

  /**
   * An officer at a counter (petugas loket).
   *
   * @param officerId the officer's user name or staff number
   * @return the actor
   */
  public static Actor counterOfficer(String officerId) {
    return new Actor(Role.COUNTER_OFFICER, officerId);
  }

  /**
   * An MPP operator.
   *
   * @param operatorId the operator's user name
   * @return the actor
   */
  public static Actor operator(String operatorId) {
    return new Actor(Role.OPERATOR, operatorId);
  }

  /** @return the applicant, acting through a kiosk, app or tracking page */
  public static Actor applicant() {
    return new Actor(Role.APPLICANT, "applicant");
  }
}
