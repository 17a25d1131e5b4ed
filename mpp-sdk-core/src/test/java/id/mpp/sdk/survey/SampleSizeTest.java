package id.mpp.sdk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleSizeTest {

  @ParameterizedTest
  @CsvSource({"10,10", "15,14", "20,19", "25,24", "30,28", "50,44", "75,63", "100,80",
      "150,108", "200,132", "250,152", "300,169", "400,196", "500,217", "750,254", "1000,278",
      "1500,306", "2000,322", "3000,341", "5000,357", "10000,370", "20000,377", "50000,381",
      "100000,384"})
  void required_whenPopulationIsATableRow_givesThePrintedSample(long population, int sample) {
    assertThat(SampleSize.required(population)).isEqualTo(sample);
  }

  @ParameterizedTest
  @CsvSource({"41,40", "101,86", "109,86", "1001,285", "99999,384"})
  void required_whenBetweenRows_takesTheNextRowUp(long population, int sample) {
    assertThat(SampleSize.required(population)).isEqualTo(sample);
  }

  @ParameterizedTest
  @CsvSource({"0,0", "1,1", "7,7", "11,11", "16,16", "31,31"})
  void required_whenPopulationSmallerThanTheRow_surveysEveryone(long population, int sample) {
    assertThat(SampleSize.required(population)).isEqualTo(sample);
  }

  @ParameterizedTest
  @CsvSource({"100001", "500000", "1000000", "50000000"})
  void required_whenBeyondTheTable_isTheFormulaButNeverBelowTheLastRow(long population) {
    assertThat(SampleSize.required(population)).isEqualTo(384);
  }

  @Test
  void formula_whenOneHundredThousand_is383WhereTheTablePrints384() {
    // 96025 * 100000 / (250 * 99999 + 96025) = 9602500000 / 25095775 = 382.63 -> 383
    assertThat(SampleSize.formula(100_000)).isEqualTo(383);
  }

  @Test
  void formula_whenOneMillion_is384() {
    // 96025 * 10^6 / (250 * 999999 + 96025) = 96025000000 / 250095775 = 383.95 -> 384
    assertThat(SampleSize.formula(1_000_000)).isEqualTo(384);
  }

  @Test
  void table_everyRowButOneHundredThousandEqualsTheFormula() {
    assertThat(SampleSize.table())
        .filteredOn(row -> row.population() != 100_000)
        .allSatisfy(row -> assertThat(SampleSize.formula(row.population()))
            .as("N = %d", row.population()).isEqualTo(row.sample()));
  }

  @Test
  void table_isIncreasingInPopulationAndSample() {
    var rows = SampleSize.table();
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).population()).isGreaterThan(rows.get(i - 1).population());
      assertThat(rows.get(i).sample()).isGreaterThanOrEqualTo(rows.get(i - 1).sample());
    }
  }

  @Test
  void required_whenNegative_isRefusedNamingPopulation() {
    assertThatThrownBy(() -> SampleSize.required(-1))
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("population"));
  }

  @Test
  void adequacy_whenFewerResponses_reportsShortfall() {
    SampleAdequacy adequacy = SampleAdequacy.of(1000, 250);

    assertThat(adequacy.required()).isEqualTo(278);
    assertThat(adequacy.reached()).isFalse();
    assertThat(adequacy.shortfall()).isEqualTo(28);
  }

  @Test
  void adequacy_whenEnoughResponses_isReached() {
    SampleAdequacy adequacy = SampleAdequacy.of(100, 80);

    assertThat(adequacy.reached()).isTrue();
    assertThat(adequacy.shortfall()).isZero();
  }
}
