package id.mpp.sdk.adapters.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.mpp.sdk.testkit.vectors.KnownAnswers;
import id.mpp.sdk.testkit.vectors.KnownAnswers.BpjsVectors.Bpjs;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BpjsResponseCipherTest {

  static List<Bpjs> vectors() {
    return KnownAnswers.bpjs().vectors();
  }

  private static Bpjs first() {
    return vectors().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void key_whenOpensslVector_matchesSha256OfConsIdSecretTimestamp(Bpjs vector) {
    assertThat(HexFormat.of().formatHex(
        BpjsResponseCipher.key(vector.consId(), vector.secret(), vector.timestamp())))
        .isEqualTo(vector.aesKeyHex())
        .startsWith(vector.ivHex());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decrypt_whenOpensslAndLzStringVector_returnsPayload(Bpjs vector) {
    assertThat(BpjsResponseCipher.decrypt(vector.consId(), vector.secret(), vector.timestamp(),
        vector.response())).isEqualTo(vector.payload());
  }

  @Test
  void decrypt_whenBase64HasLineBreaks_stillDecrypts() {
    Bpjs vector = first();
    String wrapped = vector.response().substring(0, 40) + "\r\n" + vector.response().substring(40);

    assertThat(BpjsResponseCipher.decrypt(vector.consId(), vector.secret(), vector.timestamp(),
        wrapped)).isEqualTo(vector.payload());
  }

  @Test
  void decrypt_whenTimestampIsNotTheRequestOne_throwsWithoutSecret() {
    Bpjs vector = first();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> BpjsResponseCipher.decrypt(vector.consId(), vector.secret(),
            "1700000099", vector.response()))
        .withMessageNotContaining(vector.secret());
  }

  @Test
  void decrypt_whenSecretIsWrong_throwsWithoutEitherSecret() {
    Bpjs vector = first();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> BpjsResponseCipher.decrypt(vector.consId(), "wrong-secret",
            vector.timestamp(), vector.response()))
        .withMessageNotContaining("wrong-secret")
        .withMessageNotContaining(vector.secret());
  }

  @Test
  void decrypt_whenNotBase64_throwsNamingBase64() {
    Bpjs vector = first();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> BpjsResponseCipher.decrypt(vector.consId(), vector.secret(),
            vector.timestamp(), "not*base64!"))
        .withMessage("encrypted response is not valid Base64");
  }

  @Test
  void decrypt_whenNotWholeAesBlocks_throwsNamingBlocks() {
    Bpjs vector = first();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> BpjsResponseCipher.decrypt(vector.consId(), vector.secret(),
            vector.timestamp(), "QUJDRA=="))
        .withMessageContaining("AES blocks");
  }
}
