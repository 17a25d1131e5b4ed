package id.mpp.sdk.tracking;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.tracking.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies signed webhook deliveries, in the scheme Stripe uses: the sender puts
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} in the {@value #HEADER} header, where the HMAC
 * is computed with a shared secret over the bytes of {@code "<t>."} followed by the raw request
 * body.
 *
 * <p>The receiver verifies the raw bytes before parsing anything; compares in constant time
 * ({@link MessageDigest#isEqual}); accepts a timestamp up to the tolerance (default 300 s) in the
 * past or the future; and, during a secret rotation, accepts a signature made with either the
 * current or the previous secret (a sender may also send one {@code v1} per secret). Replays
 * inside the tolerance window are refused by event id after parsing, by the {@link Tracker}.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .secret(currentSecret)
 *     .previousSecret(oldSecret)        // only while the agency switches over
 *     .clock(clock)
 *     .build();
 * verifier.verify(request.header("Mpp-Signature"), rawBody);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows a secret.
 */
public final class WebhookVerifier {

  /** The header that carries the signature. */
  public static final String HEADER = "Mpp-Signature";
  /** The default tolerance between the signed timestamp and the receiver's clock. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_SECRET_BYTES = 32;
  private static final int MAX_HEADER_LENGTH = 1024;
  private static final int SIGNATURE_HEX_LENGTH = 64;

  private final List<SecretKeySpec> secrets;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(Builder b) {
    List<SecretKeySpec> keys = new ArrayList<>();
    keys.add(new SecretKeySpec(b.secret, ALGORITHM));
    if (b.previousSecret != null) {
      keys.add(new SecretKeySpec(b.previousSecret, ALGORITHM));
    }
    this.secrets = List.copyOf(keys);
    this.tolerance = b.tolerance;
    this.clock = b.clock;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Signs a body as a sender does, for agencies, bridges and tests.
   *
   * @param secret the shared secret, at least 32 bytes
   * @param timestamp when the delivery is sent (whole seconds are used)
   * @param rawBody the exact bytes that will be sent
   * @return the header value {@code t=<unix seconds>,v1=<hex>}
   * @throws IllegalArgumentException if the secret is shorter than 32 bytes
   */
  public static String sign(byte[] secret, Instant timestamp, byte[] rawBody) {
    Objects.requireNonNull(secret, "secret");
    requireLength(secret, "secret");
    long t = timestamp.getEpochSecond();
    byte[] mac = mac(new SecretKeySpec(secret, ALGORITHM), t, Objects.requireNonNull(rawBody,
        "rawBody"));
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac);
  }

  /**
   * Verifies a delivery's signature and timestamp on its raw bytes.
   *
   * @param signatureHeader the value of the {@value #HEADER} header, or {@code null} if absent
   * @param rawBody the request body exactly as received, before any parsing
   * @return the signed timestamp
   * @throws WebhookVerificationException with {@link Reason#MISSING_SIGNATURE},
   *     {@link Reason#MALFORMED_SIGNATURE}, {@link Reason#BAD_SIGNATURE} or
   *     {@link Reason#TIMESTAMP_OUT_OF_TOLERANCE}
   */
  public Instant verify(String signatureHeader, byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookVerificationException(Reason.MISSING_SIGNATURE,
          "the " + HEADER + " header is missing");
    }
    Parsed parsed = parse(signatureHeader);
    boolean match = false;
    for (SecretKeySpec secret : secrets) {
      byte[] expected = mac(secret, parsed.timestamp, rawBody);
      for (byte[] candidate : parsed.signatures) {
        // constant time for equal lengths; every candidate is 32 bytes after parsing
        match |= MessageDigest.isEqual(expected, candidate);
      }
    }
    if (!match) {
      throw new WebhookVerificationException(Reason.BAD_SIGNATURE,
          "no v1 signature matches the body under the configured secrets");
    }
    Instant signedAt = Instant.ofEpochSecond(parsed.timestamp);
    Duration skew = Duration.between(signedAt, clock.instant()).abs();
    if (skew.compareTo(tolerance) > 0) {
      throw new WebhookVerificationException(Reason.TIMESTAMP_OUT_OF_TOLERANCE,
          "the signed timestamp is " + skew.toSeconds() + " s from this hub's clock; at most "
              + tolerance.toSeconds() + " s is accepted (check both clocks use NTP)");
    }
    return signedAt;
  }

  /** @return the tolerance either side of the receiver's clock */
  public Duration tolerance() {
    return tolerance;
  }

  /** @return the number of secrets accepted: 1, or 2 during a rotation */
  public int secretCount() {
    return secrets.size();
  }

  @Override
  public String toString() {
    return "WebhookVerifier[secrets=" + secrets.size() + " x ***, tolerance=" + tolerance + "]";
  }

  private record Parsed(long timestamp, List<byte[]> signatures) {
  }

  private static Parsed parse(String header) {
    if (header.length() > MAX_HEADER_LENGTH) {
      throw malformed("the header is longer than " + MAX_HEADER_LENGTH + " characters");
    }
    Long timestamp = null;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",", -1)) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw malformed("each part must be key=value");
      }
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      if (key.equals("t")) {
        if (timestamp != null || value.isEmpty() || value.length() > 12
            || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
          throw malformed("t must appear once, as unix seconds");
        }
        timestamp = Long.parseLong(value);
      } else if (key.equals("v1")) {
        if (value.length() != SIGNATURE_HEX_LENGTH || !isLowerOrUpperHex(value)) {
          throw malformed("v1 must be " + SIGNATURE_HEX_LENGTH + " hex digits");
        }
        signatures.add(HexFormat.of().parseHex(value));
      }
      // other schemes (v0, future versions) are ignored, as Stripe's libraries do
    }
    if (timestamp == null) {
      throw malformed("t is missing");
    }
    if (signatures.isEmpty()) {
      throw malformed("no v1 signature");
    }
    return new Parsed(timestamp, signatures);
  }

  private static boolean isLowerOrUpperHex(String s) {
    return s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
        || (c >= 'A' && c <= 'F'));
  }

  private static WebhookVerificationException malformed(String what) {
    return new WebhookVerificationException(Reason.MALFORMED_SIGNATURE,
        "the " + HEADER + " header is not t=<unix seconds>,v1=<hex>: " + what);
  }

  private static byte[] mac(SecretKeySpec key, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  private static void requireLength(byte[] secret, String name) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(name + " must have at least " + MIN_SECRET_BYTES
          + " bytes, had " + secret.length);
    }
  }

  /** Builds a {@link WebhookVerifier}; {@link #build()} names every missing or bad setting. */
  public static final class Builder {

    private byte[] secret;
    private byte[] previousSecret;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock;

    private Builder() {
    }

    /**
     * The current shared secret (required).
     *
     * @param secret at least 32 random bytes
     * @return this builder
     */
    public Builder secret(byte[] secret) {
      this.secret = Objects.requireNonNull(secret, "secret").clone();
      return this;
    }

    /**
     * The previous secret, accepted too while the sender switches to the current one. Remove it
     * once the rotation is over.
     *
     * @param previousSecret at least 32 bytes
     * @return this builder
     */
    public Builder previousSecret(byte[] previousSecret) {
      this.previousSecret = Objects.requireNonNull(previousSecret, "previousSecret").clone();
      return this;
    }

    /**
     * How far the signed timestamp may be from the receiver's clock, either way (default 300 s).
     *
     * @param tolerance 1 s to 1 hour
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
      return this;
    }

    /**
     * The receiver's clock (required).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws MppValidationException naming every missing or bad setting
     */
    public WebhookVerifier build() {
      List<Violation> problems = new ArrayList<>();
      if (secret == null) {
        problems.add(new Violation("secret", "webhookVerifier.secret", "a secret is required"));
      } else if (secret.length < MIN_SECRET_BYTES) {
        problems.add(new Violation("secret", "webhookVerifier.secret",
            "the secret must have at least " + MIN_SECRET_BYTES + " bytes"));
      }
      if (previousSecret != null && previousSecret.length < MIN_SECRET_BYTES) {
        problems.add(new Violation("previousSecret", "webhookVerifier.secret",
            "the previous secret must have at least " + MIN_SECRET_BYTES + " bytes"));
      }
      if (tolerance.compareTo(Duration.ofSeconds(1)) < 0
          || tolerance.compareTo(Duration.ofHours(1)) > 0) {
        problems.add(new Violation("tolerance", "webhookVerifier.tolerance",
            "the tolerance must be between 1 s and 1 h"));
      }
      if (clock == null) {
        problems.add(new Violation("clock", "webhookVerifier.clock", "a clock is required"));
      }
      if (!problems.isEmpty()) {
        throw new MppValidationException(problems);
      }
      return new WebhookVerifier(this);
    }
  }
}
