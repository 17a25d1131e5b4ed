package id.mpp.sdk.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data and secrets out of logs, listener events and error messages: runs of 10-20
 * digits (a NIK or KK number, a BPJS card number, a phone number, an NPWP) are masked, secret
 * header values are replaced, queries are dropped.
 */
public final class Redaction {

  /** What a secret header value is replaced with. */
  public static final String REDACTED = "██";

  private static final Pattern IDENTIFIER_DIGITS =
      Pattern.compile("(?<!\\d)(\\d{4})(\\d{4,14})(\\d{2})(?!\\d)");
  private static final Set<String> ALWAYS_SECRET = Set.of("authorization", "proxy-authorization",
      "cookie", "set-cookie", "x-api-key", "api-key", "apikey");
  private static final String[] SECRET_PARTS = {"key", "token", "secret", "signature", "auth",
      "password", "session", "cons-id"};

  private Redaction() {
  }

  /**
   * Masks every run of 10-20 digits, keeping the first four and the last two: a NIK becomes
   * {@code 3201**********01}, a BPJS card number {@code 0001*******56}.
   *
   * @param text any text, may be null
   * @return the masked text, or {@code null}
   */
  public static String maskIdentifiers(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = IDENTIFIER_DIGITS.matcher(text);
    return m.find() ? m.replaceAll(r -> r.group(1) + "*".repeat(r.group(2).length())
        + r.group(3)) : text;
  }

  /**
   * The path to show: no query, identifiers masked.
   *
   * @param pathAndQuery the path with its query
   * @return the safe path
   */
  public static String safePath(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q) + "?…";
    return maskIdentifiers(path);
  }

  /**
   * Whether a header's value must never be logged.
   *
   * @param name the header name
   * @param extra the configured secret header names, lower case
   * @return true for Authorization, cookies, API keys, tokens, signatures and configured names
   */
  public static boolean isSecretHeader(String name, Set<String> extra) {
    String n = name.toLowerCase(Locale.ROOT);
    if (ALWAYS_SECRET.contains(n) || extra.contains(n)) {
      return true;
    }
    for (String part : SECRET_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Shortens an agency's free-text message for an exception: identifiers masked, at most 200
   * characters, control characters removed.
   *
   * @param message the agency's message, may be null
   * @return the safe message, or {@code null}
   */
  public static String agencyMessage(String message) {
    if (message == null) {
      return null;
    }
    String clean = message.replaceAll("\\p{Cntrl}", " ").strip();
    clean = maskIdentifiers(clean);
    return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
  }
}
