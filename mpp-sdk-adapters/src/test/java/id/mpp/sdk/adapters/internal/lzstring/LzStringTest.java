package id.mpp.sdk.adapters.internal.lzstring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.mpp.sdk.testkit.vectors.KnownAnswers;
import id.mpp.sdk.testkit.vectors.KnownAnswers.LzStringVectors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LzStringTest {

  private static final LzStringVectors VECTORS = KnownAnswers.lzString();

  static List<LzStringVectors.Compress> referenceVectors() {
    return VECTORS.compress();
  }

  private static LzStringVectors.DecompressOnly decompressOnly(String name) {
    return VECTORS.decompressOnly().stream().filter(v -> v.name().equals(name)).findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceVectors")
  void decompressFromEncodedURIComponent_whenReferenceOutput_returnsOriginalText(
      LzStringVectors.Compress vector) {
    assertThat(LzString.decompressFromEncodedURIComponent(vector.compressed()))
        .isEqualTo(vector.input());
  }

  @Test
  void vectors_whenLoaded_coverEdgeCases() {
    assertThat(VECTORS.compress()).extracting(LzStringVectors.Compress::name)
        .contains("empty", "unicode-surrogate-pairs", "repeated-char-1000",
            "json-vclaim-peserta", "random-large-alphabet-30000");
  }

  @Test
  void decompressFromEncodedURIComponent_whenPlusArrivesAsSpace_readsItAsPlus() {
    LzStringVectors.DecompressOnly vector = decompressOnly("plus-sent-as-space");
    assertThat(vector.compressed()).contains(" ");

    assertThat(LzString.decompressFromEncodedURIComponent(vector.compressed()))
        .isEqualTo(vector.expected());
  }

  @Test
  void decompressFromEncodedURIComponent_whenOnlyEndMarker_returnsEmptyText() {
    LzStringVectors.DecompressOnly vector = decompressOnly("single-terminator-token");

    assertThat(LzString.decompressFromEncodedURIComponent(vector.compressed()))
        .isEqualTo(vector.expected()).isEmpty();
  }

  @Test
  void decompressFromEncodedURIComponent_whenEmpty_throwsWhereReferenceReturnsNull() {
    LzStringVectors.DecompressOnly vector = decompressOnly("empty-input-gives-null");
    assertThat(vector.expected()).isNull();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LzString.decompressFromEncodedURIComponent(vector.compressed()))
        .withMessageContaining("empty");
  }

  @Test
  void decompressFromEncodedURIComponent_whenTruncated_throwsWhereReferenceReturnsEmpty() {
    for (String name : List.of("truncated-after-first-char", "truncated-half")) {
      LzStringVectors.DecompressOnly vector = decompressOnly(name);
      assertThat(vector.expected()).as(name).isEmpty();

      assertThatIllegalArgumentException().as(name)
          .isThrownBy(() -> LzString.decompressFromEncodedURIComponent(vector.compressed()))
          .withMessageContaining("truncated");
    }
  }

  @Test
  void decompressFromEncodedURIComponent_whenAnyPrefixOfJsonPayload_throwsTruncated() {
    String compressed = VECTORS.compress().stream()
        .filter(v -> v.name().equals("json-vclaim-peserta")).findFirst().orElseThrow()
        .compressed();

    for (int length = 1; length < compressed.length(); length++) {
      String prefix = compressed.substring(0, length);
      assertThatIllegalArgumentException().as("prefix of %d characters", length)
          .isThrownBy(() -> LzString.decompressFromEncodedURIComponent(prefix));
    }
  }

  @Test
  void decompressFromEncodedURIComponent_whenCharacterOutsideAlphabet_throwsWithoutEchoingInput() {
    LzStringVectors.DecompressOnly vector = decompressOnly("character-outside-alphabet");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LzString.decompressFromEncodedURIComponent(vector.compressed()))
        .withMessageContaining("outside its alphabet")
        .withMessageNotContaining(vector.compressed());
  }

  @Test
  void decompressFromEncodedURIComponent_whenCodeRefersToMissingEntry_throws() {
    // bits: token 0 (8-bit char), 'a' least significant bit first, then code 7 in 3 bits while
    // the dictionary holds 4 entries: "Ibg" = 001000 011011 100000
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LzString.decompressFromEncodedURIComponent("Ibg"))
        .withMessageContaining("does not exist");
  }
}
