package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.ApplicationStatus.CANCELLED;
import static id.mpp.sdk.tracking.ApplicationStatus.COMPLETED;
import static id.mpp.sdk.tracking.ApplicationStatus.IN_PROCESS;
import static id.mpp.sdk.tracking.ApplicationStatus.NEEDS_REVISION;
import static id.mpp.sdk.tracking.ApplicationStatus.READY_FOR_PICKUP;
import static id.mpp.sdk.tracking.ApplicationStatus.RECEIVED;
import static id.mpp.sdk.tracking.ApplicationStatus.REJECTED;
import static id.mpp.sdk.tracking.ApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

class StatusMachineTest {

  private static final List<Role> AGENCY = List.of(Role.AGENCY);

  @Test
  void defaults_whenBuilt_usesEveryCanonicalStatusButUnknown() {
    assertThat(StatusMachine.defaults().states())
        .isEqualTo(EnumSet.complementOf(EnumSet.of(ApplicationStatus.UNKNOWN)));
    assertThat(StatusMachine.defaults().initial()).isEqualTo(SUBMITTED);
  }

  @Test
  void defaults_whenTerminalStatus_offersNoAction() {
    for (ApplicationStatus s : ApplicationStatus.values()) {
      if (s.isTerminal()) {
        assertThat(StatusMachine.defaults().actionsFrom(s)).as(s.name()).isEmpty();
      }
    }
  }

  @Test
  void actionsFrom_whenRoleGiven_listsOnlyPermittedActions() {
    assertThat(StatusMachine.defaults().actionsFrom(READY_FOR_PICKUP, Role.APPLICANT)).isEmpty();
    assertThat(StatusMachine.defaults().actionsFrom(NEEDS_REVISION, Role.APPLICANT))
        .extracting(StatusAction::name).containsExactly("RESUBMIT", "CANCEL");
  }

  @Test
  void of_whenActionHasNoTarget_namesActionAndRule() {
    assertProblems(() -> StatusMachine.of("skck", SUBMITTED, List.of(
        StatusAction.of("RECEIVE", List.of(SUBMITTED), null, AGENCY),
        StatusAction.of("FINISH", List.of(SUBMITTED), COMPLETED, AGENCY))),
        v -> {
          assertThat(v.field()).isEqualTo("actions[0].to");
          assertThat(v.rule()).isEqualTo("statusMachine.noTarget");
          assertThat(v.message()).contains("'skck'", "'RECEIVE'");
        });
  }

  @Test
  void of_whenStatusUnreachable_namesTheStatus() {
    assertProblems(() -> StatusMachine.of("skck", SUBMITTED, List.of(
        StatusAction.of("FINISH", List.of(SUBMITTED), COMPLETED, AGENCY),
        StatusAction.of("DROP", List.of(IN_PROCESS), REJECTED, AGENCY))),
        v -> {
          assertThat(v.rule()).isEqualTo("statusMachine.unreachable");
          assertThat(v.message()).contains("status IN_PROCESS cannot be reached");
        },
        v -> assertThat(v.message()).contains("status REJECTED cannot be reached"));
  }

