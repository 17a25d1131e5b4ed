package id.mpp.sdk.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.ElementMatch;
import id.mpp.sdk.adapter.IdentityCapability;
import id.mpp.sdk.adapter.IdentityCheck;
import id.mpp.sdk.adapter.IdentityElement;
import id.mpp.sdk.adapter.IdentityMatch;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.validation.Nik;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for adapters offering {@link IdentityCapability} (contract ids
 * {@code C-IDN-xx}), on top of every {@link AgencyAdapterContractTest} contract. The author adds
 * a population record to the simulator and names checks against it: one whose every claim
 * matches, one with a wrong claim, one for a NIK without a record, a claim the adapter refuses
 * before sending, and a structurally invalid NIK.
 *
 * @param <S> the agency simulator
 */
public abstract class IdentityContractTest<S extends AgencySimulator>
    extends AgencyAdapterContractTest<S> {

  private static final int SHORTEST_PERSONAL_VALUE = 4;

  /**
   * Adds to the simulator the records the checks are made against; called before every test,
   * after the simulator was reset.
   *
   * @param simulator the running simulator
   */
  protected abstract void addRecords(S simulator);

  /** @return a check of a known NIK whose every claimed element matches the record */
  protected abstract IdentityCheck matchingCheck();

  /** @return a check of a known NIK where at least one claimed element is wrong */
  protected abstract IdentityCheck nonMatchingCheck();

  /** @return a check of a well-formed NIK the agency has no record for */
  protected abstract IdentityCheck unknownNikCheck();

  /** @return a check the adapter refuses before sending (for example a malformed birth date) */
  protected abstract IdentityCheck invalidCheck();

  /** @return the field the refusal of {@link #invalidCheck()} names, e.g. {@code claimed.X} */
  protected abstract String invalidCheckField();

  /** @return a text of 16 digits that is not a valid NIK (for example day 32 of its birth date) */
  protected abstract String invalidNik();

  @BeforeEach
  final void addRecordsToTheSimulator() {
    addRecords(simulator());
  }

  private IdentityMatch verify(IdentityCheck check) {
    return capability(IdentityCapability.class).verify(check);
  }

  @Override
  protected void callAgency(AgencyAdapter adapter) {
    adapter.capability(IdentityCapability.class).orElseThrow().verify(matchingCheck());
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    IdentityCapability identity = adapter.capability(IdentityCapability.class).orElseThrow();
    identity.verify(nonMatchingCheck());
    identity.verify(unknownNikCheck());
    catchThrowable(() -> identity.verify(invalidCheck()));
  }

  @Override
  protected Collection<String> personalData() {
    List<String> values = new ArrayList<>(super.personalData());
    values.add(invalidNik());
    for (IdentityCheck check : checks()) {
      values.add(check.nik().value());
      check.claimed().values().stream().filter(v -> v.length() >= SHORTEST_PERSONAL_VALUE)
          .forEach(values::add);
    }
    return values;
  }

  private List<IdentityCheck> checks() {
    return List.of(matchingCheck(), nonMatchingCheck(), unknownNikCheck(), invalidCheck());
  }

  private static void assertResultPerClaim(IdentityCheck check, IdentityMatch match) {
    assertThat(match.elements().keySet()).as("elements of the answer")
        .isEqualTo(check.claimed().keySet());
    match.elements().forEach((element, result) -> {
      assertThat(result.scorePercent()).as("score of %s", element).isBetween(0, 100);
      assertThat(result.matched()).as("match of %s (score %d, threshold %d)", element,
          result.scorePercent(), check.thresholdPercent())
          .isEqualTo(result.scorePercent() >= check.thresholdPercent());
    });
  }

  @Test
  @DisplayName("C-IDN-01 identity: a matching claim verifies, with a result and a score per"
      + " element and no record data")
  void verify_whenEveryClaimMatches_matchesEachElementWithoutRecordData() {
    IdentityCheck check = matchingCheck();

    IdentityMatch match = verify(check);

    assertThat(match.nikFound()).isTrue();
    assertThat(match.matchedAll()).isTrue();
    assertResultPerClaim(check, match);
    assertThat(match.elements().values()).allSatisfy(r -> assertThat(r.matched()).isTrue());
    assertNoPersonalData("the match", match.toString());
  }

  @Test
  @DisplayName("C-IDN-02 identity: a wrong claim is a non-match with its score, not an error")
  void verify_whenAClaimIsWrong_isANonMatchNotAnError() {
    IdentityCheck check = nonMatchingCheck();

    IdentityMatch match = verify(check);

    assertThat(match.nikFound()).isTrue();
    assertThat(match.matchedAll()).isFalse();
    assertResultPerClaim(check, match);
    assertThat(match.elements().values()).extracting(ElementMatch::matched).contains(false);
    assertNoPersonalData("the match", match.toString());
  }

  @Test
  @DisplayName("C-IDN-03 identity: a NIK without a record is an answer (nikFound = false), not"
      + " an error, in one request")
  void verify_whenTheNikIsUnknown_isAnAnswerInOneRequest() {
    callAgency(adapter());
    long before = requestsSeen();

    IdentityMatch match = verify(unknownNikCheck());

    assertThat(match.nikFound()).isFalse();
    assertThat(match.matchedAll()).isFalse();
    assertThat(match.elements()).isEmpty();
    assertThat(requestsSeen() - before).isEqualTo(1);
  }

  @Test
  @DisplayName("C-IDN-04 identity: an invalid NIK is a validation error naming the nik field,"
      + " never the value, and reaches no agency")
  void verify_whenTheNikIsInvalid_isAValidationErrorNamingTheField() {
    Map<IdentityElement, String> claimed = matchingCheck().claimed();

    Throwable thrown = catchThrowable(() -> verify(new IdentityCheck(Nik.parse(invalidNik()),
        claimed, matchingCheck().thresholdPercent(), matchingCheck().purpose())));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .containsOnly("nik");
    assertSafeError(thrown);
    assertThat(requestsSeen()).isZero();
  }

  @Test
  @DisplayName("C-IDN-05 identity: a claim the adapter refuses is a validation error naming the"
      + " field, echoing no claimed value or NIK, and is not sent")
  void verify_whenAClaimIsInvalid_isAValidationErrorNamingTheField() {
    Throwable thrown = catchThrowable(() -> verify(invalidCheck()));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations()).extracting(Violation::field)
        .contains(invalidCheckField());
    assertSafeError(thrown);
    assertThat(requestsSeen()).isZero();
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-IDN-06 identity: no NIK or claimed value in logs, the check or the answers")
  void verify_printsAndLogsNoPersonalData() {
    List<String> answers = new ArrayList<>();
    String logged;
    try (LogCapture log = LogCapture.start()) {
      for (IdentityCheck check : List.of(matchingCheck(), nonMatchingCheck(),
          unknownNikCheck())) {
        answers.add(verify(check).toString());
      }
      assertSafeError(catchThrowable(() -> verify(invalidCheck())));
      logged = log.text();
    }

    assertNoPersonalData("the log", logged);
    assertNoPersonalData("the answers", String.join("\n", answers));
    for (IdentityCheck check : checks()) {
      assertNoPersonalData("the check", check.toString());
    }
  }
}
