package id.mpp.sdk.survey;

import id.mpp.sdk.queue.TicketId;
import static id.mpp.sdk.survey.SkmFixtures.respondents;
import static id.mpp.sdk.survey.SkmFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IKM against examples computed by hand. Notation: n respondents, T the sum of all scores,
 * S(U) the sum of one element's scores; with every element answered by everyone,
 * IKM = 25 * (sum of NRR) / 9 = 25 * T / (9 n).
 */
class IkmTest {

  private static IkmResult ikm(List<SkmResponse> responses) {
    return Ikm.compute(responses).orElseThrow();
  }

  /*
   * Four respondents, scores U1..U9:
   *   R1: 3 3 4 4 3 3 4 3 3
   *   R2: 4 3 3 4 3 4 4 3 2
   *   R3: 3 2 3 4 3 3 4 3 3
   *   R4: 3 3 2 4 4 3 4 4 3
   * S = 13 11 12 16 13 13 16 13 11 (T = 118)
   * NRR = 3.25 2.75 3.00 4.00 3.25 3.25 4.00 3.25 2.75, sum 29.5
   * index = 29.5 / 9 = 3.27777... -> 3.2778
   * IKM = 25 * 29.5 / 9 = 737.5 / 9 = 81.9444... -> 81.94 -> B (76.61 to 88.30)
   */
  private static List<SkmResponse> fourRespondents() {
    return List.of(
        response(3, 3, 4, 4, 3, 3, 4, 3, 3),
        response(4, 3, 3, 4, 3, 4, 4, 3, 2),
        response(3, 2, 3, 4, 3, 3, 4, 3, 3),
        response(3, 3, 2, 4, 4, 3, 4, 4, 3));
  }

  @Test
  void compute_whenFourRespondents_matchesHandCalculation() {
    IkmResult result = ikm(fourRespondents());

    assertThat(result.respondents()).isEqualTo(4);
    assertThat(result.weightedElements()).isEqualTo(9);
    assertThat(result.index()).isEqualByComparingTo("3.2778");
    assertThat(result.value()).isEqualTo(new BigDecimal("81.94"));
    assertThat(result.grade()).isEqualTo(IkmGrade.B);
  }

  @Test
  void compute_whenFourRespondents_elementLinesMatchHandCalculation() {
    IkmResult result = ikm(fourRespondents());

    // NRR U2 = 11 / 4 = 2.75; weighted 2.75 / 9 = 0.30555... -> 0.3056
    ElementScore prosedur = result.element(SkmElement.PROSEDUR);
    assertThat(prosedur.answered()).isEqualTo(4);
    assertThat(prosedur.total()).isEqualTo(11);
    assertThat(prosedur.nrr()).isEqualByComparingTo("2.75");
    assertThat(prosedur.weightedNrr()).isEqualByComparingTo("0.3056");
    assertThat(result.elements()).extracting(ElementScore::total)
        .containsExactly(13L, 11L, 12L, 16L, 13L, 13L, 16L, 13L, 11L);
  }

  @Test
  void compute_whenTwoElementsTieLowest_namesBothInRegulationOrder() {
    // U2 and U9 both have NRR 2.75, the lowest
    IkmResult result = ikm(fourRespondents());

    assertThat(result.lowestElements())
        .containsExactly(SkmElement.PROSEDUR, SkmElement.SARANA_PRASARANA);
    assertThat(result.lowestElement()).isEqualTo(SkmElement.PROSEDUR);
  }

  @Test
  void compute_whenOneElementLowest_namesIt() {
    // S(U3) = 1 + 2 = 3 over 2 respondents: NRR 1.5; all others 3 + 3 = 6: NRR 3
    IkmResult result = ikm(List.of(response(3, 3, 1, 3, 3, 3, 3, 3, 3),
        response(3, 3, 2, 3, 3, 3, 3, 3, 3)));

    assertThat(result.lowestElements()).containsExactly(SkmElement.WAKTU_PENYELESAIAN);
  }

