package id.mpp.sdk.testkit.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.testkit.vectors.KnownAnswers;
import id.mpp.sdk.testkit.vectors.KnownAnswers.SnapVectors;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SnapCryptoTest {

  private static final SnapVectors VECTORS = KnownAnswers.snap();
  private static final PublicKey KEY = SnapCrypto.publicKey(VECTORS.publicKeyPem());

  static List<SnapVectors.B2b> b2b() {
    return VECTORS.b2b();
  }

  static List<SnapVectors.Symmetric> symmetric() {
    return VECTORS.symmetric();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("b2b")
  void verifyAccessTokenSignature_whenOpensslVector_accepts(SnapVectors.B2b vector) {
    assertThat(SnapCrypto.verifyAccessTokenSignature(KEY, vector.clientId(), vector.timestamp(),
        vector.signature())).isTrue();
  }

  @Test
  void verifyAccessTokenSignature_whenClientIdDiffers_rejects() {
    SnapVectors.B2b vector = VECTORS.b2b().get(0);

    assertThat(SnapCrypto.verifyAccessTokenSignature(KEY, vector.clientId() + "x",
        vector.timestamp(), vector.signature())).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symmetric")
  void minify_whenNodeVector_matchesJsonStringifyOfParse(SnapVectors.Symmetric vector) {
    assertThat(SnapCrypto.minify(vector.body())).isEqualTo(vector.minifiedBody());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symmetric")
  void transactionSignature_whenOpensslVector_matches(SnapVectors.Symmetric vector) {
    assertThat(SnapCrypto.transactionSignature(vector.clientSecret(), vector.method(),
        vector.path(), vector.accessToken(), vector.body(), vector.timestamp()))
        .isEqualTo(vector.signature());
    assertThat(SnapCrypto.transactionSignatureMatches(vector.clientSecret(), vector.method(),
        vector.path(), vector.accessToken(), vector.body(), vector.timestamp(),
        vector.signature())).isTrue();
  }

  @Test
  void transactionSignatureMatches_whenNotBase64_isFalse() {
    SnapVectors.Symmetric vector = VECTORS.symmetric().get(0);

    assertThat(SnapCrypto.transactionSignatureMatches(vector.clientSecret(), vector.method(),
        vector.path(), vector.accessToken(), vector.body(), vector.timestamp(), "%%")).isFalse();
  }
}
