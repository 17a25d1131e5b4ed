package id.mpp.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MppJsonTest {

  enum Colour { RED, GREEN, @JsonEnumDefaultValue UNKNOWN }

  record Paint(String name, Colour colour, BigDecimal price, Instant at) implements WireDocument {
    Paint {
      Objects.requireNonNull(name, "name");
      if (price != null && price.signum() < 0) {
        throw MppValidationException.of("price", "PositiveOrZero", "must not be negative");
      }
    }
  }

  record Box(List<Paint> paints) {
  }

  private final MppJson json = MppJson.defaults();

  @Test
  void write_whenWireDocument_carriesApiVersionAndKindFirst() {
    String text = json.write(new Paint("cat", Colour.RED, new BigDecimal("10000.00"),
        Instant.parse("2026-11-22T01:00:00Z")));
    assertThat(text).isEqualTo("{\"apiVersion\":\"mpp.sdk/v1\",\"kind\":\"Paint\",\"name\":\"cat\","
        + "\"colour\":\"RED\",\"price\":10000.00,\"at\":\"2026-11-22T01:00:00Z\"}");
  }

  @Test
  void read_whenRoundTrip_equalsOriginal() {
    Paint paint = new Paint("cat", Colour.GREEN, new BigDecimal("1.50"),
        Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(json.read(json.writeBytes(paint), Paint.class)).isEqualTo(paint);
  }

  @Test
  void read_whenUnknownFieldAndEnum_ignoresFieldAndMapsUnknown() {
    Paint paint = json.read("{\"name\":\"x\",\"colour\":\"PURPLE\",\"extra\":{\"a\":[1]}}",
        Paint.class);
    assertThat(paint.colour()).isEqualTo(Colour.UNKNOWN);
  }

  @Test
  void read_whenOtherMajorVersion_refused() {
    assertThatThrownBy(() -> json.read("{\"apiVersion\":\"mpp.sdk/v2\",\"name\":\"x\"}", Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.WRONG_VERSION));
  }

  @Test
  void read_whenOtherKind_refused() {
    assertThatThrownBy(() -> json.read("{\"kind\":\"Ticket\",\"name\":\"x\"}", Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.WRONG_VERSION));
  }

  @Test
  void read_whenMinorVersion_accepted() {
    assertThat(json.read("{\"apiVersion\":\"mpp.sdk/v1.3\",\"kind\":\"Paint\",\"name\":\"x\"}",
        Paint.class).name()).isEqualTo("x");
  }

  @Tag("reliability")
  @Test
  void read_whenNestedTenThousandDeep_limitExceededWithoutStackOverflow() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> json.read(deep, Object.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.LIMIT_EXCEEDED));
  }

  @Tag("reliability")
  @Test
  void read_whenHugeString_limitExceeded() {
    String big = "{\"name\":\"" + "a".repeat(1_500_000) + "\"}";
    assertThatThrownBy(() -> json.read(big.getBytes(StandardCharsets.UTF_8), Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.LIMIT_EXCEEDED));
  }

  @Tag("reliability")
  @Test
  void read_whenLongNumber_limitExceeded() {
    String text = "{\"name\":\"x\",\"price\":" + "9".repeat(2_000) + "}";
    assertThatThrownBy(() -> json.read(text, Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.LIMIT_EXCEEDED));
  }

  @Tag("reliability")
  @Test
  void read_whenLongPropertyName_limitExceeded() {
    String text = "{\"" + "k".repeat(1_000_001) + "\":1}";
    assertThatThrownBy(() -> json.read(text, Paint.class))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Tag("reliability")
  @Test
  void read_whenDuplicateKey_refused() {
    assertThatThrownBy(() -> json.read("{\"name\":\"a\",\"name\":\"b\"}", Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.DUPLICATE_KEY));
  }

  @Tag("reliability")
  @Test
  void read_whenWrongTypeDeepInside_namesPathNotValue() {
    assertThatThrownBy(() -> json.read(
        "{\"paints\":[{\"name\":\"a\"},{\"name\":\"b\",\"price\":\"secret-3201011708900001\"}]}",
        Box.class))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
          assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.WRONG_SHAPE);
          assertThat(e.path()).hasValue("paints[1].price");
          assertThat(e.getMessage()).doesNotContain("3201011708900001");
        });
  }

  @Test
  void read_whenRecordRefusesValue_violationCarriesFullPath() {
    assertThatThrownBy(() -> json.read(
        "{\"paints\":[{\"name\":\"a\",\"price\":-1}]}", Box.class))
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("paints[0].price")));
  }

  @Test
  void read_whenRequiredFieldMissing_wrongShape() {
    assertThatThrownBy(() -> json.read("{\"colour\":\"RED\"}", Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.getMessage()).contains("'name' is missing"));
  }

  @Test
  void read_whenSyntaxBroken_noInputEchoed() {
    assertThatThrownBy(() -> json.read("{\"name\": 3201011708900001x}", Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
          assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.SYNTAX);
          assertThat(e.getMessage()).doesNotContain("3201011708900001");
        });
  }

  @Tag("reliability")
  @Test
  void read_whenStreamIsInvalidUtf32_malformedNotUncheckedIo() {
    // MppJsonFuzzTest input utf32-bom-stream: a UTF-32 byte order mark, then a code point above U+10FFFF;
    // Jackson's UTF32Reader throws CharConversionException, which read(InputStream) reported as
    // a failing stream (UncheckedIOException) instead of a malformed document
    byte[] utf32 = {0, 0, (byte) 0xfe, (byte) 0xff, 0, 0, 0, '{', (byte) 0xff, (byte) 0xff,
        (byte) 0xff, (byte) 0xff};
    assertThatThrownBy(() -> json.read(new java.io.ByteArrayInputStream(utf32), Paint.class))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.SYNTAX));
    assertThatThrownBy(() -> json.read(utf32, Paint.class))
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void read_whenTrailingGarbage_refused() {
    assertThatThrownBy(() -> json.read("{\"name\":\"a\"} {}", Paint.class))
        .isInstanceOf(MalformedJsonException.class);
  }

  /** A scalar value type that names itself in its violations, like ServiceCode or Nik. */
  record Code(String value) {
    Code {
      if (!value.matches("[A-Z]+")) {
        throw MppValidationException.of("code", "code.format", "must be upper-case letters");
      }
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static Code of(String text) {
      return new Code(text);
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String value() {
      return value;
    }
  }

  record Order(Code serviceCode, Code code) {
  }

  @Test
  void read_whenValueTypeUnderAnotherPropertyName_pathIsThePropertyOnly() {
    assertThatThrownBy(() -> json.read("{\"serviceCode\":\"bad\"}", Order.class))
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("serviceCode"));
  }
}
