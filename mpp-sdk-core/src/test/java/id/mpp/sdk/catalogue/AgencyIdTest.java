package id.mpp.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"bpjs-kesehatan", "bpjs-ketenagakerjaan", "polres", "dukcapil",
      "bank-lampung", "pa", "dpmptsp-kota-bandung", "kantah-3273"})
  void of_whenLowerCaseWordsJoinedByHyphens_isValid(String text) {
    AgencyId id = AgencyId.of(text);
    assertThat(id.value()).isEqualTo(text);
    assertThat(id.toString()).isEqualTo(text);
  }

  @Test
  void of_whenFortyCharacters_isValid() {
    assertThat(AgencyId.of("a".repeat(40)).value()).hasSize(40);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BPJS-Kesehatan", "bpjs_kesehatan", "bpjs kesehatan", "-polres",
      "polres-", "bpjs--kesehatan", "a", "", "dukcapil.", "kejaksaan-négeri", " polres"})
  void of_whenFormatWrong_refusesWithFormatRule(String text) {
    assertThatThrownBy(() -> AgencyId.of(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("agencyId", "agencyId.format")));
  }

  @Test
  void of_whenFortyOneCharacters_refuses() {
    assertThatThrownBy(() -> AgencyId.of("a".repeat(41)))
        .isInstanceOf(MppValidationException.class);
  }

  @Test
  void of_whenNull_throwsNullPointerNamingTheValue() {
    assertThatThrownBy(() -> AgencyId.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void compareTo_ordersAlphabetically() {
    TreeSet<AgencyId> ids = new TreeSet<>(List.of(AgencyId.of("polres"),
        AgencyId.of("bank-lampung"), AgencyId.of("dukcapil")));
    assertThat(ids).extracting(AgencyId::value)
        .containsExactly("bank-lampung", "dukcapil", "polres");
  }

  @Test
  void json_roundTrip_isThePlainString() {
    AgencyId id = AgencyId.of("bpjs-kesehatan");
    assertThat(MppJson.defaults().write(id)).isEqualTo("\"bpjs-kesehatan\"");
    assertThat(MppJson.defaults().read("\"bpjs-kesehatan\"", AgencyId.class)).isEqualTo(id);
  }
}
