package id.mpp.sdk.adapters.internal.json;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AgencyResponse;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.CallOptions;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The calls the reference adapters' JSON APIs share. Internal to the reference adapters. */
public final class AgencyCalls {

  private static final Duration MAX_ATTEMPT = Duration.ofSeconds(15);
  private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9-]{1,40}");

  private AgencyCalls() {
  }

  /**
   * The HTTP settings of a reference adapter: its base URL and auth scheme, the call deadline,
   * and attempts of at most 15 seconds (or the deadline, when shorter).
   *
   * @param baseUrl the agency's base URL
   * @param auth the auth scheme
   * @param deadline the deadline of one call, retries included
   * @return the settings
   */
  public static AgencyHttpConfig httpConfig(URI baseUrl, AuthScheme auth, Duration deadline) {
    Duration attempt = deadline.compareTo(MAX_ATTEMPT) < 0 ? deadline : MAX_ATTEMPT;
    return AgencyHttpConfig.builder(baseUrl).auth(auth).deadline(deadline)
        .attemptTimeout(attempt).build();
  }

  /**
   * Sends a POST with its idempotency key (so it may be retried) and the MPP tracking number.
   *
   * @param http the agency's client
   * @param path the path
   * @param body the JSON body
   * @param idempotencyKey the key, stable across retries
   * @param trackingNumber the MPP's tracking number, or {@code null}
   * @return the answer
   */
  public static AgencyResponse post(AgencyHttpClient http, String path, Object body,
      String idempotencyKey, String trackingNumber) {
    CallOptions options = CallOptions.defaults().withIdempotencyKey(idempotencyKey);
    if (trackingNumber != null) {
      options = options.withTrackingNumber(trackingNumber);
    }
    return http.send(AgencyRequest.post(path, body).withOptions(options));
  }

  /**
   * Runs a call whose HTTP 404 means the thing asked for does not exist.
   *
   * @param kind what was looked up, for example {@code "bill"}
   * @param id its identifier, never personal data
   * @param call the call
   * @param <T> the answer
   * @return the answer
   * @throws NotFoundException when the agency answered 404
   */
  public static <T> T notFoundAs(String kind, String id, Supplier<T> call) {
    try {
      return call.get();
    } catch (AgencyRejectedException e) {
      if (e.httpStatus() == 404) {
        throw new NotFoundException(kind, id);
      }
      throw e;
    }
  }

  /**
   * Checks an agency reference (bill id, application number) before it goes into a path.
   *
   * @param value the reference
   * @param field the field name for the violation
   * @param rule the rule code
   * @return the reference
   * @throws MppValidationException unless it is 1-40 upper-case letters, digits or {@code -}
   */
  public static String reference(String value, String field, String rule) {
    if (value == null || !REFERENCE.matcher(value).matches()) {
      throw MppValidationException.of(field, rule,
          field + " must be 1-40 upper-case letters, digits or '-'");
    }
    return value;
  }
}
