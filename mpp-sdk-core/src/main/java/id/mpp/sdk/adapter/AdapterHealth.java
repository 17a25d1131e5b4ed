package id.mpp.sdk.adapter;

import id.mpp.sdk.http.CircuitState;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The health of an agency's backend with a reason citizens can read, in Bahasa Indonesia and
 * English, so a hub can stop issuing tickets for a service whose agency is down and say why.
 *
 * <pre>{@code
 * public AdapterHealth health() {
 *   return AdapterHealth.from(http.circuitState(), Optional.empty(), clock.instant());
 * }
 * }</pre>
 *
 * @param status UP, DEGRADED or DOWN
 * @param reasonIndonesian the reason in Bahasa Indonesia; empty when UP
 * @param reasonEnglish the reason in English; empty when UP
 * @param checkedAt when the health was determined (injected clock)
 */
public record AdapterHealth(HealthStatus status, String reasonIndonesian, String reasonEnglish,
    Instant checkedAt) {

  /** Checks that every part is present and that a non-UP status has a reason. */
  public AdapterHealth {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reasonIndonesian, "reasonIndonesian");
    Objects.requireNonNull(reasonEnglish, "reasonEnglish");
    Objects.requireNonNull(checkedAt, "checkedAt");
    if (status != HealthStatus.UP && (reasonIndonesian.isBlank() || reasonEnglish.isBlank())) {
      throw new IllegalArgumentException("a health other than UP needs a reason in both languages");
    }
  }

  /**
   * @param at when
   * @return UP, without a reason
   */
  public static AdapterHealth up(Instant at) {
    return new AdapterHealth(HealthStatus.UP, "", "", at);
  }

  /**
   * @param reasonIndonesian the reason in Bahasa Indonesia
   * @param reasonEnglish the reason in English
   * @param at when
   * @return DEGRADED with the reason
   */
  public static AdapterHealth degraded(String reasonIndonesian, String reasonEnglish, Instant at) {
    return new AdapterHealth(HealthStatus.DEGRADED, reasonIndonesian, reasonEnglish, at);
  }

  /**
   * @param reasonIndonesian the reason in Bahasa Indonesia
   * @param reasonEnglish the reason in English
   * @param at when
   * @return DOWN with the reason
   */
  public static AdapterHealth down(String reasonIndonesian, String reasonEnglish, Instant at) {
    return new AdapterHealth(HealthStatus.DOWN, reasonIndonesian, reasonEnglish, at);
  }

  /**
   * Combines the circuit state of the agency's HTTP client with an optional self-check: OPEN is
   * DOWN ("the agency's system is not answering"), HALF_OPEN is DEGRADED ("recovering"), CLOSED
   * is UP; then the worse of that and the self-check wins.
   *
   * @param circuit the circuit state of the agency's client
   * @param selfCheck the adapter's own check, if it has one
   * @param at when
   * @return the combined health
   */
  public static AdapterHealth from(CircuitState circuit, Optional<AdapterHealth> selfCheck,
      Instant at) {
    Objects.requireNonNull(circuit, "circuit");
    Objects.requireNonNull(selfCheck, "selfCheck");
    AdapterHealth fromCircuit = switch (circuit) {
      case OPEN -> down("Sistem instansi sedang tidak dapat dihubungi; silakan coba lagi nanti.",
          "The agency's system is not answering; please try again later.", at);
      case HALF_OPEN -> degraded("Sistem instansi sedang pulih dari gangguan.",
          "The agency's system is recovering from an outage.", at);
      case CLOSED -> up(at);
    };
    return selfCheck.map(fromCircuit::worse).orElse(fromCircuit);
  }

  /**
   * The worse of two healths (DOWN over DEGRADED over UP); on a tie, this one.
   *
   * @param other the other health
   * @return the worse
   */
  public AdapterHealth worse(AdapterHealth other) {
    return rank(other.status) > rank(status) ? other : this;
  }

  /** @return whether the hub may issue tickets for the agency's services */
  public boolean acceptsWork() {
    return status == HealthStatus.UP || status == HealthStatus.DEGRADED;
  }

  /**
   * The reason in a citizen's language.
   *
   * @param locale {@code id} (or the legacy {@code in}) for Bahasa Indonesia, otherwise English
   * @return the reason, empty when UP
   */
  public String reason(Locale locale) {
    String language = locale.getLanguage();
    return "id".equals(language) || "in".equals(language) ? reasonIndonesian : reasonEnglish;
  }

  private static int rank(HealthStatus s) {
    return switch (s) {
      case UP -> 0;
      case DEGRADED -> 1;
      case UNKNOWN -> 2;
      case DOWN -> 3;
    };
  }
}
