package id.mpp.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AuthRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.AuthTransport;
import id.mpp.sdk.http.HmacSigning;
import id.mpp.sdk.http.HttpMethod;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmacSigningAuthTest {

  private static final AuthTransport NO_TRANSPORT = (url, headers, type, body) -> {
    throw new AssertionError("HMAC signing needs no token endpoint");
  };

  private static AuthRequest request() {
    return new AuthRequest(AgencyId.of("uji"), HttpMethod.POST,
        URI.create("https://api.example.go.id/api/v1/permohonan?x=1"),
        "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_8), "application/json",
        Instant.parse("2026-11-23T01:00:00Z"), "req-1", NO_TRANSPORT);
  }

  @Test
  void headers_whenKnownInput_matchOpensslVector() {
    // printf 'POST\n/api/v1/permohonan?x=1\n1795395600\nreq-1\n<sha256 hex of {"a":"b"}>'
    //   | openssl dgst -sha256 -hmac '0123456789abcdef-secret' -binary | base64
    AuthScheme scheme = AuthScheme.hmac(HmacSigning.sha256("mpp-kota",
        Secret.of("0123456789abcdef-secret")));

    Map<String, String> headers = scheme.headers(request());

    assertThat(headers).containsEntry("X-Key-Id", "mpp-kota")
        .containsEntry("X-Timestamp", "1795395600")
        .containsEntry("X-Signature", "oPZ5ZugMRNpEIZzh/H7hy3stHYW9Okp4kJuEUUI9Oj0=");
  }

  @Test
  void stringToSign_whenBody_endsWithItsSha256() {
    assertThat(HmacSigningAuth.stringToSign(request(), "1795395600")).isEqualTo(
        "POST\n/api/v1/permohonan?x=1\n1795395600\nreq-1\n"
            + "db4a7ecb114bc66c623a06c4ff6fe8daa2f49cc270ebbf7a1f81e22ab061c837");
  }

  @Test
  void secretHeaders_whenHmac_includeTheSignature() {
    assertThat(AuthScheme.hmac(HmacSigning.sha256("k", Secret.of("0123456789abcdef-x")))
        .secretHeaders()).containsExactly("X-Signature");
  }
}
