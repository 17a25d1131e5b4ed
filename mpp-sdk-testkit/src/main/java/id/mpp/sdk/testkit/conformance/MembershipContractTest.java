package id.mpp.sdk.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.MembershipCapability;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.adapter.MembershipStatus;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for adapters offering {@link MembershipCapability} (contract ids
 * {@code C-MEM-xx}), on top of every {@link AgencyAdapterContractTest} contract. The author names
 * four members the simulator knows: active (looked up by number and by NIK), inactive and unknown.
 *
 * @param <S> the agency simulator
 */
public abstract class MembershipContractTest<S extends AgencySimulator>
    extends AgencyAdapterContractTest<S> {

  /** @return a look-up by membership number of a member who is active on the date */
  protected abstract MembershipQuery activeMemberByNumber();

  /** @return a look-up by NIK of a member who is active on the date */
  protected abstract MembershipQuery activeMemberByNik();

  /** @return a look-up of a member who exists but is not active */
  protected abstract MembershipQuery inactiveMember();

  /** @return a look-up of a member the agency does not know */
  protected abstract MembershipQuery unknownMember();

  private MembershipStatus check(MembershipQuery query) {
    return capability(MembershipCapability.class).checkMembership(query);
  }

  @Override
  protected void callAgency(AgencyAdapter adapter) {
    adapter.capability(MembershipCapability.class).orElseThrow()
        .checkMembership(activeMemberByNumber());
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    MembershipCapability membership = adapter.capability(MembershipCapability.class)
        .orElseThrow();
    for (MembershipQuery query : List.of(activeMemberByNik(), inactiveMember(),
        unknownMember())) {
      membership.checkMembership(query);
    }
  }

  @Override
  protected Collection<String> personalData() {
    List<String> values = new ArrayList<>(super.personalData());
    for (MembershipQuery query : List.of(activeMemberByNumber(), activeMemberByNik(),
        inactiveMember(), unknownMember())) {
      query.findMemberNumber().ifPresent(values::add);
      query.findNik().ifPresent(nik -> values.add(nik.value()));
    }
    return values;
  }

  @Test
  @DisplayName("C-MEM-01 membership: an active member found by number is active on the date")
  void checkMembership_byNumberWhenActive_isFoundAndActive() {
    MembershipQuery query = activeMemberByNumber();

    MembershipStatus status = check(query);

    assertThat(status.found()).isTrue();
    assertThat(status.active()).isTrue();
    assertThat(status.nativeStatus()).isNotBlank();
    assertThat(status.onDate()).isEqualTo(query.onDate());
  }

  @Test
  @DisplayName("C-MEM-02 membership: an active member found by NIK is active")
  void checkMembership_byNikWhenActive_isFoundAndActive() {
    MembershipStatus status = check(activeMemberByNik());

    assertThat(status.found()).isTrue();
    assertThat(status.active()).isTrue();
  }

  @Test
  @DisplayName("C-MEM-03 membership: an inactive member is found, not active, with the agency's"
      + " status")
  void checkMembership_whenInactive_isFoundNotActiveWithStatus() {
    MembershipStatus status = check(inactiveMember());

    assertThat(status.found()).isTrue();
    assertThat(status.active()).isFalse();
    assertThat(status.statusDescription()).isNotBlank();
  }

  @Test
  @DisplayName("C-MEM-04 membership: an unknown member is an answer, not an error, in one"
      + " request")
  void checkMembership_whenUnknown_isNotFoundInOneRequest() {
    callAgency(adapter());
    long before = requestsSeen();

    MembershipStatus status = check(unknownMember());

    assertThat(status.found()).isFalse();
    assertThat(status.active()).isFalse();
    assertThat(requestsSeen() - before).isEqualTo(1);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-MEM-05 membership: the answer and the query print no personal data")
  void checkMembership_answerAndQuery_printNoPersonalData() {
    MembershipStatus status = check(activeMemberByNik());

    assertNoPersonalData("the status", status.toString());
    assertNoPersonalData("the query", activeMemberByNik().toString());
    assertNoPersonalData("the query", activeMemberByNumber().toString());
  }
}
