package id.mpp.sdk.benchmarks.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.mpp.sdk.benchmarks.json.AgencyDtos.StatusRecord;
import id.mpp.sdk.benchmarks.json.Payloads;
import id.mpp.sdk.benchmarks.validation.SubmissionForm;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B4 (reliability.md §8): a full adapter call through the SDK's {@link AgencyHttpClient} (API-key
 * auth, request validation, JSON, rate limit + bulkhead + circuit breaker, request id and
 * idempotency key, response size cap, binding and validation of the answer) against a bare shared
 * {@link OkHttpClient} plus a bare {@link ObjectMapper} sending the same key and bytes to the same
 * {@link LoopbackAgency}. GET and POST of ~300 B JSON; {@code Mode.SampleTime} for the median.
 * Goal: p50 ≤ 1.25×. Negative control: a new {@code OkHttpClient} per call (no pooled
 * connection) must be ≥ 2× slower, or the suite is not measuring the client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AgencyCallBenchmark {

  private static final MediaType JSON = MediaType.get("application/json");

  private LoopbackAgency agency;
  private ObjectMapper mapper;
  private OkHttpClient bare;
  private HttpUrl statusUrl;
  private HttpUrl applicationsUrl;
  private AgencyHttpClients sdkStack;
  private AgencyHttpClient sdk;
  private SubmissionForm form;

  /** Starts the agency and both clients, and checks that each gets the same answer. */
  @Setup
  public void setUp() {
    mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    StatusRecord status = Payloads.statuses(1).get(0);
    try {
      byte[] statusJson = mapper.writeValueAsBytes(status);
      agency = LoopbackAgency.start(4, statusJson, statusJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bare = new OkHttpClient();
    statusUrl = HttpUrl.get(agency.baseUrl() + "/status/MPP-3578-20260115-000123-K");
    applicationsUrl = HttpUrl.get(agency.baseUrl() + "/applications");
    sdkStack = AgencyHttpClients.builder().clock(Clock.systemUTC()).build();
    sdk = sdkStack.create(AgencyId.of("bench-agency"), AgencyHttpConfig.builder(agency.baseUrl())
        .auth(AuthScheme.apiKey("X-Api-Key", Secret.of(LoopbackAgency.API_KEY)))
        .build());
    form = SubmissionForm.valid();
    try {
      if (!status.equals(baselineGet()) || !status.equals(sdkGet())
          || !status.equals(baselinePost()) || !status.equals(sdkPost())
          || !status.equals(controlNewClientGet())) {
        throw new IllegalStateException("the clients got different answers");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the agency and releases both clients' connections. */
  @TearDown
  public void tearDown() {
    sdkStack.close();
    bare.connectionPool().evictAll();
    bare.dispatcher().executorService().shutdown();
    agency.close();
  }

  /** @return the agency that both clients call, for checks */
  public LoopbackAgency agency() {
    return agency;
  }

  private StatusRecord exchange(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return mapper.readValue(response.body().bytes(), StatusRecord.class);
    }
  }

  private Request getRequest() {
    return new Request.Builder().url(statusUrl)
        .header("X-Api-Key", LoopbackAgency.API_KEY)
        .header("Accept", "application/json")
        .build();
  }

  /**
   * Baseline: GET with the shared bare client, bound by the bare mapper.
   *
   * @return the status
   * @throws IOException if the call fails
   */
  @Benchmark
  public StatusRecord baselineGet() throws IOException {
    return exchange(bare, getRequest());
  }

  /** @return the status, through the SDK's agency client */
  @Benchmark
  public StatusRecord sdkGet() {
    return sdk.call(AgencyRequest.get("/status/MPP-3578-20260115-000123-K"), StatusRecord.class);
  }

  /**
   * Baseline: POST of the form with the shared bare client; the receipt bound by the bare mapper.
   *
   * @return the receipt
   * @throws IOException if the call fails
   */
  @Benchmark
  public StatusRecord baselinePost() throws IOException {
    Request request = new Request.Builder().url(applicationsUrl)
        .header("X-Api-Key", LoopbackAgency.API_KEY)
        .header("Accept", "application/json")
        .post(RequestBody.create(mapper.writeValueAsBytes(form), JSON))
        .build();
    return exchange(bare, request);
  }

  /** @return the receipt, through the SDK's agency client (the form is validated first) */
  @Benchmark
  public StatusRecord sdkPost() {
    return sdk.call(AgencyRequest.post("/applications", form), StatusRecord.class);
  }

  /**
   * Negative control: GET with a new OkHttpClient for this call only (a new connection each
   * time; its pool is emptied after the call so sockets do not pile up).
   *
   * @return the status
   * @throws IOException if the call fails
   */
  @Benchmark
  public StatusRecord controlNewClientGet() throws IOException {
    OkHttpClient once = new OkHttpClient();
    try {
      return exchange(once, getRequest());
    } finally {
      once.connectionPool().evictAll();
    }
  }
}
