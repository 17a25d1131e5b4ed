package id.mpp.sdk.testkit.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.testkit.vectors.KnownAnswers;
import id.mpp.sdk.testkit.vectors.KnownAnswers.LzStringVectors;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LzStringEncoderTest {

  static List<LzStringVectors.Compress> referenceVectors() {
    return KnownAnswers.lzString().compress();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceVectors")
  void compressToEncodedURIComponent_whenReferenceVector_matchesJavaScriptOutput(
      LzStringVectors.Compress vector) {
    assertThat(LzStringEncoder.compressToEncodedURIComponent(vector.input()))
        .isEqualTo(vector.compressed());
  }
}
