package id.mpp.sdk.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whom an agency client trusts over TLS: the CA certificates that may sign the agency's
 * certificate, and optionally the public keys pinned for its host. Immutable; built with
 * {@link #builder()}, whose {@code build()} reports every bad setting at once.
 *
 * <ul>
 *   <li><b>Trusted CAs.</b> By default ({@link #defaults()}) the JDK's trust store. When CA
 *       certificates are given, for example an agency's private CA, they replace it: only chains
 *       that end at one of them are accepted.</li>
 *   <li><b>Pins.</b> For a host pattern ({@code api.dukcapil.example}, {@code *.example.go.id}
 *       for one label, {@code **.example.go.id} for any number), the {@code sha256/} hashes of
 *       public keys of which at least one must appear in the verified chain (the agency's own key
 *       or its CA's). Give a backup pin, the key the agency will rotate to, so that a rotation
 *       does not cut the service; {@link #pinOf(X509Certificate)} computes a pin.</li>
 * </ul>
 *
 * <p>Host-name verification is always on and cannot be turned off. A certificate that is not
 * trusted, has expired, names another host or matches no pin ends the call with an
 * {@link id.mpp.sdk.AgencyTlsException} before anything is sent; it is never retried.
 *
 * <pre>{@code
 * TlsPolicy tls = TlsPolicy.builder()
 *     .trust(agencyCa)                                         // the agency's private CA
 *     .pin("api.dukcapil.example", "sha256/AAAA…=", "sha256/BBBB…=") // current, backup key
 *     .build();
 * AgencyHttpConfig config = AgencyHttpConfig.builder(baseUrl).tls(tls).build();
 * }</pre>
 */
public final class TlsPolicy {

  private static final String PIN_PREFIX = "sha256/";
  private static final Pattern HOST_PATTERN = Pattern.compile(
      "(\\*\\*?\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
          + "|[0-9a-f:]*:[0-9a-f:.]*");
  private static final TlsPolicy DEFAULTS = new TlsPolicy(List.of(), Map.of());

  private final List<X509Certificate> trustedCertificates;
  private final Map<String, List<String>> pins;

  private TlsPolicy(List<X509Certificate> trustedCertificates, Map<String, List<String>> pins) {
    this.trustedCertificates = List.copyOf(trustedCertificates);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    pins.forEach((host, list) -> copy.put(host, List.copyOf(list)));
    this.pins = java.util.Collections.unmodifiableMap(copy);
  }

  /** @return the JDK's trust store, no pins, host-name verification on */
  public static TlsPolicy defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from {@link #defaults()} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this policy's settings */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.trusted.addAll(trustedCertificates);
    pins.forEach((host, list) -> b.pins.put(host, new ArrayList<>(list)));
    return b;
  }

  /**
   * The pin of a certificate's public key, as {@link Builder#pin} takes it: {@code sha256/} and the
   * base64 of the SHA-256 hash of its SubjectPublicKeyInfo.
   *
   * @param certificate the agency's certificate or its CA's
   * @return the pin, for example {@code sha256/r8udi/Mxd6pLO7y7hZyUMWq8YnFnIWXCqeHsTDRqy8=}
   */
  public static String pinOf(X509Certificate certificate) {
    Objects.requireNonNull(certificate, "certificate");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(certificate.getPublicKey().getEncoded());
      return PIN_PREFIX + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * @return the CA certificates trusted instead of the JDK's trust store; empty when the JDK's
   *     trust store is used
   */
  public List<X509Certificate> trustedCertificates() {
    return trustedCertificates;
  }

  /** @return the pins by host pattern, the first of each list first, its backups after it */
  public Map<String, List<String>> pins() {
    return pins;
  }

  /** @return {@code true} if this policy is {@link #defaults()}: JDK trust store, no pins */
  public boolean isDefault() {
    return trustedCertificates.isEmpty() && pins.isEmpty();
  }

  /**
   * @param host a host name or IP address, for example {@code api.dukcapil.example}
   * @return the pins of every pattern that matches the host; empty if the host is not pinned
   */
  public List<String> pinsFor(String host) {
    Objects.requireNonNull(host, "host");
    String h = host.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    pins.forEach((pattern, list) -> {
      if (matches(pattern, h)) {
        list.stream().filter(p -> !out.contains(p)).forEach(out::add);
      }
    });
    return List.copyOf(out);
  }

  private static boolean matches(String pattern, String host) {
    if (pattern.startsWith("**.")) {
      String suffix = pattern.substring(2);
      return host.endsWith(suffix) && host.length() > suffix.length()
          || host.equals(pattern.substring(3));
    }
    if (pattern.startsWith("*.")) {
      String suffix = pattern.substring(1);
      return host.endsWith(suffix) && host.length() > suffix.length()
          && host.lastIndexOf('.', host.length() - suffix.length() - 1) == -1;
    }
    return host.equals(pattern);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TlsPolicy other && trustedCertificates.equals(other.trustedCertificates)
        && pins.equals(other.pins);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trustedCertificates, pins);
  }

  /** @return the trusted CAs by subject and how many pins each host has; never a key */
  @Override
  public String toString() {
    String trust = trustedCertificates.isEmpty() ? "JDK trust store"
        : trustedCertificates.stream().map(c -> c.getSubjectX500Principal().getName())
            .collect(Collectors.joining("; ", "[", "]"));
    String pinned = pins.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().size() + " pin(s)")
        .collect(Collectors.joining(", ", "{", "}"));
    return "TlsPolicy[trust=" + trust + ", pins=" + pinned + "]";
  }

  /** Builds a {@link TlsPolicy}; {@link #build()} checks every setting. */
  public static final class Builder {
    private final List<X509Certificate> trusted = new ArrayList<>();
    private final Map<String, List<String>> pins = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    Builder() {
    }

    /**
     * Trusts these CA certificates instead of the JDK's trust store (adds to those already
     * given).
     *
     * @param certificates the agency's CA certificates, for example its private root
     * @return this builder
     */
    public Builder trust(X509Certificate... certificates) {
      Objects.requireNonNull(certificates, "certificates");
      return trust(java.util.Arrays.asList(certificates));
    }

    /**
     * Trusts these CA certificates instead of the JDK's trust store (adds to those already
     * given).
     *
     * @param certificates the agency's CA certificates
     * @return this builder
     */
    public Builder trust(Collection<X509Certificate> certificates) {
      Objects.requireNonNull(certificates, "certificates");
      for (X509Certificate c : certificates) {
        if (c == null) {
          problems.add("trustedCertificates[" + trusted.size() + "] must not be null");
        } else if (!trusted.contains(c)) {
          trusted.add(c);
        }
      }
      return this;
    }

    /**
     * Pins the public keys a host's verified chain must hold at least one of.
     *
     * @param hostPattern a host name or IP address, {@code *.example.go.id} (one label) or
     *     {@code **.example.go.id} (any labels)
     * @param pin {@code sha256/} and the base64 of a key's SHA-256 hash, see
     *     {@link TlsPolicy#pinOf(X509Certificate)}
     * @param backupPins the keys the agency may rotate to, accepted as well
     * @return this builder
     */
    public Builder pin(String hostPattern, String pin, String... backupPins) {
      String field = "pins[" + (hostPattern == null ? "null" : hostPattern) + "]";
      if (hostPattern == null || !HOST_PATTERN.matcher(hostPattern).matches()) {
        problems.add(field + " must be a lower-case host name or IP address, optionally"
            + " starting with *. or **.");
        return this;
      }
      if (pins.containsKey(hostPattern)) {
        problems.add(field + " is pinned twice; give all its pins in one pin(...) call");
        return this;
      }
      List<String> all = new ArrayList<>();
      all.add(pin);
      if (backupPins != null) {
        all.addAll(java.util.Arrays.asList(backupPins));
      }
      Set<String> seen = new HashSet<>();
      boolean ok = true;
      for (int i = 0; i < all.size(); i++) {
        String p = all.get(i);
        String at = field + "[" + i + "]";
        if (!isPin(p)) {
          problems.add(at + " must be sha256/ followed by the base64 of a 32-byte SHA-256 hash"
              + " of a public key (see TlsPolicy.pinOf)");
          ok = false;
        } else if (!seen.add(p)) {
          problems.add(at + " repeats an earlier pin of the host");
          ok = false;
        }
      }
      if (ok) {
        pins.put(hostPattern, all);
      }
      return this;
    }

    private static boolean isPin(String p) {
      if (p == null || !p.startsWith(PIN_PREFIX)) {
        return false;
      }
      try {
        return Base64.getDecoder().decode(p.substring(PIN_PREFIX.length())).length == 32;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /**
     * @return the policy
     * @throws IllegalArgumentException naming every bad setting
     */
    public TlsPolicy build() {
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("TlsPolicy: " + String.join("; ", problems));
      }
      if (trusted.isEmpty() && pins.isEmpty()) {
        return DEFAULTS;
      }
      return new TlsPolicy(trusted, pins);
    }
  }
}
