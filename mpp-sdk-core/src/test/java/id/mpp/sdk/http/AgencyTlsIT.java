package id.mpp.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.mpp.sdk.AgencyTlsException;
import id.mpp.sdk.AgencyTlsException.Reason;
import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.config.Secret;
import jakarta.validation.constraints.NotBlank;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * F11 and S7 of reliability.md: the agency's TLS endpoint on loopback (MockWebServer with
 * certificates made by okhttp-tls). A certificate the {@link TlsPolicy} refuses fails closed with a
 * typed {@link AgencyTlsException}: the server sees one connection and no request, the SDK waits
 * for nothing and does not retry, the listener hears callFailed, and the message holds no key. A
 * handshake cut by the network is a connection failure and is retried.
 */
@Tag("reliability")
class AgencyTlsIT {

  private static final String HOST = "127.0.0.1";
  private static final long DAY = TimeUnit.DAYS.toMillis(1);

  private static final HeldCertificate CA = ca("Uji Instansi Root CA");
  private static final HeldCertificate OTHER_CA = ca("Other Root CA");
  private static final HeldCertificate LEAF = leaf("api.uji-instansi", CA);
  private static final HeldCertificate NEXT_LEAF = leaf("api.uji-instansi next key", CA);

  record Echo(@NotBlank String value) {
  }

