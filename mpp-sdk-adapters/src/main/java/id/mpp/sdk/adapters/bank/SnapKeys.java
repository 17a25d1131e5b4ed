package id.mpp.sdk.adapters.bank;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/** Reads the RSA keys SNAP uses from PEM text (PKCS#8 private keys, X.509 public keys). */
final class SnapKeys {

  private SnapKeys() {}

  /**
   * Reads a PKCS#8 RSA private key ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @param pem the PEM text
   * @return the key
   * @throws IllegalArgumentException if the text is not such a key; the message never quotes it
   */
  static PrivateKey privateKey(String pem) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(
          new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a PEM PKCS#8 RSA private key (BEGIN PRIVATE KEY); "
          + "convert a PKCS#1 key with 'openssl pkcs8 -topk8 -nocrypt'");
    }
  }

  /**
   * Reads an X.509 RSA public key ({@code -----BEGIN PUBLIC KEY-----}).
   *
   * @param pem the PEM text
   * @return the key
   * @throws IllegalArgumentException if the text is not such a key
   */
  static PublicKey publicKey(String pem) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(
          new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a PEM X.509 RSA public key (BEGIN PUBLIC KEY)");
    }
  }

  private static byte[] der(String pem, String label) {
    String text = Objects.requireNonNull(pem, "pem").strip();
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    if (!text.startsWith(begin) || !text.endsWith(end)) {
      throw new IllegalArgumentException("missing PEM markers");
    }
    String base64 = text.substring(begin.length(), text.length() - end.length())
        .replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }
}