  @Test
  void compute_whenWeightedValuesWouldBeRoundedEarly_resultDiffers() {
    /*
     * Same four respondents. Rounding each weighted NRR to two decimals first, as some printed
     * write-ups do: 3.25/9 = 0.3611 -> 0.36 (x4: U1 U5 U6 U8), 2.75/9 = 0.3056 -> 0.31 (x2),
     * 3.00/9 = 0.3333 -> 0.33, 4.00/9 = 0.4444 -> 0.44 (x2); sum 1.44 + 0.62 + 0.33 + 0.88 = 3.27,
     * times 25 = 81.75. The exact calculation gives 81.94.
     */
    assertThat(ikm(fourRespondents()).value())
        .isEqualTo(new BigDecimal("81.94"))
        .isNotEqualByComparingTo("81.75");
  }

  @Test
  void compute_whenNrrWouldBeRoundedEarly_gradeStaysA() {
    /*
     * 15 respondents; on every element 8 answer 4 and 7 answer 3: S = 32 + 21 = 53 per element.
     * Exact: NRR = 53 / 15 = 3.5333..., IKM = 25 * 53 / 15 = 1325 / 15 = 88.333... -> 88.33 -> A.
     * Rounding the NRR early to 3.53 would give 3.53 * 25 = 88.25 -> B.
     */
    List<SkmResponse> responses = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      int s = i < 8 ? 4 : 3;
      responses.add(response(s, s, s, s, s, s, s, s, s));
    }

    IkmResult result = ikm(responses);

