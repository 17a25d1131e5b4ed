package id.mpp.sdk.adapter.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.AgencyTlsException;
import id.mpp.sdk.AgencyTlsException.Reason;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.http.TlsPolicy;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.MppValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F11 and S7 through the hub, for any adapter: {@code mpp.adapter.<agency-id>.tls.trust} and
 * {@code tls.pins} reach the HTTP client of an adapter that knows nothing about TLS (the example
 * adapter), against an https agency on loopback whose certificate comes from a private CA.
 */
@Tag("reliability")
class AdapterTlsSettingsIT {

  private static final String HOST = "127.0.0.1";
  private static final String PREFIX = "mpp.adapter.contoh-perizinan.";
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final HeldCertificate CA = new HeldCertificate.Builder()
      .commonName("CA Instansi Contoh").certificateAuthority(0).ecdsa256().build();
  private static final HeldCertificate OTHER_CA = new HeldCertificate.Builder()
      .commonName("CA Lain").certificateAuthority(0).ecdsa256().build();
  private static final HeldCertificate LEAF = new HeldCertificate.Builder()
      .commonName("api.contoh.go.id").addSubjectAlternativeName(HOST).signedBy(CA).ecdsa256()
      .build();

  @TempDir
  Path dir;

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-11-23T01:00:00Z"), WIB);
  private final List<Long> waits = new CopyOnWriteArrayList<>();
  private AgencyHttpClients http;
  private MockWebServer agency;
  private AdapterRegistry registry;

  @BeforeEach
  void start() throws IOException {
    http = AgencyHttpClients.builder().clock(clock).sleeper(d -> {
      waits.add(d.toMillis());
      clock.advance(d);
    }).build();
    agency = new MockWebServer();
    agency.useHttps(new HandshakeCertificates.Builder().heldCertificate(LEAF, CA.certificate())
        .build().sslSocketFactory());
    agency.start(InetAddress.getByName(HOST), 0);
  }

  @AfterEach
  void stop() {
    if (registry != null) {
      registry.close();
    }
    http.close();
    agency.close();
  }

  @Test
  void call_whenTheHubTrustsTheAgencysPrivateCa_succeeds() throws IOException {
    answerStatus();
    ApplicationsCapability applications = load(Map.of(PREFIX + "tls.trust", pem("ca.pem", CA)));

    AgencyStatusReport report = applications.getStatus("REG-0042");

    assertThat(report.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(agency.getRequestCount()).isEqualTo(1);
  }

  @Test
  void call_whenTheHubPinsTheCaKeyWithABackup_succeeds() throws IOException {
    answerStatus();
    ApplicationsCapability applications = load(Map.of(PREFIX + "tls.trust", pem("ca.pem", CA),
        PREFIX + "tls.pins", TlsPolicy.pinOf(CA.certificate()) + " , "
            + TlsPolicy.pinOf(OTHER_CA.certificate())));

    assertThat(applications.getStatus("REG-0042").status())
        .isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(agency.getRequestCount()).isEqualTo(1);
  }

  @Test
  void call_whenNoTlsSettings_theJdkTrustStoreRefusesThePrivateCaAndNothingIsSent() {
    ApplicationsCapability applications = load(Map.of());

    AgencyTlsException e = catchThrowableOfType(() -> applications.getStatus("REG-0042"),
        AgencyTlsException.class);

    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CERTIFICATE);
    assertThat(agency.getRequestCount()).as("requests the agency saw").isZero();
    assertThat(waits).as("a TLS failure is not retried").isEmpty();
  }

  @Test
  void call_whenTheHubPinsAnotherKey_pinMismatchNothingSentPinNotEchoed() throws IOException {
    String pin = TlsPolicy.pinOf(OTHER_CA.certificate());
    ApplicationsCapability applications = load(Map.of(PREFIX + "tls.trust", pem("ca.pem", CA),
        PREFIX + "tls.pins", pin));

    AgencyTlsException e = catchThrowableOfType(() -> applications.getStatus("REG-0042"),
        AgencyTlsException.class);

    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.PIN_MISMATCH);
    assertThat(e.getMessage()).doesNotContain(pin.substring("sha256/".length()));
    assertThat(agency.getRequestCount()).as("requests the agency saw").isZero();
    assertThat(waits).isEmpty();
  }

  @Test
  void build_whenTlsSettingsAreBad_refusedNamingEachSettingWithoutQuotingAndCreatesNothing()
      throws IOException {
    Path notPem = dir.resolve("bukan.pem");
    Files.writeString(notPem, "rahasia-bukan-sertifikat", StandardCharsets.UTF_8);
    Map<String, String> settings = new HashMap<>(base());
    settings.put(PREFIX + "tls.trust", notPem + "," + dir.resolve("tidak-ada.pem"));
    settings.put(PREFIX + "tls.pins", "sha256/pendek");
    settings.put(PREFIX + "tls.pin", "salah-eja");

    MppValidationException e = catchThrowableOfType(
        () -> registry(settings, MppValidator.INDONESIAN), MppValidationException.class);

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(tuple(PREFIX + "tls.pin", "config.unknown"),
        tuple(PREFIX + "tls.pins", "config.tls.pin"),
        tuple(PREFIX + "tls.trust", "config.tls.trust"));
    assertThat(e.violations()).extracting(Violation::message)
        .contains("harus menyebut berkas PEM sertifikat X.509 yang bisa dibaca, dipisah koma");
    assertThat(e.getMessage()).doesNotContain("rahasia-bukan-sertifikat")
        .doesNotContain("pendek").doesNotContain("salah-eja");
    assertThat(agency.getRequestCount()).isZero();
  }

  @Test
  void build_whenTlsSettingsForAnHttpAgency_refusedNamingTheSetting() throws IOException {
    Map<String, String> settings = new HashMap<>(base());
    settings.put(PREFIX + "baseUrl", "http://" + HOST + ":" + agency.getPort());
    settings.put(PREFIX + "tls.trust", pem("ca.pem", CA));

    MppValidationException e = catchThrowableOfType(() -> registry(settings,
        MppValidator.ENGLISH), MppValidationException.class);

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple(PREFIX + "tls", "config.tls.https"));
  }

  private ApplicationsCapability load(Map<String, String> tls) {
    Map<String, String> settings = new HashMap<>(base());
    settings.putAll(tls);
    registry = registry(settings, MppValidator.ENGLISH);
    return registry.findCapability(ContohPerizinanAdapterProvider.AGENCY,
        ApplicationsCapability.class).orElseThrow();
  }

  private AdapterRegistry registry(Map<String, String> settings, Locale locale) {
    return AdapterRegistry.builder().provider(new ContohPerizinanAdapterProvider())
        .properties(settings).httpClients(http).clock(clock).zone(WIB).locale(locale).build();
  }

  private Map<String, String> base() {
    return Map.of(PREFIX + "baseUrl", "https://" + HOST + ":" + agency.getPort(),
        PREFIX + "apiKey", "kunci-rahasia-123");
  }

  private String pem(String name, HeldCertificate certificate) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, certificate.certificatePem(), StandardCharsets.US_ASCII);
    return file.toString();
  }

  private void answerStatus() {
    agency.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"nomorRegistrasi\":\"REG-0042\",\"status\":\"verifikasi\","
            + "\"diperbaruiPada\":\"2026-11-24T02:00:00Z\"}").build());
  }
}
