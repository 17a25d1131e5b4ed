package id.mpp.sdk.testkit.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.testkit.vectors.KnownAnswers;
import id.mpp.sdk.testkit.vectors.KnownAnswers.BpjsVectors.Bpjs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BpjsCryptoTest {

  static List<Bpjs> vectors() {
    return KnownAnswers.bpjs().vectors();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signature_whenOpensslVector_matches(Bpjs vector) {
    assertThat(BpjsCrypto.signature(vector.consId(), vector.secret(), vector.timestamp()))
        .isEqualTo(vector.signature());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encrypt_whenOpensslVector_producesSameCiphertext(Bpjs vector) {
    // CBC with a fixed IV and the reference LZ-String output is deterministic
    assertThat(BpjsCrypto.encrypt(vector.consId(), vector.secret(), vector.timestamp(),
        vector.payload())).isEqualTo(vector.response());
  }

  @Test
  void signatureMatches_whenOneCharacterDiffers_isFalse() {
    Bpjs vector = vectors().get(0);
    String tampered = (vector.signature().charAt(0) == 'A' ? "B" : "A")
        + vector.signature().substring(1);

    assertThat(BpjsCrypto.signatureMatches(vector.consId(), vector.secret(), vector.timestamp(),
        tampered)).isFalse();
    assertThat(BpjsCrypto.signatureMatches(vector.consId(), vector.secret(), vector.timestamp(),
        vector.signature())).isTrue();
  }
}
