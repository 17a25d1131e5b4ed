package id.mpp.sdk.testkit.vectors;

import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.json.JsonReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Known-answer vectors for the agency security schemes, computed independently of the SDK with
 * the OpenSSL command line, node's crypto and the reference JavaScript lz-string. The scripts
 * that produced them are in {@code docs/vectors/}; an adapter that re-implements a scheme can
 * test against the same answers.
 *
 * <p>The RSA key in {@link #snap()} is a test key made for these vectors only.
 */
public final class KnownAnswers {

  private static final MppJson JSON = MppJson.withLimits(
      JsonReadLimits.defaults().withMaxDocumentLength(4L * 1024 * 1024));

  private KnownAnswers() {}

  /** @return the LZ-String {@code compressToEncodedURIComponent} vectors */
  public static LzStringVectors lzString() {
    return load("lzstring-vectors.json", LzStringVectors.class);
  }

  /** @return the BPJS Kesehatan signature and response-encryption vectors */
  public static BpjsVectors bpjs() {
    return load("bpjs-vectors.json", BpjsVectors.class);
  }

  /** @return the Bank Indonesia SNAP signature vectors */
  public static SnapVectors snap() {
    return load("snap-vectors.json", SnapVectors.class);
  }

  private static <T> T load(String name, Class<T> type) {
    try (InputStream in = KnownAnswers.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("vector file missing from the testkit jar: " + name);
      }
      return JSON.read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * LZ-String vectors.
   *
   * @param generator how the file was made
   * @param compress inputs and their reference compressed form
   * @param decompressOnly compressed inputs and what the reference decompresses them to
   *     ({@code null} for nothing)
   */
  public record LzStringVectors(String generator, List<Compress> compress,
      List<DecompressOnly> decompressOnly) {

    /** Copies the lists. */
    public LzStringVectors {
      compress = List.copyOf(compress);
      decompressOnly = List.copyOf(decompressOnly);
    }

    /**
     * One text and its compressed form.
     *
     * @param name the case name
     * @param input the original text
     * @param compressed {@code LZString.compressToEncodedURIComponent(input)}
     */
    public record Compress(String name, String input, String compressed) {

      /** Checks presence. */
      public Compress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(compressed, "compressed");
      }

      @Override
      public String toString() {
        return name;
      }
    }

    /**
     * A compressed text and what the reference returns for it.
     *
     * @param name the case name
     * @param compressed the input of {@code decompressFromEncodedURIComponent}
     * @param expected the reference result; {@code null} or empty where the reference gives
     *     nothing
     */
    public record DecompressOnly(String name, String compressed, String expected) {

      @Override
      public String toString() {
        return name;
      }
    }
  }

  /**
   * BPJS Kesehatan vectors.
   *
   * @param generator how the file was made
   * @param vectors the cases
   */
  public record BpjsVectors(String generator, List<Bpjs> vectors) {

    /** Copies the list. */
    public BpjsVectors {
      vectors = List.copyOf(vectors);
    }

    /**
     * One consumer, one request timestamp, one response.
     *
     * @param name the case name
     * @param consId {@code X-cons-id}
     * @param secret the consumer secret
     * @param timestamp {@code X-timestamp}
     * @param signature the expected {@code X-signature}
     * @param aesKeyHex SHA-256(consId + secret + timestamp) in hex
     * @param ivHex the first 16 bytes of the key in hex
     * @param payload the JSON the agency encrypted
     * @param response the Base64 {@code response} field the agency sends
     */
    public record Bpjs(String name, String consId, String secret, String timestamp,
        String signature, String aesKeyHex, String ivHex, String payload, String response) {

      @Override
      public String toString() {
        return name;
      }
    }
  }

  /**
   * Bank Indonesia SNAP vectors.
   *
   * @param generator how the file was made
   * @param testKeyWarning a reminder that the key protects nothing
   * @param privateKeyPem the test RSA private key (PKCS#8 PEM)
   * @param publicKeyPem the test RSA public key (X.509 PEM)
   * @param b2b access-token signature cases
   * @param symmetric transaction signature cases
   */
  public record SnapVectors(String generator, String testKeyWarning, String privateKeyPem,
      String publicKeyPem, List<B2b> b2b, List<Symmetric> symmetric) {

    /** Copies the lists. */
    public SnapVectors {
      b2b = List.copyOf(b2b);
      symmetric = List.copyOf(symmetric);
    }

    /**
     * An access-token signature.
     *
     * @param name the case name
     * @param clientId {@code X-CLIENT-KEY}
     * @param timestamp {@code X-TIMESTAMP}
     * @param stringToSign {@code clientId|timestamp}
     * @param signature the Base64 SHA256withRSA signature
     */
    public record B2b(String name, String clientId, String timestamp, String stringToSign,
        String signature) {

      @Override
      public String toString() {
        return name;
      }
    }

    /**
     * A transaction signature.
     *
     * @param name the case name
     * @param method the HTTP method
     * @param path the relative path with query
     * @param accessToken the B2B token
     * @param timestamp {@code X-TIMESTAMP}
     * @param clientSecret the HMAC key
     * @param body the body as sent (may be pretty-printed), {@code ""} for none
     * @param minifiedBody {@code JSON.stringify(JSON.parse(body))}
     * @param bodyHash lower-case hex SHA-256 of the minified body
     * @param stringToSign the signed text
     * @param signature the Base64 HMAC-SHA512
     */
    public record Symmetric(String name, String method, String path, String accessToken,
        String timestamp, String clientSecret, String body, String minifiedBody, String bodyHash,
        String stringToSign, String signature) {

      @Override
      public String toString() {
        return name;
      }
    }
  }
}
