package id.mpp.sdk.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppException;
import id.mpp.sdk.testkit.vectors.KnownAnswers;
import id.mpp.sdk.testkit.vectors.KnownAnswers.SnapVectors;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SnapSignatureTest {

  private static final SnapVectors VECTORS = KnownAnswers.snap();
  private static final PrivateKey PRIVATE_KEY = SnapKeys.privateKey(VECTORS.privateKeyPem());
  private static final PublicKey PUBLIC_KEY = SnapKeys.publicKey(VECTORS.publicKeyPem());

  static List<SnapVectors.B2b> b2bVectors() {
    return VECTORS.b2b();
  }

  static List<SnapVectors.Symmetric> symmetricVectors() {
    return VECTORS.symmetric();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("b2bVectors")
  void signB2b_whenOpensslVector_matchesSignature(SnapVectors.B2b vector) {
    assertThat(SnapSignature.b2bStringToSign(vector.clientId(), vector.timestamp()))
        .isEqualTo(vector.stringToSign());
    assertThat(SnapSignature.signB2b(PRIVATE_KEY, vector.clientId(), vector.timestamp()))
        .isEqualTo(vector.signature());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("b2bVectors")
  void verifyB2b_whenOpensslVector_accepts(SnapVectors.B2b vector) {
    assertThat(SnapSignature.verifyB2b(PUBLIC_KEY, vector.clientId(), vector.timestamp(),
        vector.signature())).isTrue();
  }

  @Test
  void verifyB2b_whenTimestampChanged_rejects() {
    SnapVectors.B2b vector = VECTORS.b2b().get(0);

    assertThat(SnapSignature.verifyB2b(PUBLIC_KEY, vector.clientId(),
        vector.timestamp().replace(":00+", ":01+"), vector.signature())).isFalse();
  }

  @Test
  void verifyB2b_whenSignatureNotBase64_rejects() {
    SnapVectors.B2b vector = VECTORS.b2b().get(0);

    assertThat(SnapSignature.verifyB2b(PUBLIC_KEY, vector.clientId(), vector.timestamp(),
        "***")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symmetricVectors")
  void minify_whenNodeVector_matchesJsonStringifyOfParse(SnapVectors.Symmetric vector) {
    assertThat(SnapSignature.minify(vector.body())).isEqualTo(vector.minifiedBody());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symmetricVectors")
  void bodyHash_whenOpensslVector_matchesLowercaseHex(SnapVectors.Symmetric vector) {
    assertThat(SnapSignature.bodyHash(vector.minifiedBody())).isEqualTo(vector.bodyHash());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("symmetricVectors")
  void signTransaction_whenOpensslVector_matchesStringToSignAndSignature(
      SnapVectors.Symmetric vector) {
    String minified = SnapSignature.minify(vector.body());

    assertThat(SnapSignature.transactionStringToSign(vector.method(), vector.path(),
        vector.accessToken(), minified, vector.timestamp())).isEqualTo(vector.stringToSign());
    assertThat(SnapSignature.signTransaction(vector.clientSecret(), vector.method(),
        vector.path(), vector.accessToken(), minified, vector.timestamp()))
        .isEqualTo(vector.signature());
  }

  @Test
  void transactionStringToSign_whenMethodLowerCase_writesUpperCase() {
    assertThat(SnapSignature.transactionStringToSign("post", "/v1.0/x", "t", "", "ts"))
        .startsWith("POST:/v1.0/x:t:");
  }

  @Test
  void minify_whenNumberHasTrailingZeros_keepsNumberText() {
    assertThat(SnapSignature.minify("{ \"a\" : 10000.00 , \"b\": [ 1e2, -0 ] }"))
        .isEqualTo("{\"a\":10000.00,\"b\":[1e2,-0]}");
  }

  @Test
  void minify_whenSpacesInsideStrings_keepsThem() {
    assertThat(SnapSignature.minify("{\"partnerServiceId\" : \"   12345\"}"))
        .isEqualTo("{\"partnerServiceId\":\"   12345\"}");
  }

  @Test
  void minify_whenBlank_returnsEmpty() {
    assertThat(SnapSignature.minify("  \n")).isEmpty();
  }

  @Test
  void minify_whenTrailingContent_throws() {
    assertThatThrownBy(() -> SnapSignature.minify("{} {}"))
        .isInstanceOfAny(MppException.class, IllegalArgumentException.class);
  }

  @Test
  void minify_whenNotJson_throwsMppException() {
    assertThatThrownBy(() -> SnapSignature.minify("{\"a\":"))
        .isInstanceOf(MppException.class);
  }
}