  @Test
  void of_whenNoTerminalReachableFromAStatus_namesTheStuckStatus() {
    // the OpenCPS defect: IN_PROCESS and NEEDS_REVISION only lead to each other
    assertProblems(() -> StatusMachine.of("izin", SUBMITTED, List.of(
        StatusAction.of("START", List.of(SUBMITTED), IN_PROCESS, AGENCY),
        StatusAction.of("CANCEL", List.of(SUBMITTED), CANCELLED, AGENCY),
        StatusAction.of("RETURN", List.of(IN_PROCESS), NEEDS_REVISION, AGENCY),
        StatusAction.of("RESUBMIT", List.of(NEEDS_REVISION), IN_PROCESS, AGENCY))),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.noWayOut"),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.noWayOut"));
  }

  @Test
  void of_whenNoTerminalAtAll_reportsEveryStuckStatus() {
    assertThatThrownBy(() -> StatusMachine.of("loop", SUBMITTED, List.of(
        StatusAction.of("START", List.of(SUBMITTED), IN_PROCESS, AGENCY))))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("from status SUBMITTED"))
                .anySatisfy(m -> assertThat(m).contains("from status IN_PROCESS")));
  }

  @Test
  void of_whenActionStartsFromTerminal_isRefused() {
    assertProblems(() -> StatusMachine.of("m", SUBMITTED, List.of(
        StatusAction.of("FINISH", List.of(SUBMITTED), COMPLETED, AGENCY),
        StatusAction.of("REOPEN", List.of(COMPLETED), IN_PROCESS, AGENCY))),
        v -> {
          assertThat(v.field()).isEqualTo("actions[1].from");
          assertThat(v.rule()).isEqualTo("statusMachine.fromTerminal");
        });
  }

  @Test
  void of_whenUnknownStatusesAndRoles_reportsEachTogether() {
    assertProblems(() -> StatusMachine.of("m", SUBMITTED, List.of(
        StatusAction.of("A", List.of(ApplicationStatus.UNKNOWN), COMPLETED, AGENCY),
        StatusAction.of("B", List.of(SUBMITTED), ApplicationStatus.UNKNOWN, AGENCY),
        StatusAction.of("C", List.of(SUBMITTED), COMPLETED, List.of(Role.UNKNOWN)),
        StatusAction.of("D", List.of(SUBMITTED), REJECTED, List.of()))),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.unknownState"),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.unknownState"),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.noRole"),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.noRole"));
  }

  @Test
  void of_whenNamesBadOrDuplicated_reportsBoth() {
    assertProblems(() -> StatusMachine.of("m", SUBMITTED, List.of(
        StatusAction.of("finish", List.of(SUBMITTED), COMPLETED, AGENCY),
        StatusAction.of("END", List.of(SUBMITTED), COMPLETED, AGENCY),
        StatusAction.of("END", List.of(SUBMITTED), REJECTED, AGENCY))),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.actionName"),
        v -> {
          assertThat(v.field()).isEqualTo("actions[2].name");
          assertThat(v.rule()).isEqualTo("statusMachine.duplicateAction");
        });
  }

  @Test
  void of_whenSelfLoopOrNoSource_isRefused() {
    assertProblems(() -> StatusMachine.of("m", SUBMITTED, List.of(
        StatusAction.of("FINISH", List.of(SUBMITTED), COMPLETED, AGENCY),
        StatusAction.of("NOTE", List.of(SUBMITTED), SUBMITTED, AGENCY),
        StatusAction.of("ORPHAN", List.of(), REJECTED, AGENCY))),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.selfLoop"),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.noSource"));
  }

  @Test
  void of_whenInitialTerminalAndNameBlank_reportsBoth() {
    assertProblems(() -> StatusMachine.of(" ", COMPLETED, List.of()),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.name"),
        v -> assertThat(v.rule()).isEqualTo("statusMachine.initial"));
  }

  @Test
  void requireAction_whenPermitted_returnsAction() {
    StatusAction action = StatusMachine.defaults().requireAction("REJECT", IN_PROCESS,
        Role.AGENCY);
    assertThat(action.to()).isEqualTo(REJECTED);
    assertThat(action.reasonRequired()).isTrue();
  }

  @Test
  void requireAction_whenWrongStatus_conflictsWithIllegalTransition() {
    assertThatThrownBy(() -> StatusMachine.defaults().requireAction("HAND_OVER", NEEDS_REVISION,
        Role.COUNTER_OFFICER))
        .isInstanceOfSatisfying(ConflictException.class, e ->
            assertThat(e.reason()).isEqualTo("illegal_transition"));
  }

  @Test
  void requireAction_whenRoleNotListed_conflictsWithNotPermitted() {
    assertThatThrownBy(() -> StatusMachine.defaults().requireAction("REJECT", IN_PROCESS,
        Role.APPLICANT))
        .isInstanceOfSatisfying(ConflictException.class, e ->
            assertThat(e.reason()).isEqualTo("not_permitted"));
  }

  @Test
  void requireAction_whenUnknownName_failsValidationOnActionField() {
    assertThatThrownBy(() -> StatusMachine.defaults().requireAction("APPROVE", IN_PROCESS,
        Role.AGENCY))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("action");
          assertThat(e.violations().get(0).rule()).isEqualTo("statusMachine.unknownAction");
        });
  }

  @Test
  void findTransition_whenAgencyReportsReady_findsMarkReady() {
    assertThat(StatusMachine.defaults().findTransition(RECEIVED, READY_FOR_PICKUP, Role.AGENCY))
        .map(StatusAction::name).contains("MARK_READY");
    assertThat(StatusMachine.defaults().findTransition(READY_FOR_PICKUP, IN_PROCESS,
        Role.AGENCY)).isEmpty();
  }

  @Test
  void json_whenRoundTripped_isEqualAndCarriesKind() {
    String json = MppJson.defaults().write(StatusMachine.defaults());
    assertThat(json).startsWith("{\"apiVersion\":\"mpp.sdk/v1\",\"kind\":\"StatusMachine\"");
    assertThat(MppJson.defaults().read(json, StatusMachine.class))
        .isEqualTo(StatusMachine.defaults());
  }

  @Test
  void json_whenConfigurationLacksTarget_failsNamingTheAction() {
    String json = """
        {"apiVersion":"mpp.sdk/v1","kind":"StatusMachine","name":"skck","initial":"SUBMITTED",
         "actions":[
           {"name":"RECEIVE","from":["SUBMITTED"],"roles":["AGENCY"]},
           {"name":"FINISH","from":["SUBMITTED"],"to":"COMPLETED","roles":["AGENCY","ROBOT"]}
         ]}""";
    assertThatThrownBy(() -> MppJson.defaults().read(json, StatusMachine.class))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("actions[0].to", "actions[1].roles"));
  }

  @SafeVarargs
  private static void assertProblems(Runnable build, ThrowingConsumer<Violation>... expected) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(MppValidationException.class, e ->
        assertThat(e.violations()).satisfiesExactly(expected));
  }
}
