package id.mpp.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import okhttp3.CertificatePinner;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("reliability")
class TlsPolicyTest {

  private static final HeldCertificate CA = new HeldCertificate.Builder()
      .commonName("Uji Instansi Root CA").certificateAuthority(0).ecdsa256().build();
  private static final HeldCertificate OTHER = new HeldCertificate.Builder()
      .commonName("Lain").ecdsa256().build();
  private static final String PIN_A = TlsPolicy.pinOf(CA.certificate());
  private static final String PIN_B = TlsPolicy.pinOf(OTHER.certificate());

  @Test
  void defaults_whenNothingSet_jdkTrustStoreNoPins() {
    TlsPolicy tls = TlsPolicy.defaults();

    assertThat(tls.isDefault()).isTrue();
    assertThat(tls.trustedCertificates()).isEmpty();
    assertThat(tls.pins()).isEmpty();
    assertThat(TlsPolicy.builder().build()).isSameAs(tls);
    assertThat(AgencyHttpConfig.builder(URI.create("https://api.example.go.id")).build().tls())
        .isSameAs(tls);
  }

  @Test
  void pinOf_whenCertificate_sameAsOkHttpsPin() {
    assertThat(PIN_A).isEqualTo(CertificatePinner.pin(CA.certificate()))
        .startsWith("sha256/").hasSize("sha256/".length() + 44);
  }

  @Test
  void build_whenPinWithBackup_keepsBothInOrder() {
    TlsPolicy tls = TlsPolicy.builder().trust(CA.certificate())
        .pin("api.example.go.id", PIN_A, PIN_B).build();

    assertThat(tls.pins()).containsExactly(
        java.util.Map.entry("api.example.go.id", List.of(PIN_A, PIN_B)));
    assertThat(tls.pinsFor("API.example.go.id")).containsExactly(PIN_A, PIN_B);
    assertThat(tls.pinsFor("other.example.go.id")).isEmpty();
    assertThat(tls.trustedCertificates()).containsExactly(CA.certificate());
    assertThat(tls.isDefault()).isFalse();
  }

  @Test
  void build_whenPinIsNotSha256Base64_refusedNamingTheField() {
    String sha1 = "sha1/" + Base64.getEncoder().encodeToString(new byte[20]);

    assertThatThrownBy(() -> TlsPolicy.builder()
        .pin("api.example.go.id", PIN_A, "sha256/not-base64!").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pins[api.example.go.id][1]")
        .hasMessageContaining("sha256/");
    assertThatThrownBy(() -> TlsPolicy.builder().pin("api.example.go.id", sha1).build())
        .hasMessageContaining("pins[api.example.go.id][0]");
    assertThatThrownBy(() -> TlsPolicy.builder().pin("api.example.go.id", null).build())
        .hasMessageContaining("pins[api.example.go.id][0]");
  }

  @Test
  void build_whenPinHashIsNot32Bytes_refused() throws Exception {
    byte[] sha512 = MessageDigest.getInstance("SHA-512").digest(new byte[1]);

    assertThatThrownBy(() -> TlsPolicy.builder().pin("api.example.go.id",
        "sha256/" + Base64.getEncoder().encodeToString(sha512)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pins[api.example.go.id][0]")
        .hasMessageContaining("32-byte");
  }

  @Test
  void build_whenSeveralProblems_reportsEveryOne() {
    assertThatThrownBy(() -> TlsPolicy.builder()
        .pin("https://api.example.go.id/", PIN_A)
        .pin("a.example.go.id", PIN_A, PIN_A)
        .trust(CA.certificate(), null)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pins[https://api.example.go.id/] must be a lower-case host name")
        .hasMessageContaining("pins[a.example.go.id][1] repeats")
        .hasMessageContaining("trustedCertificates[1] must not be null");
  }

  @Test
  void build_whenHostPinnedTwice_refused() {
    assertThatThrownBy(() -> TlsPolicy.builder().pin("a.example.go.id", PIN_A)
        .pin("a.example.go.id", PIN_B).build())
        .hasMessageContaining("pins[a.example.go.id] is pinned twice");
  }

  @Test
  void pinsFor_whenWildcards_matchLikeOkHttp() {
    TlsPolicy tls = TlsPolicy.builder().pin("*.example.go.id", PIN_A)
        .pin("**.bank.example", PIN_B).build();

    assertThat(tls.pinsFor("api.example.go.id")).containsExactly(PIN_A);
    assertThat(tls.pinsFor("a.b.example.go.id")).isEmpty();
    assertThat(tls.pinsFor("example.go.id")).isEmpty();
    assertThat(tls.pinsFor("bank.example")).containsExactly(PIN_B);
    assertThat(tls.pinsFor("x.y.bank.example")).containsExactly(PIN_B);
  }

  @Test
  void toString_whenPinned_namesSubjectsAndCountsNotPins() {
    TlsPolicy tls = TlsPolicy.builder().trust(CA.certificate())
        .pin("api.example.go.id", PIN_A, PIN_B).build();

    assertThat(tls.toString()).contains("CN=Uji Instansi Root CA", "api.example.go.id=2 pin(s)")
        .doesNotContain(PIN_A.substring(7), PIN_B.substring(7));
  }

  @Test
  void config_whenTlsPolicyOnPlainHttp_refused() {
    TlsPolicy tls = TlsPolicy.builder().trust(CA.certificate()).build();

    assertThatThrownBy(() -> AgencyHttpConfig.builder(URI.create("http://127.0.0.1:8080"))
        .tls(tls).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tls")
        .hasMessageContaining("https");
  }

  @Test
  void config_whenPinsMissTheBaseUrlHost_refused() {
    TlsPolicy tls = TlsPolicy.builder().pin("other.example.go.id", PIN_A).build();

    assertThatThrownBy(() -> AgencyHttpConfig.builder(URI.create("https://api.example.go.id"))
        .tls(tls).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tls pins name no host pattern matching")
        .hasMessageContaining("api.example.go.id");
  }

  @Test
  void config_whenTlsSet_keptByToBuilder() {
    TlsPolicy tls = TlsPolicy.builder().trust(CA.certificate())
        .pin("api.example.go.id", PIN_A, PIN_B).build();

    AgencyHttpConfig c = AgencyHttpConfig.builder(URI.create("https://api.example.go.id"))
        .tls(tls).build();

    assertThat(c.tls()).isEqualTo(tls);
    assertThat(c.toBuilder().build().tls()).isEqualTo(tls);
    assertThat(tls.toBuilder().build()).isEqualTo(tls).hasSameHashCodeAs(tls);
  }
}
