package id.mpp.sdk.internal.http;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyException;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.AgencyTlsException;
import id.mpp.sdk.AgencyTimeoutException;
import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.OutcomeUnknownException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.http.AgencyCallListener;
import id.mpp.sdk.http.AgencyError;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AgencyResponse;
import id.mpp.sdk.http.AuthRequest;
import id.mpp.sdk.http.CallInfo;
import id.mpp.sdk.http.CircuitState;
import id.mpp.sdk.http.HttpMethod;
import id.mpp.sdk.http.RedirectPolicy;
import id.mpp.sdk.http.RejectionReason;
import id.mpp.sdk.http.ResilienceConfig;
import id.mpp.sdk.http.Sleeper;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.validation.MppValidator;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The {@link AgencyHttpClient} on OkHttp, Jackson and Resilience4j. One instance per agency; its
 * OkHttp client is derived from the hub's shared one, so the pool is shared.
 *
 * <p>A call runs attempt by attempt. Before each: the rate limiter, the bulkhead and the circuit
 * breaker must admit it. After each: the circuit breaker records the outcome (5xx, 408, 429,
 * transport and protocol failures are failures; other answers are successes); then the client
 * decides to return, to fail with a typed error, or to wait (Retry-After, else exponential backoff
 * with jitter, see {@link AgencyResilience}) and try again. A mutating call is
 * retried only with an idempotency key; once its request may have reached the agency, a failure
 * without an answer is an {@link OutcomeUnknownException}. A TLS failure (untrusted, expired or
 * misnamed certificate, pin mismatch) is an {@link AgencyTlsException} and is never retried; a
 * handshake cut by the network is a connection failure like any other.
 */
public final class OkHttpAgencyClient implements AgencyHttpClient {

  /** OkHttp's event-listener factory that records what each attempt put on the wire. */
  public static final EventListener.Factory ATTEMPT_TRACKING = call -> {
    AttemptState state = call.request().tag(AttemptState.class);
    return state == null ? EventListener.NONE : new AttemptState.Tracker(state);
  };

  private static final System.Logger LOG = System.getLogger("id.mpp.sdk.http");
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_REDIRECTS = 5;
  private static final Set<Integer> UNAVAILABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

  private final AgencyId agencyId;
  private final String agency;
  private final AgencyHttpConfig config;
  private final OkHttpClient client;
  private final Clock clock;
  private final AgencyCallListener listener;
  private final Sleeper sleeper;
  private final String userAgent;
  private final MppJson json;
  private final HttpUrl base;
  private final String basePrefix;
  private final Set<String> secretHeaders;
  private final OkHttpAuthTransport authTransport;
  private final AgencyResilience resilience;

