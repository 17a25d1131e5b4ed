package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.ApplicationStatus.CANCELLED;
import static id.mpp.sdk.tracking.ApplicationStatus.COMPLETED;
import static id.mpp.sdk.tracking.ApplicationStatus.EXPIRED;
import static id.mpp.sdk.tracking.ApplicationStatus.IN_PROCESS;
import static id.mpp.sdk.tracking.ApplicationStatus.NEEDS_REVISION;
import static id.mpp.sdk.tracking.ApplicationStatus.READY_FOR_PICKUP;
import static id.mpp.sdk.tracking.ApplicationStatus.RECEIVED;
import static id.mpp.sdk.tracking.ApplicationStatus.REJECTED;
import static id.mpp.sdk.tracking.ApplicationStatus.SUBMITTED;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.WireDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The status state machine of a service, configured as data: the canonical statuses are its
 * states, and named {@link StatusAction}s move an application between them, each allowed to the
 * roles it lists. A machine is written in code or read from JSON ({@code kind: StatusMachine}).
 *
 * <p>It is checked when built, and every problem is reported at once in one
 * {@link MppValidationException} whose violations name the action and the state:
 * <ul>
 *   <li>{@code statusMachine.name}: the machine has no name;</li>
 *   <li>{@code statusMachine.initial}: the initial status is missing, unknown or terminal;</li>
 *   <li>{@code statusMachine.actionName}: an action name is not upper-case words joined by
 *       {@code _}; {@code statusMachine.duplicateAction}: two actions share a name;</li>
 *   <li>{@code statusMachine.noSource}: an action has no status to start from;
 *       {@code statusMachine.noTarget}: an action leads nowhere;</li>
 *   <li>{@code statusMachine.unknownState}: an action names {@code UNKNOWN} (or a status this SDK
 *       does not know);</li>
 *   <li>{@code statusMachine.fromTerminal}: an action starts from a terminal status;
 *       {@code statusMachine.selfLoop}: an action leads back to a status it starts from;</li>
 *   <li>{@code statusMachine.noRole}: nobody may take an action, or a role is unknown;</li>
 *   <li>{@code statusMachine.unreachable}: a status used by the machine cannot be reached from the
 *       initial status;</li>
 *   <li>{@code statusMachine.noWayOut}: from a status no terminal status can be reached (the
 *       OpenCPS defect of applications stuck for ever).</li>
 * </ul>
 *
 * @param name the machine's name, for example {@code default} or {@code POLRI-SKCK-BARU}
 * @param initial the status a new application starts in
 * @param actions the actions
 */
