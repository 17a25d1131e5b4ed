package id.mpp.sdk.http;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.json.MppJson;
import java.util.List;

/**
 * The client an adapter uses to call its agency: JSON through {@link MppJson} with the agency's
 * read limits, requests and responses validated, auth, deadlines, retries with idempotency keys,
 * circuit breaker, bulkhead and rate limit. Get one from
 * {@link id.mpp.sdk.adapter.AdapterContext#httpClient(AgencyHttpConfig)} (or an
 * {@link AgencyHttpClientFactory}); every client of a hub shares one connection pool.
 *
 * <p>What a call does, in order: validate the request body (else
 * {@link id.mpp.sdk.MppValidationException}); rate limit, bulkhead and circuit breaker (else
 * {@link id.mpp.sdk.QuotaExceededException} or {@link id.mpp.sdk.AgencyUnavailableException} with
 * {@code circuitOpen}); send with {@code X-Request-Id}, the idempotency key for a mutating call,
 * {@code X-Tracking-Number} when the call concerns an application, and the auth scheme's headers;
 * retry connection failures and retryable statuses with backoff and jitter, honouring
 * {@code Retry-After}, but never a mutating call without an idempotency key; read at most
 * {@link AgencyHttpConfig#maxResponseBytes()}; decode the agency's errors; bind and validate the
 * answer.
 *
 * <p>Errors: {@link id.mpp.sdk.AgencyRejectedException} (4xx or an agency error code),
 * {@link id.mpp.sdk.AgencyAuthenticationException} (401/403),
 * {@link id.mpp.sdk.AgencyUnavailableException} (not reached, 5xx/429 after retries, circuit open),
 * {@link id.mpp.sdk.AgencyTimeoutException} (deadline of an idempotent call),
 * {@link id.mpp.sdk.AgencyProtocolException} (malformed, wrong type, missing fields, too large,
 * redirect refused), {@link id.mpp.sdk.OutcomeUnknownException} (a mutating call failed after it
 * was sent).
 *
 * <p>Thread-safe.
 */
public interface AgencyHttpClient {

  /** @return the agency this client calls */
  AgencyId agencyId();

  /** @return the config this client was built with */
  AgencyHttpConfig config();

  /**
   * Calls the agency and binds the 2xx answer to a type, then validates it.
   *
   * @param request the request
   * @param responseType the record to bind; {@code Void.class} to ignore the body
   * @param <T> the type
   * @return the bound, validated answer ({@code null} for {@code Void.class})
   * @throws id.mpp.sdk.MppException one of the typed errors above
   */
  <T> T call(AgencyRequest request, Class<T> responseType);

  /**
   * Calls the agency and binds the 2xx answer, a JSON array, to a list; each element is validated.
   *
   * @param request the request
   * @param elementType the element type
   * @param <T> the element type
   * @return an immutable list
   * @throws id.mpp.sdk.MppException one of the typed errors above
   */
  <T> List<T> callForList(AgencyRequest request, Class<T> elementType);

  /**
   * Calls the agency and returns the raw 2xx answer, for bodies that are not JSON or that the
   * adapter unwraps itself.
   *
   * @param request the request
   * @return the answer
   * @throws id.mpp.sdk.MppException one of the typed errors above
   */
  AgencyResponse send(AgencyRequest request);

  /** @return the current state of this agency's circuit breaker */
  CircuitState circuitState();

  /** @return the JSON codec with this agency's read limits */
  MppJson json();

  /**
   * Escape hatch: the OkHttp client behind this agency client (sharing the hub's pool), for the
   * rare call the SDK cannot express (streaming a large file). Calls made with it bypass the
   * SDK's auth, retries, circuit breaker, validation and redaction; close every response body.
   *
   * @return the OkHttp client
   */
  okhttp3.OkHttpClient okHttpClient();
}
