package id.mpp.sdk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.internal.tracking.CheckCharacters;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.validation.MppValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingNumberTest {

  private static final TrackingNumber SAMPLE =
      TrackingNumber.of("3273", LocalDate.of(2026, 3, 22), 42);

  @Test
  void toString_whenFormatted_groupsSiteDateSequenceAndCheck() {
    assertThat(SAMPLE.toString())
        .matches("3273-260322-00042-[" + CheckCharacters.ALPHABET + "]");
    assertThat(SAMPLE.compact()).isEqualTo(SAMPLE.toString().replace("-", ""));
  }

  @Test
  void parse_whenDisplayForm_returnsSameNumber() {
    assertThat(TrackingNumber.parse(SAMPLE.toString())).isEqualTo(SAMPLE);
  }

  @Test
  void parse_whenTypedWithSpacesLowerCaseAndStrayHyphens_returnsSameNumber() {
    String typed = " " + SAMPLE.compact().substring(0, 4) + " 2603-22 000 42 "
        + Character.toLowerCase(SAMPLE.checkCharacter()) + " ";
    assertThat(TrackingNumber.parse(typed)).isEqualTo(SAMPLE);
  }

  @Test
  void parse_whenLetterOForZeroAndLForOne_readsThemAsDigits() {
    TrackingNumber number = TrackingNumber.of("3101", LocalDate.of(2025, 10, 1), 10);
    String typed = number.compact().replace('0', 'O').replaceFirst("1", "l");
    assertThat(TrackingNumber.parse(typed)).isEqualTo(number);
  }

  @Test
  void parse_whenSiteCodeHasLetters_keepsThem() {
    TrackingNumber number = TrackingNumber.of("JKT2", LocalDate.of(2024, 2, 29), 99_999);
    assertThat(TrackingNumber.parse(number.toString().toLowerCase())).isEqualTo(number);
    assertThat(number.siteCode()).isEqualTo("JKT2");
  }

  @Test
  void parse_whenEverySingleSubstitutionOverASample_detectsAll() {
    List<String> undetected = new ArrayList<>();
    int tried = 0;
    for (TrackingNumber number : sample(300)) {
      char[] chars = number.compact().toCharArray();
      for (int i = 0; i < chars.length; i++) {
        char original = chars[i];
        for (char replacement : CheckCharacters.ALPHABET.toCharArray()) {
          if (replacement == original) {
            continue;
          }
          chars[i] = replacement;
          tried++;
          if (TrackingNumber.isValid(new String(chars))) {
            undetected.add(new String(chars));
          }
        }
        chars[i] = original;
      }
    }
    assertThat(tried).isGreaterThan(100_000);
    assertThat(undetected).isEmpty();
  }

  @Test
  void parse_whenEveryAdjacentTranspositionOverASample_detectsAll() {
    List<String> undetected = new ArrayList<>();
    int tried = 0;
    for (TrackingNumber number : sample(300)) {
      char[] chars = number.compact().toCharArray();
      for (int i = 0; i + 1 < chars.length; i++) {
        if (chars[i] == chars[i + 1]) {
          continue;
        }
        swap(chars, i);
        tried++;
        if (TrackingNumber.isValid(new String(chars))) {
          undetected.add(new String(chars));
        }
        swap(chars, i);
      }
    }
    assertThat(tried).isGreaterThan(3_000);
    assertThat(undetected).isEmpty();
  }

  @Test
  void parse_whenCheckCharacterWrong_failsWithCheckRuleInIndonesian() {
    String wrong = SAMPLE.compact().substring(0, SAMPLE.compact().length() - 1)
        + (SAMPLE.checkCharacter() == 'K' ? 'M' : 'K');
    assertThatThrownBy(() -> TrackingNumber.parse(wrong, MppValidator.INDONESIAN))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          Violation v = e.violations().get(0);
          assertThat(v.field()).isEqualTo("trackingNumber");
          assertThat(v.rule()).isEqualTo(TrackingNumber.RULE_CHECK);
          assertThat(v.message()).contains("salah ketik").doesNotContain(wrong);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "4411", "4411-260322-004", "3273-2603A2-00042-K",
      "3273-260322-00042-K-K-K", "32S3-260322-00042-K", "3273/260322/00042/K",
      "３２７３-260322-00042-K"})
  void parse_whenLayoutWrong_failsWithFormatRuleWithoutEchoingText(String text) {
    assertThatThrownBy(() -> TrackingNumber.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::rule)
              .containsExactly(TrackingNumber.RULE_FORMAT);
          if (!text.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(text);
          }
        });
  }

  @Test
  void parse_whenNull_failsWithFormatRule() {
    assertThatThrownBy(() -> TrackingNumber.parse(null))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo(TrackingNumber.RULE_FORMAT));
  }

  @Test
  void parse_whenVeryLongInput_failsWithFormatRule() {
    assertThatThrownBy(() -> TrackingNumber.parse("3".repeat(100_000)))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo(TrackingNumber.RULE_FORMAT));
  }

  @Test
  void parse_whenDateImpossibleButCheckMatches_failsWithDateRule() {
    String body = "3273" + "260230" + "00042";
    String text = body + CheckCharacters.compute(body);
    assertThatThrownBy(() -> TrackingNumber.parse(text))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo(TrackingNumber.RULE_DATE));
  }

  @Test
  void parse_whenSequenceZeroButCheckMatches_failsWithSequenceRule() {
    String body = "3273" + "260322" + "00000";
    String text = body + CheckCharacters.compute(body);
    assertThatThrownBy(() -> TrackingNumber.parse(text, MppValidator.ENGLISH))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo(TrackingNumber.RULE_SEQUENCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "SBY", "3273-1", "jkt", "ABCDEFG"})
  void of_whenSiteCodeInvalid_failsWithSiteRule(String site) {
    assertThatThrownBy(() -> TrackingNumber.of(site, LocalDate.of(2026, 3, 22), 1))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("siteCode");
          assertThat(e.violations().get(0).rule()).isEqualTo(TrackingNumber.RULE_SITE);
        });
  }

  @Test
  void of_whenSequenceOutOfRange_failsWithSequenceRule() {
    assertThatThrownBy(() -> TrackingNumber.of("3273", LocalDate.of(2026, 3, 22), 100_000))
        .isInstanceOf(MppValidationException.class)
        .hasMessageContaining(TrackingNumber.RULE_SEQUENCE);
  }

  @Test
  void of_whenYearOutsideCentury_failsWithDateRule() {
    assertThatThrownBy(() -> TrackingNumber.of("3273", LocalDate.of(2100, 1, 1), 1))
        .isInstanceOf(MppValidationException.class)
        .hasMessageContaining(TrackingNumber.RULE_DATE);
  }

  @Test
  void json_whenRoundTripped_isTheDisplayString() {
    String json = MppJson.defaults().write(SAMPLE);
    assertThat(json).isEqualTo("\"" + SAMPLE + "\"");
    assertThat(MppJson.defaults().read(json, TrackingNumber.class)).isEqualTo(SAMPLE);
  }

  private static List<TrackingNumber> sample(int count) {
    Random random = new Random(20260322L);
    List<TrackingNumber> numbers = new ArrayList<>();
    String alphabet = CheckCharacters.ALPHABET;
    for (int i = 0; i < count; i++) {
      StringBuilder site = new StringBuilder();
      int siteLength = 2 + random.nextInt(5);
      for (int j = 0; j < siteLength; j++) {
        site.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 366));
      numbers.add(TrackingNumber.of(site.toString(), date, 1 + random.nextInt(99_999)));
    }
    return numbers;
  }

  private static void swap(char[] chars, int i) {
    char t = chars[i];
    chars[i] = chars[i + 1];
    chars[i + 1] = t;
  }
}
