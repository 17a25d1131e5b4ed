package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing (Jazzer) of the identifier parsers of {@code id.mpp.sdk.validation}.
 * For any text, {@code parse} either returns a value or throws {@link MppValidationException}
 * (Jazzer reports any other throwable as a finding), and:
 *
 * <ul>
 *   <li>{@code isValid} agrees with {@code parse}, in English and in Indonesian;</li>
 *   <li>a value parses back from each of its written forms ({@code value()} and, where the type
 *       has one, the dotted, national or SNAP form) to an equal value;</li>
 *   <li>a value that is personal data does not show its full number in {@code toString};</li>
 *   <li>an error names the field and the rule, and its message is the rule's message: the same
 *       text for every rejected input, so the input is never echoed.</li>
 * </ul>
 *
 * <p>Input layout: the first byte picks the identifier (its letter in {@link Kind}, or byte
 * modulo 9); the rest, as UTF-8, is the text. Regression inputs are in
 * {@code IdentifierFuzzTestInputs/parse/}.
 */
@Tag("reliability")
class IdentifierFuzzTest {

  /** One parser under test. */
  record Kind(char letter, String field, Function<String, Object> parse,
      BiFunction<String, Locale, Object> parseIn, Predicate<String> isValid,
      Function<Object, List<String>> writtenForms, Function<Object, String> fullNumber) {
  }

  static final List<Kind> KINDS = List.of(
      new Kind('N', "nik", Nik::parse, Nik::parse, Nik::isValid,
          v -> List.of(((Nik) v).value()), v -> ((Nik) v).value()),
      new Kind('K', "nomorKk", NomorKk::parse, NomorKk::parse, NomorKk::isValid,
          v -> List.of(((NomorKk) v).value()), v -> ((NomorKk) v).value()),
      new Kind('P', "npwp", Npwp::parse, Npwp::parse, Npwp::isValid,
          v -> List.of(((Npwp) v).value(), ((Npwp) v).formatted()), v -> ((Npwp) v).value()),
      new Kind('B', "nib", Nib::parse, Nib::parse, Nib::isValid,
          v -> List.of(((Nib) v).value()), v -> null),
      new Kind('J', "kpj", Kpj::parse,
          (text, locale) -> Kpj.parse(text, Kpj.DEFAULT_LENGTH, locale), Kpj::isValid,
          v -> List.of(((Kpj) v).value()), v -> ((Kpj) v).value()),
      new Kind('T', "phoneNumber", PhoneNumber::parse, PhoneNumber::parse, PhoneNumber::isValid,
          v -> List.of(((PhoneNumber) v).e164(), ((PhoneNumber) v).national()),
          v -> ((PhoneNumber) v).e164()),
      new Kind('W', "kodeWilayah", KodeWilayah::parse, KodeWilayah::parse, KodeWilayah::isValid,
          v -> List.of(((KodeWilayah) v).value(), ((KodeWilayah) v).formatted()), v -> null),
      new Kind('C', "nomorKartuBpjs", NomorKartuBpjs::parse, NomorKartuBpjs::parse,
          NomorKartuBpjs::isValid, v -> List.of(((NomorKartuBpjs) v).value()),
          v -> ((NomorKartuBpjs) v).value()),
      new Kind('Z', "kodePos", KodePos::parse, KodePos::parse, KodePos::isValid,
          v -> List.of(((KodePos) v).value()), v -> null));

  static Kind kindOf(byte selector) {
    for (Kind kind : KINDS) {
      if (kind.letter() == selector) {
        return kind;
      }
    }
    return KINDS.get(Byte.toUnsignedInt(selector) % KINDS.size());
  }

  @FuzzTest(maxDuration = "12s")
  void parse(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Kind kind = kindOf(input[0]);
    String text = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
    Object value;
    try {
      value = kind.parse().apply(text);
    } catch (MppValidationException e) {
      assertRefusedWithoutEcho(kind, text, e, MppValidator.ENGLISH);
      assertThat(kind.isValid().test(text)).as("isValid of a refused text").isFalse();
      try {
        kind.parseIn().apply(text, MppValidator.INDONESIAN);
        throw new AssertionError(kind.field() + ": refused in English, accepted in Indonesian");
      } catch (MppValidationException inIndonesian) {
        assertRefusedWithoutEcho(kind, text, inIndonesian, MppValidator.INDONESIAN);
        assertThat(inIndonesian.violations()).extracting(Violation::rule)
            .isEqualTo(e.violations().stream().map(Violation::rule).toList());
      }
      return;
    }
    assertThat(kind.isValid().test(text)).as("isValid of an accepted text").isTrue();
    assertThat(kind.parseIn().apply(text, MppValidator.INDONESIAN)).isEqualTo(value);
    for (String written : kind.writtenForms().apply(value)) {
      assertThat(kind.parse().apply(written)).as("parse(%s form)", kind.field()).isEqualTo(value);
    }
    String full = kind.fullNumber().apply(value);
    if (full != null) {
      assertThat(value.toString()).as("toString of personal data").doesNotContain(full);
    }
  }

  /**
   * The error names the field, and every message is the rule's message with only its parameters
   * filled: a function of the rule alone, so no part of the input can be in it.
   */
  private static void assertRefusedWithoutEcho(Kind kind, String text, MppValidationException e,
      Locale locale) {
    assertThat(e.violations()).isNotEmpty();
    for (Violation v : e.violations()) {
      assertThat(v.field()).isEqualTo(kind.field());
      assertThat(v.message()).isEqualTo(MppValidator.message(v.rule(), locale)
          .replace("{length}", String.valueOf(Kpj.DEFAULT_LENGTH)));
    }
    assertThat(e.getMessage()).isEqualTo(new MppValidationException(e.violations()).getMessage());
    // a text of six or more characters is not in the message, unless the rule's own message
    // holds it (the message of kodeWilayah.format shows the example 32.01.01.2001)
    String typed = text.strip();
    String rulesOnly = e.violations().stream()
        .map(v -> MppValidator.message(v.rule(), locale)).reduce("", String::concat);
    if (typed.length() >= 6 && !rulesOnly.contains(typed)) {
      assertThat(e.getMessage()).doesNotContain(typed);
    }
  }

  @Test
  void regressionInputs_whenSeeds_includeAValidValueOfEveryKind()
      throws IOException, URISyntaxException {
    Path dir = Path.of(IdentifierFuzzTest.class.getResource("IdentifierFuzzTestInputs/parse")
        .toURI());
    Set<String> valid = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path seed : files.toList()) {
        byte[] input = Files.readAllBytes(seed);
        Kind kind = kindOf(input[0]);
        if (kind.isValid().test(new String(input, 1, input.length - 1, StandardCharsets.UTF_8))) {
          valid.add(kind.field());
        }
      }
    }
    // so the fuzzer starts from a valid value of every identifier and can reach the round trips
    assertThat(valid).containsExactlyInAnyOrderElementsOf(
        KINDS.stream().map(Kind::field).toList());
  }
}
