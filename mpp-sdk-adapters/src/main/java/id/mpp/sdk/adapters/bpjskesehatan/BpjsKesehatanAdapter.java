package id.mpp.sdk.adapters.bpjskesehatan;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.MembershipCapability;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.adapter.MembershipStatus;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AgencyResponse;
import id.mpp.sdk.http.CircuitState;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The BPJS Kesehatan adapter: {@link MembershipCapability} through VClaim
 * ({@code Peserta/nokartu/{noka}/tglSEP/{date}} and {@code Peserta/nik/{nik}/tglSEP/{date}}), and
 * the Antrean RS client for queue task times. VClaim down is DOWN; Antrean RS down only DEGRADED
 * (task times wait in the outbox).
 */
final class BpjsKesehatanAdapter implements AgencyAdapter, MembershipCapability {

  /**
   * VClaim answers an unknown participant with code 201 and this message (UNCONFIRMED: BPJS
   * publishes no list of its messages; other 201 answers are rejections).
   */
  static final String NOT_FOUND_MESSAGE = "tidak ditemukan";

  private final AdapterDescriptor descriptor;
  private final BpjsKesehatanConfig config;
  private final AgencyHttpClient vclaim;
  private final AgencyHttpClient antrean;
  private final Clock clock;

  BpjsKesehatanAdapter(AdapterContext<BpjsKesehatanConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.vclaim = context.httpClient(httpConfig(config.vclaimBaseUrl(), config.vclaimUserKey()));
    this.antrean = context.httpClient(httpConfig(config.antreanBaseUrl(),
        config.antreanUserKey()));
  }

  private AgencyHttpConfig httpConfig(URI baseUrl, id.mpp.sdk.config.Secret userKey) {
    return AgencyHttpConfig.builder(baseUrl)
        .auth(new BpjsAuthScheme(config.consId(), config.secretKey(), userKey))
        .deadline(config.deadline())
        .attemptTimeout(config.deadline().compareTo(java.time.Duration.ofSeconds(15)) < 0
            ? config.deadline() : java.time.Duration.ofSeconds(15))
        .build();
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public MembershipStatus checkMembership(MembershipQuery query) {
    Objects.requireNonNull(query, "query");
    String path;
    if (query.findMemberNumber().isPresent()) {
      String card = query.findMemberNumber().get();
      if (!card.matches("\\d{13}")) {
        throw MppValidationException.of("memberNumber", "bpjs.cardNumber.format",
            "a BPJS Kesehatan card number has 13 digits");
      }
      path = "/Peserta/nokartu/" + card + "/tglSEP/" + query.onDate();
    } else {
      path = "/Peserta/nik/" + query.findNik().orElseThrow().value() + "/tglSEP/"
          + query.onDate();
    }
    AgencyResponse response = vclaim.send(AgencyRequest.get(path));
    BpjsEnvelope envelope = envelope(response);
    if (!envelope.isSuccess()) {
      if (envelope.code().equals("201") && envelope.message().toLowerCase(java.util.Locale.ROOT)
          .contains(NOT_FOUND_MESSAGE)) {
        return MembershipStatus.notFound(query.onDate());
      }
      throw refusal(envelope, response);
    }
    JsonNode peserta = envelope.response().path("peserta");
    JsonNode status = peserta.path("statusPeserta");
    if (!peserta.isObject() || !status.path("kode").isValueNode()) {
      throw new AgencyProtocolException(agency(), response.requestId(),
          "field 'response.peserta.statusPeserta.kode' is missing", null);
    }
    String code = status.path("kode").asText();
    return new MembershipStatus(true, config.activeStatusCodes().contains(code), code,
        status.path("keterangan").asText(""), text(peserta.path("hakKelas").path("keterangan")),
        text(peserta.path("jenisPeserta").path("keterangan")), query.onDate());
  }

  /** @return the Antrean RS client (signed with the Antrean user key) */
  AgencyHttpClient antrean() {
    return antrean;
  }

  /** @return the adapter's clock */
  Clock clock() {
    return clock;
  }

  BpjsEnvelope envelope(AgencyResponse response) {
    try {
      return BpjsEnvelope.parse(response.body());
    } catch (MppException | IllegalArgumentException e) {
      throw new AgencyProtocolException(agency(), response.requestId(),
          "the answer is not a BPJS envelope", null);
    }
  }

  MppException refusal(BpjsEnvelope envelope, AgencyResponse response) {
    if (envelope.code().equals("401")) {
      return new AgencyAuthenticationException(agency(), response.requestId(),
          "BPJS refused the consumer credentials (code 401); check consId, secretKey and the"
              + " user keys", null);
    }
    return new AgencyRejectedException(agency(), response.requestId(), response.status(),
        envelope.code(), envelope.message());
  }

  private String agency() {
    return descriptor.agencyId().value();
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.asText().isBlank() ? node.asText() : null;
  }

  @Override
  public AdapterHealth health() {
    java.time.Instant now = clock.instant();
    Optional<AdapterHealth> reporting = antrean.circuitState() == CircuitState.CLOSED
        ? Optional.empty()
        : Optional.of(AdapterHealth.degraded("Pelaporan waktu antrean ke BPJS Kesehatan tertunda;"
            + " laporan dikirim ulang setelah pulih.", "Queue time reporting to BPJS Kesehatan is"
            + " delayed; reports are sent again once it recovers.", now));
    return AdapterHealth.from(vclaim.circuitState(), reporting, now);
  }

  @Override
  public String toString() {
    return "BpjsKesehatanAdapter[" + config + "]";
  }
}
