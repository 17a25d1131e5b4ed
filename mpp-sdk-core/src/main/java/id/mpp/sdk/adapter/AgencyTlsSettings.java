package id.mpp.sdk.adapter;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.http.AgencyHttpClientFactory;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.TlsPolicy;
import id.mpp.sdk.validation.MppValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hub's TLS settings of one agency, read from {@code mpp.adapter.<agency-id>.tls.*} so that an
 * integrator can trust an agency's private CA or pin its keys for any adapter, without the
 * adapter's code knowing:
 *
 * <ul>
 *   <li>{@code tls.trust}: PEM files of the CA certificates to trust instead of the JDK's trust
 *       store, separated by commas (a file may hold several certificates);
 *   <li>{@code tls.pins}: {@code sha256/} pins of public keys the agency's verified chain must hold
 *       at least one of, separated by commas: the current key first, then backup keys.
 * </ul>
 *
 * <p>The registry takes these keys out of the adapter's own settings, and applies them to every
 * HTTP client the adapter creates (pins to the host of the adapter's base URL). An adapter whose
 * agency URL is not https refuses them.
 */
final class AgencyTlsSettings {

  /** The sub-prefix of the TLS settings under an adapter's prefix. */
  static final String SUB_PREFIX = "tls.";

  private final String prefix;
  private final List<X509Certificate> trusted;
  private final List<String> pins;
  private final Locale locale;

  private AgencyTlsSettings(String prefix, List<X509Certificate> trusted, List<String> pins,
      Locale locale) {
    this.prefix = prefix;
    this.trusted = List.copyOf(trusted);
    this.pins = List.copyOf(pins);
    this.locale = locale;
  }

  /**
   * Reads the TLS settings under an adapter's prefix.
   *
   * @param properties every hub setting
   * @param adapterPrefix {@code mpp.adapter.<agency-id>.}
   * @param locale the locale of violation messages
   * @param violations where problems go, each naming its setting; the contents of a file and the
   *     pins are never quoted
   * @return the settings, or {@code null} when there are none or they have problems
   */
  static AgencyTlsSettings read(Map<String, String> properties, String adapterPrefix,
      Locale locale, List<Violation> violations) {
    String prefix = adapterPrefix + SUB_PREFIX;
    Map<String, String> tls = new TreeMap<>();
    properties.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        tls.put(k.substring(prefix.length()), v);
      }
    });
    if (tls.isEmpty()) {
      return null;
    }
    int before = violations.size();
    List<X509Certificate> trusted = new ArrayList<>();
    List<String> pins = new ArrayList<>();
    tls.forEach((name, value) -> {
      switch (name) {
        case "trust" -> readTrust(prefix + name, value, trusted, locale, violations);
        case "pins" -> readPins(prefix + name, value, pins, locale, violations);
        default -> violations.add(violation(prefix + name, "config.unknown", locale));
      }
    });
    return violations.size() > before ? null
        : new AgencyTlsSettings(prefix, trusted, pins, locale);
  }

  /**
   * Whether a setting is one of the TLS settings of an adapter.
   *
   * @param key the setting
   * @param adapterPrefix {@code mpp.adapter.<agency-id>.}
   * @return {@code true} for {@code mpp.adapter.<agency-id>.tls.*}
   */
  static boolean isTlsSetting(String key, String adapterPrefix) {
    return key.startsWith(adapterPrefix + SUB_PREFIX);
  }

  /**
   * Wraps the hub's factory so that every client of this agency gets these settings.
   *
   * @param factory the hub's factory
   * @return the wrapping factory
   */
  AgencyHttpClientFactory applyTo(AgencyHttpClientFactory factory) {
    return (AgencyId agencyId, AgencyHttpConfig config) -> factory.create(agencyId, apply(config));
  }

  AgencyHttpConfig apply(AgencyHttpConfig config) {
    if (!"https".equalsIgnoreCase(config.baseUrl().getScheme())) {
      throw new MppValidationException(List.of(violation(prefix.substring(0,
          prefix.length() - 1), "config.tls.https", locale)));
    }
    TlsPolicy.Builder policy = config.tls().toBuilder();
    if (!trusted.isEmpty()) {
      policy.trust(trusted);
    }
    if (!pins.isEmpty()) {
      String host = config.baseUrl().getHost().toLowerCase(Locale.ROOT);
      if (!config.tls().pinsFor(host).isEmpty()) {
        throw new MppValidationException(List.of(violation(prefix + "pins",
            "config.tls.pinnedTwice", locale)));
      }
      policy.pin(host, pins.get(0), pins.subList(1, pins.size()).toArray(String[]::new));
    }
    return config.toBuilder().tls(policy.build()).build();
  }

  private static void readTrust(String setting, String value, List<X509Certificate> trusted,
      Locale locale, List<Violation> violations) {
    List<String> files = split(value);
    if (files.isEmpty()) {
      violations.add(violation(setting, "config.tls.trust", locale));
      return;
    }
    try {
      CertificateFactory x509 = CertificateFactory.getInstance("X.509");
      for (String file : files) {
        List<X509Certificate> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
          for (Certificate c : x509.generateCertificates(in)) {
            if (c instanceof X509Certificate x) {
              read.add(x);
            }
          }
        }
        if (read.isEmpty()) {
          violations.add(violation(setting, "config.tls.trust", locale));
          return;
        }
        trusted.addAll(read);
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // an unreadable file, or not PEM/DER certificates: named by the setting, never quoted
      violations.add(violation(setting, "config.tls.trust", locale));
    }
  }

  private static void readPins(String setting, String value, List<String> pins, Locale locale,
      List<Violation> violations) {
    List<String> given = split(value);
    if (given.isEmpty()) {
      violations.add(violation(setting, "config.tls.pin", locale));
      return;
    }
    try {
      // the policy's own check of the pin format, on a placeholder host
      TlsPolicy.builder().pin("agency.invalid", given.get(0),
          given.subList(1, given.size()).toArray(String[]::new)).build();
    } catch (IllegalArgumentException e) {
      violations.add(violation(setting, "config.tls.pin", locale));
      return;
    }
    pins.addAll(given);
  }

  private static List<String> split(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static Violation violation(String setting, String rule, Locale locale) {
    return new Violation(setting, rule, MppValidator.message(rule, locale));
  }

  @Override
  public String toString() {
    return "AgencyTlsSettings[" + prefix + ", trusted=" + trusted.size() + ", pins="
        + pins.size() + "]";
  }
}