  private final HttpFixture f = HttpFixture.withManualTime();
  private final TlsServers.CountingServerSockets sockets = new TlsServers.CountingServerSockets();
  private MockWebServer server;
  private TlsServers.SwitchableSslSockets serverTls;
  private TlsServers.HandshakeCutter cutter;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (cutter != null) {
      cutter.close();
    }
    f.clients.close();
  }

  private static HeldCertificate ca(String name) {
    return new HeldCertificate.Builder().commonName(name).certificateAuthority(0).ecdsa256()
        .build();
  }

  private static HeldCertificate leaf(String name, HeldCertificate signer) {
    return new HeldCertificate.Builder().commonName(name).addSubjectAlternativeName(HOST)
        .signedBy(signer).ecdsa256().build();
  }

  private static SSLSocketFactory presenting(HeldCertificate certificate) {
    return new HandshakeCertificates.Builder().heldCertificate(certificate).build()
        .sslSocketFactory();
  }

  private void start(HeldCertificate certificate) throws Exception {
    serverTls = new TlsServers.SwitchableSslSockets(presenting(certificate));
    server = new MockWebServer();
    server.setServerSocketFactory(sockets);
    server.useHttps(serverTls);
    server.start(InetAddress.getByName(HOST), 0);
  }

  private void answerOk() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"value\":\"ok\"}").build());
  }

  private AgencyHttpClient client(TlsPolicy tls) {
    return client(server.getPort(), tls);
  }

  private AgencyHttpClient client(int port, TlsPolicy tls) {
    return f.client(config(port).tls(tls).build());
  }

  /** The agency on a loopback port over https, retried after 100 ms then 200 ms, no jitter. */
  private static AgencyHttpConfig.Builder config(int port) {
    return AgencyHttpConfig.builder(URI.create("https://" + HOST + ":" + port))
        .resilience(ResilienceConfig.custom().jitter(0.0)
            .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(2)).build());
  }

  private static TlsPolicy trusting(HeldCertificate ca) {
    return TlsPolicy.builder().trust(ca.certificate()).build();
  }

  /** Calls, expects a TLS failure, and checks what every fail-closed TLS failure must show. */
  private AgencyTlsException failsClosed(AgencyHttpClient client, Reason reason,
      HeldCertificate presented, List<String> pins) {
    AgencyTlsException e = catchThrowableOfType(
        () -> client.call(AgencyRequest.get("/status"), Echo.class), AgencyTlsException.class);

    assertThat(e).as("a typed TLS failure").isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).contains("agency 'uji-instansi'", "host " + HOST,
        "nothing was sent");
    assertThat(server.getRequestCount()).as("requests the agency saw").isZero();
    assertThat(sockets.accepted.get()).as("connections the agency accepted").isEqualTo(1);
    assertThat(f.waits).as("waits: a TLS failure is not retried").isEmpty();
    assertThat(f.events.log).containsExactly("started GET /status",
        "failed AgencyTlsException in 1");
    assertThat(f.events.failures).containsExactly(e);
    String everything = stackTrace(e);
    assertThat(everything).doesNotContain("PRIVATE KEY");
    for (HeldCertificate c : List.of(CA, OTHER_CA, LEAF, NEXT_LEAF, presented)) {
      String key = Base64.getEncoder().encodeToString(c.keyPair().getPrivate().getEncoded());
      assertThat(everything).as("private key material").doesNotContain(key)
          .doesNotContain(key.substring(key.length() - 40));
    }
    for (String pin : pins) {
      assertThat(everything).as("configured pins").doesNotContain(pin.substring(7));
    }
    return e;
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  // trusted --------------------------------------------------------------------------------

  @Test
  void call_whenCertificateFromTheAgencysPrivateCa_succeeds() throws Exception {
    start(LEAF);
    answerOk();
    AgencyHttpClient client = client(trusting(CA));

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
    RecordedRequest seen = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getHandshake().localCertificates()).containsExactly(LEAF.certificate());
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sockets.accepted.get()).isEqualTo(1);
    assertThat(f.events.log).containsExactly("started GET /status", "finished 200 in 1");
  }

  @Test
  void call_whenPinnedKeyWithBackup_succeeds() throws Exception {
    start(LEAF);
    answerOk();
    AgencyHttpClient client = client(TlsPolicy.builder().trust(CA.certificate())
        .pin(HOST, TlsPolicy.pinOf(LEAF.certificate()), TlsPolicy.pinOf(NEXT_LEAF.certificate()))
        .build());

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(f.events.log).containsExactly("started GET /status", "finished 200 in 1");
  }

  @Test
  void call_whenAgencyRotatesToTheBackupKey_keepsSucceeding() throws Exception {
    start(LEAF);
    answerOk();
    answerOk();
    AgencyHttpClient client = client(TlsPolicy.builder().trust(CA.certificate())
        .pin(HOST, TlsPolicy.pinOf(LEAF.certificate()), TlsPolicy.pinOf(NEXT_LEAF.certificate()))
        .build());
    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");

    serverTls.use(presenting(NEXT_LEAF));
    client.okHttpClient().connectionPool().evictAll(); // the next call opens a new connection

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHandshake().localCertificates())
        .containsExactly(LEAF.certificate());
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHandshake().localCertificates())
        .as("the second connection presented the rotated key")
        .containsExactly(NEXT_LEAF.certificate());
    assertThat(sockets.accepted.get()).isEqualTo(2);
    assertThat(f.waits).isEmpty();
    assertThat(f.events.log).containsExactly("started GET /status", "finished 200 in 1",
        "started GET /status", "finished 200 in 1");
  }

  @Test
  void call_whenPinnedCaKey_acceptsAnyLeafItSigned() throws Exception {
    start(NEXT_LEAF);
    answerOk();
    AgencyHttpClient client = client(TlsPolicy.builder().trust(CA.certificate())
        .pin(HOST, TlsPolicy.pinOf(CA.certificate())).build());

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // refused --------------------------------------------------------------------------------

  @Test
  void call_whenSelfSignedCertificate_untrustedNothingSent() throws Exception {
    HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("self-signed agency")
        .addSubjectAlternativeName(HOST).ecdsa256().build();
    start(selfSigned);

    AgencyTlsException e = failsClosed(client(trusting(CA)), Reason.UNTRUSTED_CERTIFICATE,
        selfSigned, List.of());

    assertThat(e.getMessage()).contains("subject CN=self-signed agency",
        "not issued by a trusted CA");
  }

  @Test
  void call_whenTheTokenEndpointsCertificateIsUntrusted_tlsFailureNothingSentAnywhere()
      throws Exception {
    start(LEAF);
    HeldCertificate foreign = leaf("foreign token endpoint", OTHER_CA);
    try (MockWebServer tokens = new MockWebServer()) {
      tokens.useHttps(presenting(foreign));
      tokens.start(InetAddress.getByName(HOST), 0);
      AgencyHttpClient client = f.client(config(server.getPort())
          .auth(AuthScheme.oauth2ClientCredentials(OAuth2ClientCredentials.of(
              URI.create("https://" + HOST + ":" + tokens.getPort() + "/oauth/token"),
              "mpp-hub", Secret.of("rahasia-klien-tls"), "layanan.read")))
          .tls(trusting(CA)).build());

      AgencyTlsException e = catchThrowableOfType(
          () -> client.call(AgencyRequest.get("/status"), Echo.class), AgencyTlsException.class);

      assertThat(e).as("a typed TLS failure at the token endpoint").isNotNull();
      assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CERTIFICATE);
      assertThat(e.isRetryable()).isFalse();
      assertThat(tokens.getRequestCount()).as("requests the token endpoint saw").isZero();
      assertThat(server.getRequestCount()).as("requests the agency saw").isZero();
      assertThat(f.waits).as("waits: a TLS failure is not retried").isEmpty();
      assertThat(f.events.log).containsExactly("started GET /status",
          "failed AgencyTlsException in 1");
      assertThat(stackTrace(e)).doesNotContain("rahasia-klien-tls");
    }
  }

  @Test
  void call_whenCertificateOfAnotherCa_untrustedNothingSent() throws Exception {
    HeldCertificate foreign = leaf("foreign agency", OTHER_CA);
    start(foreign);

    failsClosed(client(trusting(CA)), Reason.UNTRUSTED_CERTIFICATE, foreign, List.of());
  }

  @Test
  void call_whenPrivateCaButJdkTrustStore_untrustedNothingSent() throws Exception {
    start(LEAF);

    AgencyTlsException e = failsClosed(client(TlsPolicy.defaults()),
        Reason.UNTRUSTED_CERTIFICATE, LEAF, List.of());

    assertThat(e.getMessage()).contains("the JDK's trust store");
  }

  @Test
  void call_whenCertificateExpired_expiredNothingSent() throws Exception {
    long now = System.currentTimeMillis(); // the JDK checks validity against the real clock
    HeldCertificate expired = new HeldCertificate.Builder().commonName("expired agency")
        .addSubjectAlternativeName(HOST).validityInterval(now - 30 * DAY, now - DAY)
        .signedBy(CA).ecdsa256().build();
    start(expired);

    AgencyTlsException e = failsClosed(client(trusting(CA)), Reason.EXPIRED_CERTIFICATE, expired,
        List.of());

    assertThat(e.getMessage()).contains("has expired or is not yet valid");
  }

  @Test
  void call_whenCertificateForAnotherHost_hostNameMismatchNothingSent() throws Exception {
    HeldCertificate otherHost = new HeldCertificate.Builder().commonName("agency.example")
        .addSubjectAlternativeName("agency.example").signedBy(CA).ecdsa256().build();
    start(otherHost);

    AgencyTlsException e = failsClosed(client(trusting(CA)), Reason.HOST_NAME_MISMATCH, otherHost,
        List.of());

    assertThat(e.getMessage()).contains("subject CN=agency.example", "another host name");
  }

  @Test
  void call_whenNoPinMatches_pinMismatchNothingSentPinsNotEchoed() throws Exception {
    start(LEAF);
    List<String> pins = List.of(TlsPolicy.pinOf(NEXT_LEAF.certificate()),
        TlsPolicy.pinOf(OTHER_CA.certificate()));

    AgencyTlsException e = failsClosed(client(TlsPolicy.builder().trust(CA.certificate())
            .pin(HOST, pins.get(0), pins.get(1)).build()), Reason.PIN_MISMATCH, LEAF, pins);

    assertThat(e.getMessage()).contains("subject CN=api.uji-instansi", "none of the 2 key(s)",
        "backup pin");
    assertThat(e.getCause()).as("OkHttp's message lists the pins; it is not kept").isNull();
  }

  // cut by the network ---------------------------------------------------------------------

  @Test
  void call_whenHandshakeClosedMidway_retriedAsNotSentThenUnavailable() throws Exception {
    cutter = new TlsServers.HandshakeCutter();
    AgencyHttpClient client = client(cutter.port(), trusting(CA));

    AgencyUnavailableException e = catchThrowableOfType(
        () -> client.call(AgencyRequest.get("/status"), Echo.class),
        AgencyUnavailableException.class);

    assertThat(e).isNotNull();
    assertThat(e.circuitOpen()).isFalse();
    assertThat(e).isNotInstanceOf(AgencyTlsException.class);
    assertThat(cutter.accepted.get()).as("connections").isEqualTo(3);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(f.events.log).hasSize(4).startsWith("started GET /status")
        .endsWith("failed AgencyUnavailableException in 3");
    assertThat(f.events.log.get(1)).startsWith("retried 1 after 100ms: not connected: ");
  }

  @Test
  void call_whenHttpsUrlReachesAPlainHttpPort_handshakeFailedNotRetried() throws Exception {
    cutter = TlsServers.HandshakeCutter.plainHttp();
    AgencyHttpClient client = client(cutter.port(), trusting(CA));

    AgencyTlsException e = catchThrowableOfType(
        () -> client.call(AgencyRequest.get("/status"), Echo.class), AgencyTlsException.class);

    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.HANDSHAKE_FAILED);
    assertThat(e.getMessage()).contains("the handshake with host " + HOST + " failed (SSL",
        "nothing was sent");
    assertThat(cutter.accepted.get()).as("connections").isEqualTo(1);
    assertThat(f.waits).isEmpty();
    assertThat(f.events.log).containsExactly("started GET /status",
        "failed AgencyTlsException in 1");
  }

  @Test
  void client_whenPolicyTrustsOnlyTheAgencyCa_certificatesAreTheirs() throws Exception {
    start(LEAF);
    AgencyHttpClient client = client(trusting(CA));

    X509Certificate[] issuers = client.okHttpClient().x509TrustManager().getAcceptedIssuers();

    assertThat(issuers).containsExactly(CA.certificate());
    assertThat(client.okHttpClient().hostnameVerifier().getClass().getSimpleName())
        .as("host-name verification stays OkHttp's").isEqualTo("OkHostnameVerifier");
  }
}
