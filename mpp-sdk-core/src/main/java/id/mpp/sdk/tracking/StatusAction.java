package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One named action of a {@link StatusMachine}: from which statuses it may be taken, which status it
 * leads to, and which roles may take it, for example {@code REJECT: [SUBMITTED, RECEIVED,
 * IN_PROCESS] → REJECTED by AGENCY, COUNTER_OFFICER, reason required}.
 *
 * <p>An action is checked as part of its machine ({@link StatusMachine}'s constructor reports
 * every problem of every action at once), so this record only copies its lists; a missing list
 * becomes an empty one and is reported by the machine.
 *
 * @param name the action name, upper-case words joined by {@code _}, unique in the machine
 * @param from the statuses the action may be taken from
 * @param to the status it leads to; {@code null} only in a configuration the machine refuses
 * @param roles the roles that may take it
 * @param reasonRequired whether the actor must give a reason (for example when rejecting)
 */
public record StatusAction(String name, List<ApplicationStatus> from, ApplicationStatus to,
    List<Role> roles, boolean reasonRequired) {

  /**
   * Copies the lists; a {@code null} list becomes empty and a {@code null} element becomes
   * {@code UNKNOWN}, and the machine reports both.
   */
  public StatusAction {
    from = copy(from, ApplicationStatus.UNKNOWN);
    roles = copy(roles, Role.UNKNOWN);
  }

  /**
   * Creates an action.
   *
   * @param name the name, for example {@code MARK_READY}
   * @param from the statuses it may be taken from
   * @param to the status it leads to
   * @param roles the roles that may take it
   * @return the action (checked when its machine is built)
   */
  public static StatusAction of(String name, List<ApplicationStatus> from, ApplicationStatus to,
      List<Role> roles) {
    return new StatusAction(name, from, to, roles, false);
  }

  /**
   * Reads an action from JSON, where {@code reasonRequired} may be left out (it means
   * {@code false}).
   *
   * @param name the name
   * @param from the source statuses
   * @param to the target status
   * @param roles the roles
   * @param reasonRequired whether a reason is required, or {@code null} for no
   * @return the action
   */
  @JsonCreator
  static StatusAction fromJson(@JsonProperty("name") String name,
      @JsonProperty("from") List<ApplicationStatus> from,
      @JsonProperty("to") ApplicationStatus to, @JsonProperty("roles") List<Role> roles,
      @JsonProperty("reasonRequired") Boolean reasonRequired) {
    return new StatusAction(name, from, to, roles, Boolean.TRUE.equals(reasonRequired));
  }

  /**
   * Returns this action with a reason required.
   *
   * @return a copy that requires a reason
   */
  public StatusAction withReasonRequired() {
    return new StatusAction(name, from, to, roles, true);
  }

  /**
   * Whether a role may take this action.
   *
   * @param role the role
   * @return whether it is listed
   */
  public boolean permits(Role role) {
    return role != Role.UNKNOWN && roles.contains(role);
  }

  private static <T> List<T> copy(List<T> list, T unknown) {
    if (list == null) {
      return List.of();
    }
    return list.stream().map(t -> t == null ? unknown : t).toList();
  }
}