    assertThat(result.value()).isEqualTo(new BigDecimal("88.33"));
    assertThat(result.grade()).isEqualTo(IkmGrade.A);
  }

  @Test
  void compute_whenExactly65_isGradeC() {
    // n = 5, T = 117 (27 answers of 3, 18 of 2): 25 * 117 / 45 = 2925 / 45 = 65.00 -> C
    IkmResult result = ikm(respondents(5, 117));

    assertThat(result.value()).isEqualTo(new BigDecimal("65.00"));
    assertThat(result.grade()).isEqualTo(IkmGrade.C);
  }

  @Test
  void compute_when64point99_isGradeD() {
    // n = 38, T = 889 (205 answers of 3, 137 of 2): 25 * 889 / 342 = 22225 / 342 = 64.9853... -> 64.99 -> D
    IkmResult result = ikm(respondents(38, 889));

    assertThat(result.value()).isEqualTo(new BigDecimal("64.99"));
    assertThat(result.grade()).isEqualTo(IkmGrade.D);
  }

  @Test
  void compute_when76point60_isGradeC() {
    // n = 26, T = 717 (15 answers of 4, 219 of 3): 25 * 717 / 234 = 17925 / 234 = 76.6025... -> 76.60 -> C
    IkmResult result = ikm(respondents(26, 717));

    assertThat(result.value()).isEqualTo(new BigDecimal("76.60"));
    assertThat(result.grade()).isEqualTo(IkmGrade.C);
  }

  @Test
  void compute_when76point61_isGradeB() {
    // n = 19, T = 524 (11 answers of 4, 160 of 3): 25 * 524 / 171 = 13100 / 171 = 76.6081... -> 76.61 -> B
    IkmResult result = ikm(respondents(19, 524));

    assertThat(result.value()).isEqualTo(new BigDecimal("76.61"));
    assertThat(result.grade()).isEqualTo(IkmGrade.B);
  }

  @Test
  void compute_when88point30_isGradeB() {
    // n = 19, T = 604 (91 answers of 4, 80 of 3): 25 * 604 / 171 = 15100 / 171 = 88.3040... -> 88.30 -> B
    IkmResult result = ikm(respondents(19, 604));

    assertThat(result.value()).isEqualTo(new BigDecimal("88.30"));
    assertThat(result.grade()).isEqualTo(IkmGrade.B);
  }

  @Test
  void compute_when88point31_isGradeA() {
    // n = 24, T = 763 (115 answers of 4, 101 of 3): 25 * 763 / 216 = 19075 / 216 = 88.3101... -> 88.31 -> A
    IkmResult result = ikm(respondents(24, 763));

    assertThat(result.value()).isEqualTo(new BigDecimal("88.31"));
    assertThat(result.grade()).isEqualTo(IkmGrade.A);
  }

  @Test
  void compute_whenAllFours_is100() {
    // NRR 4 everywhere: 25 * 4 = 100.00 -> A
    IkmResult result = ikm(respondents(3, 108));

    assertThat(result.value()).isEqualTo(new BigDecimal("100.00"));
    assertThat(result.grade()).isEqualTo(IkmGrade.A);
  }

  @Test
  void compute_whenAllOnes_is25() {
    IkmResult result = ikm(respondents(3, 27));

    assertThat(result.value()).isEqualTo(new BigDecimal("25.00"));
    assertThat(result.grade()).isEqualTo(IkmGrade.D);
  }

  @Test
  void compute_whenElementUnanswered_averagesOverThoseWhoAnswered() {
    /*
     * R1 answers all nine with 4; R2 answers eight with 2 and leaves U4 (Biaya/Tarif) empty.
     * NRR: eight elements (4 + 2) / 2 = 3.00; U4 = 4 / 1 = 4.00. Sum = 8 * 3 + 4 = 28.
     * IKM = 25 * 28 / 9 = 700 / 9 = 77.777... -> 77.78 -> B.
     * (Dividing all 52 points by 18 answers as if every element were answered would give 72.22;
     * by the 17 answers given, 76.47: both wrong.)
     */
    IkmResult result = ikm(List.of(response(4, 4, 4, 4, 4, 4, 4, 4, 4),
        response(2, 2, 2, 0, 2, 2, 2, 2, 2)));

    assertThat(result.value()).isEqualTo(new BigDecimal("77.78"));
    assertThat(result.grade()).isEqualTo(IkmGrade.B);
  }

  @Test
  void compute_whenElementUnanswered_lineCountsOnlyThoseWhoAnswered() {
    IkmResult result = ikm(List.of(response(4, 4, 4, 4, 4, 4, 4, 4, 4),
        response(2, 2, 2, 0, 2, 2, 2, 2, 2)));

    ElementScore biaya = result.element(SkmElement.BIAYA_TARIF);
    assertThat(biaya.answered()).isEqualTo(1);
    assertThat(biaya.nrr()).isEqualByComparingTo("4");
    assertThat(result.respondents()).isEqualTo(2);
    assertThat(result.weightedElements()).isEqualTo(9);
  }

  @Test
  void compute_whenNobodyAnsweredAnElement_itCarriesNoWeight() {
    // three respondents answer U1-U3 and U5-U9 with 3, nobody U4: eight NRRs of 3, weight 1/8:
    // index = 8 * 3 / 8 = 3.00, IKM = 75.00 -> C
    IkmResult result = ikm(List.of(response(3, 3, 3, 0, 3, 3, 3, 3, 3),
        response(3, 3, 3, 0, 3, 3, 3, 3, 3), response(3, 3, 3, 0, 3, 3, 3, 3, 3)));

    assertThat(result.value()).isEqualTo(new BigDecimal("75.00"));
    assertThat(result.weightedElements()).isEqualTo(8);
    assertThat(result.unansweredElements()).containsExactly(SkmElement.BIAYA_TARIF);
    assertThat(result.element(SkmElement.BIAYA_TARIF).nrr()).isNull();
  }

  @Test
  void compute_whenDifferentAnswerCountsPerElement_usesExactFractions() {
    /*
     * U1 answered by 3 (4, 4, 3: NRR 11/3), U2 by 2 (3, 2: NRR 5/2), U3..U9 by 1 each with 3.
     * Sum of NRR = 11/3 + 5/2 + 7 * 3 = 22/6 + 15/6 + 126/6 = 163/6.
     * IKM = 25 * 163 / 54 = 4075 / 54 = 75.462962... -> 75.46 -> C.
     */
    IkmResult result = ikm(List.of(response(4, 3, 3, 3, 3, 3, 3, 3, 3),
        response(4, 2, 0, 0, 0, 0, 0, 0, 0), response(3, 0, 0, 0, 0, 0, 0, 0, 0)));

    assertThat(result.value()).isEqualTo(new BigDecimal("75.46"));
    assertThat(result.grade()).isEqualTo(IkmGrade.C);
  }

  @Test
  void compute_whenNoResponses_isEmpty() {
    assertThat(Ikm.compute(List.of())).isEmpty();
  }

  @Test
  void compute_whenScoreOutOfRange_throwsNamingTheElement() {
    SkmResponse bad = new SkmResponse(TicketId.of("T-x"), null, SkmFixtures.KTP, SkmFixtures.DUKCAPIL, null,
        SkmFixtures.T0, Map.of(SkmElement.PERILAKU_PELAKSANA, 5), null, null);

    assertThatThrownBy(() -> Ikm.compute(List.of(bad)))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("scores.PERILAKU_PELAKSANA",
                "skm.score.range")));
  }
}