public record StatusMachine(String name, ApplicationStatus initial, List<StatusAction> actions)
    implements WireDocument {

  private static final Pattern ACTION_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final StatusMachine DEFAULT = buildDefault();

  /**
   * Checks the whole machine.
   *
   * @throws MppValidationException listing every problem, each naming the action and status
   */
  public StatusMachine {
    actions = actions == null ? List.of()
        : actions.stream().map(a -> a == null ? StatusAction.of(null, null, null, null) : a)
            .toList();
    List<Violation> problems = check(name, initial, actions);
    if (!problems.isEmpty()) {
      throw new MppValidationException(problems);
    }
  }

  /**
   * The default machine, used for every service without its own:
   * <pre>
   * RECEIVE           SUBMITTED → RECEIVED                                   AGENCY, SYSTEM
   * START_PROCESSING  SUBMITTED, RECEIVED → IN_PROCESS                       AGENCY, COUNTER_OFFICER
   * REQUEST_REVISION  SUBMITTED, RECEIVED, IN_PROCESS → NEEDS_REVISION       AGENCY, COUNTER_OFFICER (reason)
   * RESUBMIT          NEEDS_REVISION → IN_PROCESS                            APPLICANT, COUNTER_OFFICER, AGENCY
   * MARK_READY        SUBMITTED, RECEIVED, IN_PROCESS → READY_FOR_PICKUP     AGENCY, COUNTER_OFFICER
   * HAND_OVER         SUBMITTED, RECEIVED, IN_PROCESS, READY_FOR_PICKUP → COMPLETED
   *                                                                          COUNTER_OFFICER, AGENCY
   * REJECT            SUBMITTED, RECEIVED, IN_PROCESS, NEEDS_REVISION → REJECTED
   *                                                                          AGENCY, COUNTER_OFFICER (reason)
   * CANCEL            SUBMITTED, RECEIVED, IN_PROCESS, NEEDS_REVISION → CANCELLED
   *                                                                          APPLICANT, COUNTER_OFFICER, OPERATOR, AGENCY
   * EXPIRE            NEEDS_REVISION, READY_FOR_PICKUP → EXPIRED             SYSTEM, OPERATOR
   * </pre>
   *
   * @return the default machine
   */
  public static StatusMachine defaults() {
    return DEFAULT;
  }

  /**
   * Creates a machine.
   *
   * @param name the name
   * @param initial the initial status
   * @param actions the actions
   * @return the checked machine
   * @throws MppValidationException listing every problem
   */
  public static StatusMachine of(String name, ApplicationStatus initial,
      List<StatusAction> actions) {
    return new StatusMachine(name, initial, actions);
  }

  /**
   * Every status the machine uses: the initial one and every action's sources and target.
   *
   * @return the statuses, in canonical order
   */
  public Set<ApplicationStatus> states() {
    EnumSet<ApplicationStatus> states = EnumSet.of(initial);
    for (StatusAction a : actions) {
      states.addAll(a.from());
      states.add(a.to());
    }
    return Set.copyOf(states);
  }

  /**
   * The actions that may be taken from a status.
   *
   * @param status the current status
   * @return the actions, in configuration order; empty for a terminal status
   */
  public List<StatusAction> actionsFrom(ApplicationStatus status) {
    return actions.stream().filter(a -> a.from().contains(status)).toList();
  }

  /**
   * The actions a role may take from a status, for example to show an officer's buttons.
   *
   * @param status the current status
   * @param role the role
   * @return the actions
   */
  public List<StatusAction> actionsFrom(ApplicationStatus status, Role role) {
    return actions.stream().filter(a -> a.from().contains(status) && a.permits(role)).toList();
  }

  /**
   * Finds an action by name.
   *
   * @param actionName the name
   * @return the action, if the machine has it
   */
  public Optional<StatusAction> findAction(String actionName) {
    return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
  }

  /**
   * Checks that a role may take a named action from a status.
   *
   * @param actionName the action
   * @param current the application's current status
   * @param role the actor's role
   * @return the action
   * @throws MppValidationException if the machine has no such action (field {@code action}, rule
   *     {@code statusMachine.unknownAction})
   * @throws ConflictException {@code illegal_transition} if the action cannot be taken from the
   *     current status; {@code not_permitted} if the role may not take it
   */
  public StatusAction requireAction(String actionName, ApplicationStatus current, Role role) {
    StatusAction action = findAction(actionName).orElseThrow(() -> MppValidationException.of(
        "action", "statusMachine.unknownAction", "status machine '" + name
            + "' has no action named '" + safe(actionName) + "'"));
    if (!action.from().contains(current)) {
      throw new ConflictException("illegal_transition", "action " + action.name()
          + " cannot be taken from status " + current + " (machine '" + name + "'; allowed from "
          + action.from() + ")");
    }
    if (!action.permits(role)) {
      throw new ConflictException("not_permitted", "role " + role + " may not take action "
          + action.name() + " (machine '" + name + "'; allowed to " + action.roles() + ")");
    }
    return action;
  }

  /**
   * Finds the action that moves an application from one status to another for a role: how a
   * status reported by an agency (already mapped to the canonical set) is applied.
   *
   * @param from the current status
   * @param to the reported status
   * @param role the role reporting it, usually {@link Role#AGENCY}
   * @return the first such action in configuration order, if any
   */
  public Optional<StatusAction> findTransition(ApplicationStatus from, ApplicationStatus to,
      Role role) {
    return actions.stream()
        .filter(a -> a.from().contains(from) && a.to() == to && a.permits(role))
        .findFirst();
  }

  private static List<Violation> check(String name, ApplicationStatus initial,
      List<StatusAction> actions) {
    List<Violation> problems = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 80) {
      problems.add(new Violation("name", "statusMachine.name",
          "a status machine needs a name of 1-80 characters"));
    }
    String label = "status machine '" + (name == null ? "" : safe(name)) + "': ";
    if (initial == null || initial == ApplicationStatus.UNKNOWN || initial.isTerminal()) {
      problems.add(new Violation("initial", "statusMachine.initial", label
          + "the initial status must be a known, non-terminal status, was " + initial));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      StatusAction a = actions.get(i);
      String field = "actions[" + i + "]";
      String what = label + "action " + (a.name() == null ? "#" + i : "'" + safe(a.name()) + "'");
      if (a.name() == null || a.name().length() > 40 || !ACTION_NAME.matcher(a.name()).matches()) {
        problems.add(new Violation(field + ".name", "statusMachine.actionName", what
            + " needs a name of upper-case words joined by '_' (at most 40 characters)"));
      } else if (!names.add(a.name())) {
        problems.add(new Violation(field + ".name", "statusMachine.duplicateAction", what
            + " is defined twice; give each action one entry listing all its source statuses"));
      }
      if (a.from().isEmpty()) {
        problems.add(new Violation(field + ".from", "statusMachine.noSource", what
            + " has no status to start from"));
      }
      for (ApplicationStatus s : a.from()) {
        if (s == ApplicationStatus.UNKNOWN) {
          problems.add(new Violation(field + ".from", "statusMachine.unknownState", what
              + " starts from an unknown status"));
        } else if (s.isTerminal()) {
          problems.add(new Violation(field + ".from", "statusMachine.fromTerminal", what
              + " starts from terminal status " + s + "; nothing follows a terminal status"));
        }
      }
      if (a.to() == null) {
        problems.add(new Violation(field + ".to", "statusMachine.noTarget", what
            + " has no target status"));
      } else if (a.to() == ApplicationStatus.UNKNOWN) {
        problems.add(new Violation(field + ".to", "statusMachine.unknownState", what
            + " leads to an unknown status"));
      } else if (a.from().contains(a.to())) {
        problems.add(new Violation(field + ".to", "statusMachine.selfLoop", what
            + " leads back to " + a.to() + ", a status it starts from"));
      }
      if (a.roles().isEmpty()) {
        problems.add(new Violation(field + ".roles", "statusMachine.noRole", what
            + " lists no role that may take it"));
      } else if (a.roles().contains(Role.UNKNOWN)) {
        problems.add(new Violation(field + ".roles", "statusMachine.noRole", what
            + " lists an unknown role"));
      }
    }
    if (problems.isEmpty()) {
      checkGraph(label, initial, actions, problems);
    }
    return problems;
  }

  /** Reachability from the initial status, and a terminal status reachable from every status. */
  private static void checkGraph(String label, ApplicationStatus initial,
      List<StatusAction> actions, List<Violation> problems) {
    Map<ApplicationStatus, Set<ApplicationStatus>> next = new LinkedHashMap<>();
    EnumSet<ApplicationStatus> used = EnumSet.of(initial);
    for (StatusAction a : actions) {
      used.addAll(a.from());
      used.add(a.to());
      for (ApplicationStatus s : a.from()) {
        next.computeIfAbsent(s, k -> EnumSet.noneOf(ApplicationStatus.class)).add(a.to());
      }
    }
    Set<ApplicationStatus> reachable = reach(initial, next);
    for (ApplicationStatus s : used) {
      if (!reachable.contains(s)) {
        problems.add(new Violation("actions", "statusMachine.unreachable", label + "status " + s
            + " cannot be reached from the initial status " + initial));
      }
    }
    for (ApplicationStatus s : used) {
      if (!s.isTerminal() && reach(s, next).stream().noneMatch(ApplicationStatus::isTerminal)) {
        problems.add(new Violation("actions", "statusMachine.noWayOut", label + "from status " + s
            + " no terminal status can be reached; add an action that leads towards one of "
            + EnumSet.of(COMPLETED, REJECTED, CANCELLED, EXPIRED)));
      }
    }
  }

  private static Set<ApplicationStatus> reach(ApplicationStatus start,
      Map<ApplicationStatus, Set<ApplicationStatus>> next) {
    EnumSet<ApplicationStatus> seen = EnumSet.of(start);
    Deque<ApplicationStatus> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (ApplicationStatus n : next.getOrDefault(todo.pop(), Set.of())) {
        if (seen.add(n)) {
          todo.push(n);
        }
      }
    }
    return seen;
  }

  /** Keeps configuration names printable and short in messages. */
  private static String safe(String s) {
    return s.codePoints().filter(c -> !Character.isISOControl(c)).limit(40)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static StatusMachine buildDefault() {
    List<Role> agencyOrCounter = List.of(Role.AGENCY, Role.COUNTER_OFFICER);
    return new StatusMachine("default", SUBMITTED, List.of(
        StatusAction.of("RECEIVE", List.of(SUBMITTED), RECEIVED,
            List.of(Role.AGENCY, Role.SYSTEM)),
        StatusAction.of("START_PROCESSING", List.of(SUBMITTED, RECEIVED), IN_PROCESS,
            agencyOrCounter),
        StatusAction.of("REQUEST_REVISION", List.of(SUBMITTED, RECEIVED, IN_PROCESS),
            NEEDS_REVISION, agencyOrCounter).withReasonRequired(),
        StatusAction.of("RESUBMIT", List.of(NEEDS_REVISION), IN_PROCESS,
            List.of(Role.APPLICANT, Role.COUNTER_OFFICER, Role.AGENCY)),
        StatusAction.of("MARK_READY", List.of(SUBMITTED, RECEIVED, IN_PROCESS), READY_FOR_PICKUP,
            agencyOrCounter),
        StatusAction.of("HAND_OVER", List.of(SUBMITTED, RECEIVED, IN_PROCESS, READY_FOR_PICKUP),
            COMPLETED, List.of(Role.COUNTER_OFFICER, Role.AGENCY)),
        StatusAction.of("REJECT", List.of(SUBMITTED, RECEIVED, IN_PROCESS, NEEDS_REVISION),
            REJECTED, agencyOrCounter).withReasonRequired(),
        StatusAction.of("CANCEL", List.of(SUBMITTED, RECEIVED, IN_PROCESS, NEEDS_REVISION),
            CANCELLED, List.of(Role.APPLICANT, Role.COUNTER_OFFICER, Role.OPERATOR, Role.AGENCY)),
        StatusAction.of("EXPIRE", List.of(NEEDS_REVISION, READY_FOR_PICKUP), EXPIRED,
            List.of(Role.SYSTEM, Role.OPERATOR))));
  }

  @Override
  public String toString() {
    return "StatusMachine[" + name + ", initial=" + initial + ", actions="
        + actions.stream().map(StatusAction::name).collect(Collectors.joining(", ")) + "]";
  }
}
