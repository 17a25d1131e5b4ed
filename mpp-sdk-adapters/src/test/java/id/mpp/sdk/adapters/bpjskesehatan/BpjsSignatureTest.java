package id.mpp.sdk.adapters.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.testkit.vectors.KnownAnswers;
import id.mpp.sdk.testkit.vectors.KnownAnswers.BpjsVectors.Bpjs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BpjsSignatureTest {

  static List<Bpjs> vectors() {
    return KnownAnswers.bpjs().vectors();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void sign_whenOpensslVector_matchesSignature(Bpjs vector) {
    assertThat(BpjsSignature.sign(vector.consId(), vector.secret(), vector.timestamp()))
        .isEqualTo(vector.signature());
  }

  @Test
  void sign_whenTimestampDiffers_changesSignature() {
    Bpjs vector = vectors().get(0);

    assertThat(BpjsSignature.sign(vector.consId(), vector.secret(), "1700000001"))
        .isNotEqualTo(vector.signature());
  }

  @Test
  void timestamp_whenInstantHasMillis_writesWholeEpochSeconds() {
    assertThat(BpjsSignature.timestamp(Instant.parse("2023-11-14T22:13:20.999Z")))
        .isEqualTo("1700000000");
  }
}
