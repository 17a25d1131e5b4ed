package id.mpp.sdk.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.mpp.sdk.testkit.vectors.KnownAnswers;
import org.junit.jupiter.api.Test;

class SnapKeysTest {

  @Test
  void privateKey_whenPkcs8Pem_readsRsaKey() {
    assertThat(SnapKeys.privateKey(KnownAnswers.snap().privateKeyPem()).getAlgorithm())
        .isEqualTo("RSA");
  }

  @Test
  void publicKey_whenX509Pem_readsRsaKey() {
    assertThat(SnapKeys.publicKey(KnownAnswers.snap().publicKeyPem()).getAlgorithm())
        .isEqualTo("RSA");
  }

  @Test
  void privateKey_whenPublicKeyGiven_rejectsWithoutQuotingIt() {
    String pem = KnownAnswers.snap().publicKeyPem();

    assertThatIllegalArgumentException().isThrownBy(() -> SnapKeys.privateKey(pem))
        .withMessageContaining("PKCS#8")
        .withMessageNotContaining(pem.substring(30, 60));
  }

  @Test
  void publicKey_whenGarbage_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SnapKeys.publicKey("-----BEGIN PUBLIC KEY-----\n!!\n-----END PUBLIC KEY-----"));
  }
}
