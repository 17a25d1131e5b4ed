package id.mpp.sdk.adapters.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.mpp.sdk.json.MppJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bank Indonesia SNAP signatures.
 *
 * <ul>
 *   <li>B2B access token: {@code X-SIGNATURE = Base64(SHA256withRSA(privateKey, clientId + "|" +
 *       X-TIMESTAMP))}.
 *   <li>Transactions (symmetric): {@code X-SIGNATURE = Base64(HMAC-SHA512(clientSecret, METHOD +
 *       ":" + relativePath + ":" + accessToken + ":" + lowercase(hex(SHA-256(minify(body)))) +
 *       ":" + X-TIMESTAMP))}; the relative path includes the query string; no body hashes the
 *       empty string.
 * </ul>
 *
 * <p>Minifying removes the whitespace between JSON tokens and re-escapes strings as JSON
 * requires; number text is kept exactly as written (SNAP amounts are strings, so this matches
 * both {@code JSON.stringify(JSON.parse(body))} and the Java demo's Jackson round trip).
 */
final class SnapSignature {

  private SnapSignature() {}

  /**
   * The string the B2B access-token signature covers.
   *
   * @param clientId the {@code X-CLIENT-KEY}
   * @param timestamp the {@code X-TIMESTAMP}
   * @return {@code clientId|timestamp}
   */
  static String b2bStringToSign(String clientId, String timestamp) {
    return Objects.requireNonNull(clientId, "clientId") + "|"
        + Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * Signs an access-token request.
   *
   * @param privateKey the partner's RSA private key
   * @param clientId the {@code X-CLIENT-KEY}
   * @param timestamp the {@code X-TIMESTAMP}
   * @return the Base64 signature
   */
  static String signB2b(PrivateKey privateKey, String clientId, String timestamp) {
    Objects.requireNonNull(privateKey, "privateKey");
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(privateKey);
      rsa.update(b2bStringToSign(clientId, timestamp).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the SNAP private key cannot sign with SHA256withRSA; "
          + "configure an RSA private key", e);
    }
  }

  /**
   * Verifies an access-token signature.
   *
   * @param publicKey the partner's RSA public key
   * @param clientId the {@code X-CLIENT-KEY}
   * @param timestamp the {@code X-TIMESTAMP}
   * @param signature the Base64 {@code X-SIGNATURE}
   * @return whether the signature is valid
   */
  static boolean verifyB2b(PublicKey publicKey, String clientId, String timestamp,
      String signature) {
    Objects.requireNonNull(publicKey, "publicKey");
    try {
      byte[] raw = Base64.getDecoder().decode(Objects.requireNonNull(signature, "signature"));
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(publicKey);
      rsa.update(b2bStringToSign(clientId, timestamp).getBytes(StandardCharsets.UTF_8));
      return rsa.verify(raw);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * The string a transaction signature covers.
   *
   * @param method the HTTP method
   * @param relativePath the path and query, for example {@code /v1.0/transfer-va/inquiry}
   * @param accessToken the B2B access token
   * @param minifiedBody the minified body, {@code ""} for none
   * @param timestamp the {@code X-TIMESTAMP}
   * @return {@code METHOD:path:token:bodyHash:timestamp}
   */
  static String transactionStringToSign(String method, String relativePath, String accessToken,
      String minifiedBody, String timestamp) {
    return Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT) + ":"
        + Objects.requireNonNull(relativePath, "relativePath") + ":"
        + Objects.requireNonNull(accessToken, "accessToken") + ":"
        + bodyHash(minifiedBody) + ":"
        + Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * Signs a transaction request.
   *
   * @param clientSecret the client secret shared with the bank
   * @param method the HTTP method
   * @param relativePath the path and query
   * @param accessToken the B2B access token
   * @param minifiedBody the minified body, {@code ""} for none
   * @param timestamp the {@code X-TIMESTAMP}
   * @return the Base64 HMAC-SHA512
   */
  static String signTransaction(String clientSecret, String method, String relativePath,
      String accessToken, String minifiedBody, String timestamp) {
    Objects.requireNonNull(clientSecret, "clientSecret");
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      byte[] digest = mac.doFinal(transactionStringToSign(method, relativePath, accessToken,
          minifiedBody, timestamp).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 is not available in this JVM", e);
    }
  }

  /**
   * Lower-case hex SHA-256 of a minified body.
   *
   * @param minifiedBody the minified body, {@code ""} for none
   * @return 64 lower-case hex digits
   */
  static String bodyHash(String minifiedBody) {
    Objects.requireNonNull(minifiedBody, "minifiedBody");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(minifiedBody.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /**
   * Minifies a JSON body: no whitespace between tokens, number text unchanged.
   *
   * @param json the body as sent; blank for none
   * @return the minified body, {@code ""} for a blank body
   * @throws id.mpp.sdk.MppException if the body is not one valid JSON value
   */
  static String minify(String json) {
    Objects.requireNonNull(json, "json");
    if (json.isBlank()) {
      return "";
    }
    JsonFactory factory = MppJson.defaults().objectMapper().getFactory();
    StringWriter out = new StringWriter(json.length());
    try (JsonParser parser = factory.createParser(json);
        JsonGenerator generator = factory.createGenerator(out)) {
      generator.setPrettyPrinter(null);
      JsonToken token = parser.nextToken();
      if (token == null) {
        return "";
      }
      copyValue(parser, generator);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("body has content after its JSON value");
      }
    } catch (IOException e) {
      throw MppJson.translate(e);
    }
    return out.toString();
  }

  private static void copyValue(JsonParser parser, JsonGenerator generator) throws IOException {
    int depth = 0;
    do {
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT -> {
          generator.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          generator.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          generator.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          generator.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> generator.writeFieldName(parser.currentName());
        case VALUE_STRING -> generator.writeString(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
        case VALUE_TRUE -> generator.writeBoolean(true);
        case VALUE_FALSE -> generator.writeBoolean(false);
        case VALUE_NULL -> generator.writeNull();
        default -> throw new IllegalArgumentException("unexpected JSON token " + token);
      }
      if (depth == 0) {
        return;
      }
    } while (parser.nextToken() != null);
    throw new IllegalArgumentException("body ends inside a JSON value");
  }
}
