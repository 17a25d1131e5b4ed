package id.mpp.sdk.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.mpp.sdk.validation.Nik;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipQueryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void byMemberNumber_whenPrinted_masksNumber() {
    MembershipQuery query = MembershipQuery.byMemberNumber("0001383605256", DAY);

    assertThat(query.toString()).contains("0001*******56").doesNotContain("0001383605256");
    assertThat(query.findNik()).isEmpty();
  }

  @Test
  void byNik_whenPrinted_masksNik() {
    MembershipQuery query = MembershipQuery.byNik(Nik.parse("3201010101900001"), DAY);

    assertThat(query.toString()).doesNotContain("3201010101900001");
    assertThat(query.findMemberNumber()).isEmpty();
  }

  @Test
  void constructor_whenBothOrNeither_rejects() {
    assertThatIllegalArgumentException().isThrownBy(() -> new MembershipQuery(null, null, DAY));
    assertThatIllegalArgumentException().isThrownBy(() -> new MembershipQuery("0001383605256",
        Nik.parse("3201010101900001"), DAY));
  }

  @Test
  void constructor_whenNumberHasLetters_rejectsWithoutEchoing() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MembershipQuery.byMemberNumber("00013836X5256", DAY))
        .withMessageNotContaining("00013836X5256");
  }

  @Test
  void notFound_whenBuilt_isInactiveWithoutDetails() {
    MembershipStatus status = MembershipStatus.notFound(DAY);

    assertThat(status.found()).isFalse();
    assertThat(status.active()).isFalse();
    assertThat(status.findMembershipClass()).isEmpty();
  }

  @Test
  void status_whenUnknownButActive_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MembershipStatus(false, true, "", "", null, null, DAY));
  }
}
