package id.mpp.sdk.testkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A request as an agency simulator received it.
 *
 * @param method the HTTP method, upper case
 * @param path the path without the query, for example {@code /antreanrs/antrean/add}
 * @param query the raw query string without {@code ?}, empty if none
 * @param headers the headers; names are looked up case-insensitively
 * @param body the body bytes, empty if none
 */
public record SimulatedRequest(String method, String path, String query,
    Map<String, List<String>> headers, byte[] body) {

  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{10,}");

  /** Checks presence and copies the headers into a case-insensitive, unmodifiable map. */
  public SimulatedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.computeIfAbsent(name, n -> new ArrayList<>())
        .addAll(values));
    copy.replaceAll((name, values) -> List.copyOf(values));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** @return a copy of the body bytes */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** @return the body decoded as UTF-8 */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** @return the path followed by {@code ?query} when there is a query */
  public String pathAndQuery() {
    return query.isEmpty() ? path : path + "?" + query;
  }

  /**
   * The path with every run of ten or more digits masked (NIK, card numbers), for messages.
   *
   * @return for example {@code /Peserta/nik/3201**********01/tglSEP/2026-03-02}
   */
  public String maskedPath() {
    return LONG_DIGIT_RUN.matcher(path).replaceAll(match -> {
      String digits = match.group();
      return digits.substring(0, 4) + "*".repeat(digits.length() - 6)
          + digits.substring(digits.length() - 2);
    });
  }

  /** Two requests are equal when every component is, the body compared by content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SimulatedRequest r && method.equals(r.method) && path.equals(r.path)
        && query.equals(r.query) && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, java.util.Arrays.hashCode(body));
  }

  /** @return method and masked path only: bodies and headers may hold personal data or secrets */
  @Override
  public String toString() {
    return method + " " + maskedPath();
  }
}
