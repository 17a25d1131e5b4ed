package id.mpp.sdk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.internal.tracking.CheckCharacters;
import id.mpp.sdk.validation.MppValidator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing (Jazzer) of {@link TrackingNumber#parse}.
 *
 * <ul>
 *   <li>{@link #parse}: for any text, a tracking number or {@link MppValidationException}
 *       (Jazzer reports any other throwable as a finding); a number parses back from its display
 *       and compact forms; an error names the rule, with the rule's own message, never the
 *       text.</li>
 *   <li>{@link #mistyped}: a valid number (parts chosen by the fuzzer) with one character
 *       changed, or two neighbouring different characters swapped, is refused.</li>
 * </ul>
 *
 * <p>Regression inputs are in {@code TrackingNumberFuzzTestInputs/<method>/}.
 */
@Tag("reliability")
class TrackingNumberFuzzTest {

  private static final Set<String> RULES = Set.of(TrackingNumber.RULE_FORMAT,
      TrackingNumber.RULE_CHECK, TrackingNumber.RULE_DATE, TrackingNumber.RULE_SEQUENCE);

  /** Characters that parse drops, so changing to one is a deletion, not a substitution. */
  private static final String SEPARATORS = " -\t\u00a0\u2010\u2011\u2013";

  @FuzzTest(maxDuration = "10s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    TrackingNumber number;
    try {
      number = TrackingNumber.parse(text);
    } catch (MppValidationException e) {
      assertRefusedWithoutEcho(text, e, MppValidator.ENGLISH);
      assertThat(TrackingNumber.isValid(text)).isFalse();
      assertThatThrownBy(() -> TrackingNumber.parse(text, MppValidator.INDONESIAN))
          .isInstanceOfSatisfying(MppValidationException.class,
              id -> assertRefusedWithoutEcho(text, id, MppValidator.INDONESIAN));
      return;
    }
    assertThat(TrackingNumber.isValid(text)).isTrue();
    assertThat(TrackingNumber.parse(number.toString())).isEqualTo(number);
    assertThat(TrackingNumber.parse(number.compact())).isEqualTo(number);
    assertThat(TrackingNumber.parse(number.toString().toLowerCase(Locale.ROOT)))
        .isEqualTo(number);
  }

  @FuzzTest(maxDuration = "10s")
  void mistyped(FuzzedDataProvider data) {
    TrackingNumber number = validNumber(data);
    String compact = number.compact();
    assertThat(TrackingNumber.parse(compact)).isEqualTo(number);
    int at = data.consumeInt(0, compact.length() - 1);
    if (data.consumeBoolean()) {
      if (at == compact.length() - 1 || compact.charAt(at) == compact.charAt(at + 1)) {
        return; // no neighbour to swap with, or swapping two equal characters changes nothing
      }
      String swapped = compact.substring(0, at) + compact.charAt(at + 1) + compact.charAt(at)
          + compact.substring(at + 2);
      assertRefused(swapped, "swap at " + at);
    } else {
      char typed = data.consumeChar();
      if (SEPARATORS.indexOf(typed) >= 0 || canonical(typed) == compact.charAt(at)) {
        return; // a dropped separator, or a look-alike or lower-case form of the same character
      }
      assertRefused(compact.substring(0, at) + typed + compact.substring(at + 1),
          "change at " + at);
    }
  }

  private static void assertRefused(String mistyped, String what) {
    assertThatThrownBy(() -> TrackingNumber.parse(mistyped)).as(what)
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertRefusedWithoutEcho(mistyped, e, MppValidator.ENGLISH));
  }

  /** What parse reads a typed character as: upper case, O as 0, I and L as 1. */
  private static char canonical(char c) {
    return switch (c) {
      case 'o', 'O' -> '0';
      case 'i', 'I', 'l', 'L' -> '1';
      default -> c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    };
  }

  private static TrackingNumber validNumber(FuzzedDataProvider data) {
    int siteLength = data.consumeInt(2, 6);
    StringBuilder site = new StringBuilder();
    for (int i = 0; i < siteLength; i++) {
      site.append(CheckCharacters.ALPHABET.charAt(
          data.consumeInt(0, CheckCharacters.ALPHABET.length() - 1)));
    }
    LocalDate date = LocalDate.of(2000, 1, 1).plusDays(data.consumeInt(0, 36_524));
    return TrackingNumber.of(site.toString(), date, data.consumeInt(1, 99_999));
  }

  private static void assertRefusedWithoutEcho(String text, MppValidationException e,
      Locale locale) {
    assertThat(e.violations()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.field()).isEqualTo("trackingNumber");
    assertThat(v.rule()).isIn(RULES);
    assertThat(v.message()).isEqualTo(MppValidator.message(v.rule(), locale));
    // a text of six or more characters is not in the message, unless the rule's own message
    // holds it
    String typed = text.strip();
    if (typed.length() >= 6 && !MppValidator.message(v.rule(), locale).contains(typed)) {
      assertThat(e.getMessage()).doesNotContain(typed);
    }
  }
}