  /**
   * Creates the client of one agency.
   *
   * @param agencyId the agency
   * @param config its settings
   * @param shared the hub's OkHttp client
   * @param clock the hub's clock
   * @param listener the hub's listener
   * @param sleeper waits between attempts
   * @param userAgent the User-Agent to send
   */
  public OkHttpAgencyClient(AgencyId agencyId, AgencyHttpConfig config, OkHttpClient shared,
      Clock clock, AgencyCallListener listener, Sleeper sleeper, String userAgent) {
    this.agencyId = agencyId;
    this.agency = agencyId.value();
    this.config = config;
    this.clock = clock;
    this.listener = listener;
    this.sleeper = sleeper;
    this.userAgent = userAgent + " (" + agency + ")";
    OkHttpClient.Builder builder = shared.newBuilder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.writeTimeout())
        .callTimeout(config.attemptTimeout());
    AgencyTls.apply(builder, config.tls());
    this.client = builder.build();
    this.json = config.jsonLimits().equals(MppJson.defaults().limits())
        ? MppJson.defaults() : MppJson.withLimits(config.jsonLimits());
    String baseText = config.baseUrl().toString();
    this.basePrefix = baseText.endsWith("/") ? baseText.substring(0, baseText.length() - 1)
        : baseText;
    this.base = HttpUrl.get(baseText);
    Set<String> secrets = new java.util.HashSet<>();
    config.secretHeaders().forEach(h -> secrets.add(h.toLowerCase(Locale.ROOT)));
    config.auth().secretHeaders().forEach(h -> secrets.add(h.toLowerCase(Locale.ROOT)));
    this.secretHeaders = Set.copyOf(secrets);
    this.authTransport = new OkHttpAuthTransport(agencyId, client, config.tls());
    this.resilience = new AgencyResilience("agency-" + agency, config.resilience(), clock);
    this.resilience.onCircuitTransition((from, to) -> {
      if (from != to) {
        LOG.log(to == CircuitState.OPEN ? Level.WARNING : Level.INFO,
            "agency ''{0}'' circuit {1} -> {2}", agency, from, to);
        notifyListener(l -> l.circuitStateChanged(agencyId, from, to));
      }
    });
  }

  @Override
  public AgencyId agencyId() {
    return agencyId;
  }

  @Override
  public AgencyHttpConfig config() {
    return config;
  }

  @Override
  public MppJson json() {
    return json;
  }

  @Override
  public OkHttpClient okHttpClient() {
    return client;
  }

  @Override
  public CircuitState circuitState() {
    return resilience.circuitState();
  }

  @Override
  public <T> T call(AgencyRequest request, Class<T> responseType) {
    AgencyResponse response = send(request);
    if (responseType == Void.class) {
      return null;
    }
    byte[] body = response.body();
    if (body.length == 0) {
      throw protocol(response.requestId(), "the answer has no body, expected "
          + responseType.getSimpleName(), null);
    }
    T value = bind(response.requestId(), () -> json.read(body, responseType));
    checkAnswer(response.requestId(), value, "");
    return value;
  }

  @Override
  public <T> List<T> callForList(AgencyRequest request, Class<T> elementType) {
    AgencyResponse response = send(request);
    byte[] body = response.body();
    if (body.length == 0) {
      throw protocol(response.requestId(), "the answer has no body, expected a list", null);
    }
    List<T> values = bind(response.requestId(), () -> json.readList(body, elementType));
    for (int i = 0; i < values.size(); i++) {
      checkAnswer(response.requestId(), values.get(i), "[" + i + "]");
    }
    return values;
  }

  @Override
  public AgencyResponse send(AgencyRequest request) {
    Prepared p = prepare(request);
    CallInfo info = new CallInfo(agencyId, request.method(),
        Redaction.safePath(request.path()), p.requestId,
        request.options().trackingNumber(), p.idempotencyKey, clock.instant());
    notifyListener(l -> l.callStarted(info));
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "agency ''{0}'' {1} {2} requestId={3} trackingNumber={4} headers={5}",
          agency, request.method(), info.path(), p.requestId, info.trackingNumber(),
          redactedHeaders(p.headers));
      if (config.logBodies() && p.body.length > 0) {
        LOG.log(Level.DEBUG, "agency ''{0}'' request body: {1}", agency,
            Redaction.maskIdentifiers(new String(p.body, StandardCharsets.UTF_8)));
      }
    }
    try {
      AgencyResponse response = new CallRun(p, info).run();
      notifyListener(l -> l.callFinished(info, response.status(), response.attempts(),
          response.elapsed()));
      LOG.log(Level.DEBUG, "agency ''{0}'' {1} {2} -> {3} in {4} ms, {5} attempt(s)", agency,
          request.method(), info.path(), response.status(), response.elapsed().toMillis(),
          response.attempts());
      return response;
    } catch (CallFailure f) {
      Duration elapsed = Duration.between(info.startedAt(), clock.instant());
      notifyListener(l -> l.callFailed(info, f.error, f.attempts, elapsed));
      LOG.log(Level.INFO, "agency ''{0}'' {1} {2} failed after {3} attempt(s) in {4} ms: {5}",
          agency, request.method(), info.path(), f.attempts, elapsed.toMillis(),
          f.error.getMessage());
      throw f.error;
    } catch (Rejected r) {
      notifyListener(l -> l.callRejected(info, r.reason));
      // DEBUG, not INFO: with an open circuit or a full bulkhead every call is refused; the
      // circuit's transition is logged once (WARNING) and each refusal reaches the listener.
      LOG.log(Level.DEBUG, "agency ''{0}'' {1} {2} refused before sending: {3}", agency,
          request.method(), info.path(), r.reason);
      throw r.error;
    }
  }

  // ---------------------------------------------------------------- preparing a request

  /** A request checked and serialized once; every attempt sends the same bytes and key. */
  private record Prepared(HttpMethod method, String path, Map<String, String> headers,
      byte[] body, String requestId, String idempotencyKey, boolean retryable,
      Duration deadline, String trackingNumber) {
  }

  private Prepared prepare(AgencyRequest request) {
    List<Violation> violations = new ArrayList<>();
    String path = request.path();
    if (!path.chars().allMatch(c -> c > 0x20 && c < 0x7f) || path.length() > 2048) {
      violations.add(violation("path", "http.path"));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.putAll(config.defaultHeaders());
    headers.putAll(request.headers());
    for (Map.Entry<String, String> h : headers.entrySet()) {
      checkHeader(h.getKey(), h.getValue(), "headers." + h.getKey(), violations);
    }
    byte[] body = new byte[0];
    Object value = request.body();
    if (value != null && !request.method().isMutating()) {
      violations.add(violation("body", "http.body.notAllowed"));
    } else if (value != null) {
      if (!(value instanceof Map<?, ?>) && !(value instanceof Iterable<?>)
          && !(value instanceof CharSequence)) {
        for (Violation v : MppValidator.defaults().violations(value, MppValidator.ENGLISH)) {
          violations.add(new Violation(v.field().isEmpty() ? "body" : "body." + v.field(),
              v.rule(), v.message()));
        }
      }
      if (violations.isEmpty()) {
        body = json.writeBytes(value);
      }
    }
    HttpMethod method = request.method();
    String key = request.options().idempotencyKey();
    if (key == null && method.isMutating() && config.generateIdempotencyKeys()) {
      key = UUID.randomUUID().toString();
    }
    String requestId = request.options().requestId() != null ? request.options().requestId()
        : UUID.randomUUID().toString();
    if (!violations.isEmpty()) {
      MppValidationException error = new MppValidationException(violations);
      CallInfo info = new CallInfo(agencyId, method, Redaction.safePath(path), requestId,
          request.options().trackingNumber(), key, clock.instant());
      notifyListener(l -> l.callRejected(info, RejectionReason.INVALID_REQUEST));
      LOG.log(Level.INFO, "agency ''{0}'' {1} {2} refused before sending: {3}", agency, method,
          info.path(), error.getMessage());
      throw error;
    }
    headers.put("X-Request-Id", requestId);
    if (request.options().trackingNumber() != null) {
      headers.put("X-Tracking-Number", request.options().trackingNumber());
    }
    if (key != null && method.isMutating()) {
      headers.put(config.idempotencyKeyHeader(), key);
    }
    boolean retryable = !method.isMutating() || key != null;
    Duration deadline = request.options().deadline() != null ? request.options().deadline()
        : config.deadline();
    return new Prepared(method, path, headers, body, requestId,
        method.isMutating() ? key : null, retryable, deadline, request.options().trackingNumber());
  }

  private void checkHeader(String name, String value, String field, List<Violation> out) {
    if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
      out.add(violation(field, "http.header.name"));
      return;
    }
    if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
      out.add(violation(field, "http.header.control"));
    } else if (value.length() > config.maxHeaderBytes()) {
      out.add(violation(field, "http.header.size"));
    }
  }

  private static Violation violation(String field, String rule) {
    return new Violation(field, rule, MppValidator.message(rule, MppValidator.ENGLISH));
  }

  // ---------------------------------------------------------------- one call, attempt by attempt

  /** The raw outcome of one attempt: an answer, or a transport failure. */
  private record Answer(int status, Map<String, List<String>> headers, byte[] body,
      HttpUrl url) {
  }

  /** Thrown inside a run to end it with a typed error after some attempts. */
  private static final class CallFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient AgencyException error;
    final int attempts;

    CallFailure(AgencyException error, int attempts) {
      super(null, null, false, false);
      this.error = error;
      this.attempts = attempts;
    }
  }

  /** Thrown inside a run when the SDK refuses to send (limits, circuit open). */
  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient MppException error;
    final RejectionReason reason;

    Rejected(MppException error, RejectionReason reason) {
      super(null, null, false, false);
      this.error = error;
      this.reason = reason;
    }
  }

  /** A transport failure classified. */
  private enum FailureKind { NOT_SENT, TIMEOUT, RESET, PROTOCOL }

  /** The state of one logical call across its attempts. */
  private final class CallRun {
    private final Prepared p;
    private final CallInfo info;
    private final Instant start;
    private int attempt;
    private boolean outcomeUnknown;
    private boolean authRefreshed;
    private int redirects;
    private HttpUrl url;
    private HttpMethod method;
    private byte[] body;

    CallRun(Prepared p, CallInfo info) {
      this.p = p;
      this.info = info;
      this.start = info.startedAt();
      this.url = resolve(p.path);
      this.method = p.method;
      this.body = p.body;
    }

    AgencyResponse run() {
      int maxAttempts = config.resilience().maxAttempts();
      while (true) {
        attempt++;
        Duration remaining = remaining();
        if (remaining.isNegative() || remaining.isZero()) {
          throw fail(timeoutError(null));
        }
        admit();
        long t0 = System.nanoTime();
        Answer answer;
        AttemptState state = new AttemptState();
        boolean recorded = false;
        try {
          answer = exchange(state, remaining);
        } catch (IOException e) {
          long took = System.nanoTime() - t0;
          resilience.onFailure(took, e);
          recorded = true;
          AgencyTlsException tls = state.requestStarted() ? null
              : AgencyTls.failure(agency, p.requestId, url.host(), config.tls(), e);
          if (tls != null) {
            // fails closed: the same certificate fails the same way on every attempt
            LOG.log(Level.WARNING, "agency ''{0}'' {1}: {2}", agency, describe(),
                tls.getMessage());
            throw fail(tls);
          }
          FailureKind kind = classify(e, state);
          boolean sent = kind != FailureKind.NOT_SENT;
          if (method.isMutating() && sent) {
            outcomeUnknown = true;
            if (!p.retryable) {
              throw fail(new OutcomeUnknownException(agency, p.requestId, describe()
                  + " failed after it was sent (" + reason(kind, e) + "); it was not repeated"
                  + " because it has no idempotency key; check its status at the agency"
                  + " before trying again", e));
            }
          }
          if (attempt < maxAttempts) {
            Duration wait = backoffFor(attempt);
            if (fitsBudget(wait)) {
              retryAfter(wait, reason(kind, e));
              continue;
            }
          }
          throw fail(finalTransportError(kind, e));
        } catch (CallFailure f) {
          if (!recorded) {
            resilience.onFailure(System.nanoTime() - t0, f);
          }
          throw f;
        } catch (AgencyException e) {
          // raised by the auth scheme: its token endpoint refused, could not be reached, or its
          // certificate was refused. The call ends here like any other failure, so listeners hear
          // of it; an unreachable endpoint or a refused certificate counts against the circuit
          // (as at the agency itself), a refusal does not (as a 401 answer does not)
          long took = System.nanoTime() - t0;
          if (e instanceof AgencyTlsException || e.getCause() instanceof IOException) {
            resilience.onFailure(took, e);
          } else {
            resilience.onSuccess(took);
          }
          throw fail(e);
        } finally {
          resilience.release();
        }
        long took = System.nanoTime() - t0;
        int status = answer.status;
        if (status >= 500 || UNAVAILABLE_STATUSES.contains(status)) {
          resilience.onFailure(took, new AgencyStatusFailure(status));
        } else {
          resilience.onSuccess(took);
        }
        Optional<AgencyResponse> done = handle(answer, maxAttempts);
        if (done.isPresent()) {
          return done.get();
        }
      }
    }

    private Optional<AgencyResponse> handle(Answer answer, int maxAttempts) {
      int status = answer.status;
      if (status >= 300 && status < 400) {
        followRedirect(answer);
        attempt--;
        return Optional.empty();
      }
      AuthRequest authRequest = lastAuthRequest;
      byte[] responseBody = config.auth().readResponse(authRequest, status, answer.headers,
          answer.body);
      if (responseBody == null) {
        throw fail(protocol(p.requestId, "the auth scheme returned no body", null));
      }
      if (config.logBodies() && responseBody.length > 0 && LOG.isLoggable(Level.DEBUG)) {
        LOG.log(Level.DEBUG, "agency ''{0}'' response body: {1}", agency,
            Redaction.maskIdentifiers(new String(responseBody, StandardCharsets.UTF_8)));
      }
      if (status == 401) {
        if (!authRefreshed && p.retryable && config.auth().invalidate()) {
          authRefreshed = true;
          attempt--;
          return Optional.empty();
        }
        throw fail(new AgencyAuthenticationException(agency, p.requestId,
            "HTTP 401 on " + describe() + "; check the adapter's credentials", null));
      }
      if (status == 403) {
        throw fail(new AgencyAuthenticationException(agency, p.requestId,
            "HTTP 403 on " + describe() + "; the credentials lack a permission", null));
      }
      Optional<AgencyError> error = config.errorDecoder().decode(status, answer.headers,
          responseBody);
      boolean success = status >= 200 && status < 300;
      if (error.isEmpty() && success) {
        return Optional.of(new AgencyResponse(status, answer.headers, responseBody, p.requestId,
            attempt, Duration.between(start, clock.instant())));
      }
      AgencyError agencyError = error.orElse(new AgencyError(null, null));
      if (config.resilience().retryStatuses().contains(status) && p.retryable) {
        Optional<Duration> asked = RetryAfter.parse(first(answer.headers, "retry-after"),
            clock.instant());
        if (asked.isPresent() && asked.get().compareTo(config.resilience().maxRetryAfter()) > 0) {
          throw fail(new AgencyUnavailableException(agency, p.requestId, describe()
              + " answered HTTP " + status + " and asked to retry after "
              + asked.get().toSeconds() + " s, longer than maxRetryAfter ("
              + config.resilience().maxRetryAfter().toSeconds() + " s)", false, null));
        }
        if (attempt < maxAttempts) {
          Duration wait = asked.orElseGet(() -> backoffFor(attempt));
          if (fitsBudget(wait)) {
            retryAfter(wait, "HTTP " + status);
            return Optional.empty();
          }
        }
      }
      throw fail(statusError(status, agencyError));
    }

    private AgencyException statusError(int status, AgencyError error) {
      String code = Redaction.agencyMessage(error.code());
      String message = Redaction.agencyMessage(error.message());
      if (UNAVAILABLE_STATUSES.contains(status) || status == 500 && !method.isMutating()
          || status > 500) {
        String what = describe() + " answered HTTP " + status + " after " + attempt
            + " attempt(s)" + (code == null ? "" : ", code " + code);
        if (outcomeUnknown) {
          return new OutcomeUnknownException(agency, p.requestId, what
              + "; an earlier attempt may have taken effect", null);
        }
        return new AgencyUnavailableException(agency, p.requestId, what, false, null);
      }
      if (status >= 500) {
        return new OutcomeUnknownException(agency, p.requestId, describe() + " answered HTTP "
            + status + (code == null ? "" : ", code " + code)
            + "; the agency may have acted on it; check its status before trying again", null);
      }
      return new AgencyRejectedException(agency, p.requestId, status, code, message);
    }

    private AgencyException finalTransportError(FailureKind kind, IOException e) {
      if (outcomeUnknown) {
        return new OutcomeUnknownException(agency, p.requestId, describe() + " failed after it"
            + " was sent (" + reason(kind, e) + ") in " + attempt + " attempt(s); resubmit it"
            + " with the same idempotency key or check its status at the agency", e);
      }
      return switch (kind) {
        case TIMEOUT -> timeoutError(e);
        case PROTOCOL -> protocol(p.requestId, describe() + ": " + reason(kind, e), e);
        case NOT_SENT, RESET -> new AgencyUnavailableException(agency, p.requestId,
            describe() + " could not be completed (" + reason(kind, e) + ") in " + attempt
                + " attempt(s)", false, e);
      };
    }

    private AgencyException timeoutError(IOException e) {
      if (outcomeUnknown) {
        return new OutcomeUnknownException(agency, p.requestId, describe()
            + " got no answer within " + p.deadline.toMillis() + " ms after it was sent", e);
      }
      return new AgencyTimeoutException(agency, p.requestId, p.deadline, e);
    }

    private void admit() {
      try {
        admitOrReject();
      } catch (Rejected r) {
        if (attempt == 1) {
          throw r;
        }
        throw fail(outcomeUnknown
            ? new OutcomeUnknownException(agency, p.requestId, describe() + " was sent, then "
                + r.reason + " stopped its repetition", null)
            : new AgencyUnavailableException(agency, p.requestId, describe() + " failed, then "
                + r.reason + " stopped its repetition", r.reason == RejectionReason.CIRCUIT_OPEN,
                null));
      }
    }

    private void admitOrReject() {
      Optional<RejectionReason> refused = resilience.tryAdmit();
      if (refused.isEmpty()) {
        return;
      }
      ResilienceConfig r = config.resilience();
      throw switch (refused.get()) {
        case RATE_LIMITED -> new Rejected(new QuotaExceededException("rate_limit", "agency '"
            + agency + "': the SDK's rate limit of " + r.rateLimitPerPeriod() + " calls per "
            + r.rateLimitPeriod().toMillis() + " ms is reached; try again later"),
            RejectionReason.RATE_LIMITED);
        case BULKHEAD_FULL -> new Rejected(new QuotaExceededException("bulkhead", "agency '"
            + agency + "': " + r.maxConcurrentCalls()
            + " calls are already in flight (the SDK's bulkhead); try again later"),
            RejectionReason.BULKHEAD_FULL);
        default -> new Rejected(new AgencyUnavailableException(agency, p.requestId,
            "the circuit breaker is open after repeated failures; the call was not sent; the"
                + " agency is probed again after " + r.circuitOpenDuration().toSeconds() + " s",
            true, null), RejectionReason.CIRCUIT_OPEN);
      };
    }

    private AuthRequest lastAuthRequest;

    private Answer exchange(AttemptState state, Duration remaining) throws IOException {
      String contentType = body.length > 0 || method == HttpMethod.POST
          || method == HttpMethod.PUT || method == HttpMethod.PATCH ? JSON.toString() : null;
      AuthRequest authRequest = new AuthRequest(agencyId, method, url.uri(), body, contentType,
          clock.instant(), p.requestId, authTransport);
      lastAuthRequest = authRequest;
      Map<String, String> authHeaders = config.auth().headers(authRequest);
      Request.Builder rb = new Request.Builder().url(url).tag(AttemptState.class, state);
      p.headers.forEach(rb::header);
      rb.header("Accept", "application/json");
      rb.header("User-Agent", userAgent);
      List<Violation> bad = new ArrayList<>();
      for (Map.Entry<String, String> h : authHeaders.entrySet()) {
        checkHeader(h.getKey(), h.getValue(), "auth", bad);
        if (bad.isEmpty()) {
          rb.header(h.getKey(), h.getValue());
        }
      }
      if (!bad.isEmpty()) {
        throw fail(new AgencyAuthenticationException(agency, p.requestId,
            "the auth scheme produced an invalid header", null));
      }
      RequestBody requestBody = contentType == null ? null
          : RequestBody.create(body, JSON, 0, body.length);
      rb.method(method.name(), requestBody);
      Call call = client.newCall(rb.build());
      Duration limit = remaining.compareTo(config.attemptTimeout()) < 0 ? remaining
          : config.attemptTimeout();
      call.timeout().timeout(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
      try (Response response = call.execute()) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().toMultimap());
        long declared = response.body().contentLength();
        if (declared > config.maxResponseBytes()) {
          throw new OversizedBody();
        }
        byte[] bytes;
        try (InputStream in = response.body().byteStream()) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
              config.maxResponseBytes() + 1));
        }
        if (bytes.length > config.maxResponseBytes()) {
          throw new OversizedBody();
        }
        return new Answer(response.code(), headers, bytes, url);
      } catch (OversizedBody e) {
        throw fail(protocol(p.requestId, describe() + ": the answer is larger than "
            + config.maxResponseBytes() + " bytes (maxResponseBytes)", null));
      }
    }

    private void followRedirect(Answer answer) {
      String location = first(answer.headers, "location");
      HttpUrl target = location == null ? null : answer.url.resolve(location);
      boolean sameOrigin = target != null && target.scheme().equals(base.scheme())
          && target.host().equalsIgnoreCase(base.host()) && target.port() == base.port();
      if (config.redirects() == RedirectPolicy.NONE) {
        throw fail(protocol(p.requestId, describe() + " answered a redirect (HTTP "
            + answer.status + "); redirects are off for this agency", null));
      }
      if (!sameOrigin) {
        throw fail(protocol(p.requestId, describe() + " answered a redirect (HTTP "
            + answer.status + ") to another host; only same-host redirects are followed",
            null));
      }
      if (++redirects > MAX_REDIRECTS) {
        throw fail(protocol(p.requestId, describe() + ": more than " + MAX_REDIRECTS
            + " redirects", null));
      }
      boolean keepsMethod = answer.status == 307 || answer.status == 308;
      if (!keepsMethod && method != HttpMethod.GET && method != HttpMethod.HEAD) {
        if (answer.status != 303) {
          throw fail(protocol(p.requestId, describe() + " answered HTTP " + answer.status
              + " to a " + method + "; the SDK does not change the method of a mutating call",
              null));
        }
        method = HttpMethod.GET;
        body = new byte[0];
      }
      url = target;
    }

    private void retryAfter(Duration wait, String why) {
      notifyListener(l -> l.callRetried(info, attempt, wait, why));
      LOG.log(Level.DEBUG, "agency ''{0}'' {1} attempt {2} failed ({3}); retrying in {4} ms",
          agency, describe(), attempt, why, wait.toMillis());
      try {
        if (!wait.isZero()) {
          sleeper.sleep(wait);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw fail(outcomeUnknown
            ? new OutcomeUnknownException(agency, p.requestId, "interrupted while waiting to"
                + " repeat " + describe(), e)
            : new AgencyUnavailableException(agency, p.requestId, "interrupted while waiting to"
                + " repeat " + describe(), false, e));
      }
    }

    private boolean fitsBudget(Duration wait) {
      return wait.compareTo(remaining()) < 0;
    }

    private Duration remaining() {
      return p.deadline.minus(Duration.between(start, clock.instant()));
    }

    private Duration backoffFor(int failedAttempt) {
      return resilience.backoff(failedAttempt);
    }

    private CallFailure fail(AgencyException error) {
      return new CallFailure(error, attempt);
    }

    private String describe() {
      return p.method + " " + info.path();
    }
  }

  /** A response over the size cap; not an I/O failure of the agency. */
  private static final class OversizedBody extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OversizedBody() {
      super(null, null, false, false);
    }
  }

  /** Records an HTTP status as a failure in the circuit breaker. */
  private static final class AgencyStatusFailure extends Exception {
    private static final long serialVersionUID = 1L;

    AgencyStatusFailure(int status) {
      super("HTTP " + status, null, false, false);
    }
  }

  // ---------------------------------------------------------------- helpers

  private static FailureKind classify(IOException e, AttemptState state) {
    if (!state.requestStarted() && (e instanceof ConnectException
        || e instanceof UnknownHostException || e instanceof NoRouteToHostException
        || e instanceof SSLException || !(e instanceof InterruptedIOException))) {
      return FailureKind.NOT_SENT;
    }
    if (e instanceof InterruptedIOException) {
      return state.requestStarted() ? FailureKind.TIMEOUT : FailureKind.NOT_SENT;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProtocolException || t instanceof EOFException
          || (t.getMessage() != null && (t.getMessage().startsWith("unexpected end of stream")
          || t.getMessage().contains("chunk")))) {
        return FailureKind.PROTOCOL;
      }
    }
    return state.responseHeadersReceived() ? FailureKind.PROTOCOL : FailureKind.RESET;
  }

  private static String reason(FailureKind kind, IOException e) {
    return switch (kind) {
      case NOT_SENT -> "not connected: " + e.getClass().getSimpleName();
      case TIMEOUT -> "timed out";
      case RESET -> "connection failed: " + e.getClass().getSimpleName();
      case PROTOCOL -> "malformed answer: " + e.getClass().getSimpleName();
    };
  }

  private HttpUrl resolve(String path) {
    HttpUrl url = HttpUrl.get(basePrefix + path);
    if (!url.host().equals(base.host()) || url.port() != base.port()) {
      throw new MppValidationException(List.of(violation("path", "http.path")));
    }
    return url;
  }

  private <T> T bind(String requestId, java.util.function.Supplier<T> reader) {
    try {
      return reader.get();
    } catch (MalformedJsonException e) {
      throw protocol(requestId, e.getMessage(), e);
    } catch (MppValidationException e) {
      throw protocol(requestId, "the answer breaks its contract: " + summary(e.violations()), e);
    }
  }

  private void checkAnswer(String requestId, Object value, String prefix) {
    if (value == null) {
      throw protocol(requestId, "the answer is null", null);
    }
    if (value instanceof Map<?, ?> || value instanceof Iterable<?> || value instanceof String) {
      return;
    }
    List<Violation> violations = MppValidator.defaults().violations(value, MppValidator.ENGLISH);
    if (!violations.isEmpty()) {
      throw protocol(requestId, "the answer breaks its contract: " + summary(violations.stream()
          .map(v -> new Violation(prefix + (prefix.isEmpty() || v.field().isEmpty() ? "" : ".")
              + v.field(), v.rule(), v.message())).toList()), null);
    }
  }

  private static String summary(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  private AgencyProtocolException protocol(String requestId, String message, Throwable cause) {
    return new AgencyProtocolException(agency, requestId, Redaction.maskIdentifiers(message),
        cause);
  }

  private Map<String, String> redactedHeaders(Map<String, String> headers) {
    Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> out.put(k, Redaction.isSecretHeader(k, secretHeaders)
        ? Redaction.REDACTED : Redaction.maskIdentifiers(v)));
    return out;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    if (values == null) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          values = e.getValue();
        }
      }
    }
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private void notifyListener(Consumer<AgencyCallListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "agency call listener failed: {0}", e.getClass().getName());
    }
  }


  @Override
  public String toString() {
    return "AgencyHttpClient[" + agency + " " + base.scheme() + "://" + base.host() + ":"
        + base.port() + "]";
  }
}
