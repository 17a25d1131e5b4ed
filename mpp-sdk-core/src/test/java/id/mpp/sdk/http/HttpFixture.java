package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.AgencyException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.time.ManualClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the HTTP tests share: a WireMock on loopback that fails the test on unmatched requests, a
 * manual clock, a sleeper that records waits and advances the clock instead of sleeping, and a
 * listener that records events.
 */
public final class HttpFixture {

  /** The agency every test calls. */
  public static final AgencyId AGENCY = AgencyId.of("uji-instansi");

  /** The moment tests start at. */
  public static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

  /** A NIK used to prove that personal data never leaks (structurally valid, fictitious). */
  public static final String NIK = "3201014507900001";

  /** The manual clock (advanced by waits), or {@code null} in real time. */
  public final ManualClock clock;
  /** The waits the client asked for between attempts. */
  public final List<Duration> waits = new CopyOnWriteArrayList<>();
  /** The listener's events. */
  public final RecordingListener events = new RecordingListener();
  /** The hub's HTTP stack. */
  public final AgencyHttpClients clients;

  private HttpFixture(boolean manual) {
    this.clock = manual ? ManualClock.at(T0, ZoneId.of("Asia/Jakarta")) : null;
    AgencyHttpClients.Builder b = AgencyHttpClients.builder().listener(events);
    if (manual) {
      b.clock(clock).sleeper(d -> {
        waits.add(d);
        clock.advance(d);
      });
    } else {
      b.clock(Clock.systemUTC()).sleeper(d -> {
        waits.add(d);
        Sleeper.system().sleep(d);
      });
    }
    this.clients = b.build();
  }

  /** @return a fixture whose retries do not sleep: each wait advances the manual clock */
  public static HttpFixture withManualTime() {
    return new HttpFixture(true);
  }

  /** @return a fixture on the system clock that really sleeps (deadline tests) */
  public static HttpFixture withRealTime() {
    return new HttpFixture(false);
  }

  /** @return a WireMock on 127.0.0.1 that fails the test on any unmatched request */
  public static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(20).maxRequestJournalEntries(1000))
        .failOnUnmatchedRequests(true)
        .build();
  }

  /**
   * @param wm the WireMock
   * @return a config builder pointing at it with fast, deterministic resilience settings
   */
  public static AgencyHttpConfig.Builder config(WireMockExtension wm) {
    return AgencyHttpConfig.builder(URI.create("http://127.0.0.1:" + wm.getPort()))
        .resilience(ResilienceConfig.custom().jitter(0.0)
            .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(2)).build());
  }

  /**
   * @param config the agency settings
   * @return the agency's client
   */
  public AgencyHttpClient client(AgencyHttpConfig config) {
    return clients.create(AGENCY, config);
  }

  /** Records listener events as short strings. */
  public static final class RecordingListener implements AgencyCallListener {
    public final List<String> log = new CopyOnWriteArrayList<>();
    public final List<CallInfo> started = new CopyOnWriteArrayList<>();
    public final List<AgencyException> failures = new CopyOnWriteArrayList<>();
    /** The elapsed time each finished or failed call reported, in order. */
    public final List<Duration> elapsed = new CopyOnWriteArrayList<>();

    @Override
    public void callStarted(CallInfo call) {
      started.add(call);
      log.add("started " + call.method() + " " + call.path());
    }

    @Override
    public void callRetried(CallInfo call, int attempt, Duration wait, String reason) {
      log.add("retried " + attempt + " after " + wait.toMillis() + "ms: " + reason);
    }

    @Override
    public void callFinished(CallInfo call, int httpStatus, int attempts, Duration elapsed) {
      this.elapsed.add(elapsed);
      log.add("finished " + httpStatus + " in " + attempts);
    }

    @Override
    public void callFailed(CallInfo call, AgencyException error, int attempts, Duration elapsed) {
      failures.add(error);
      this.elapsed.add(elapsed);
      log.add("failed " + error.getClass().getSimpleName() + " in " + attempts);
    }

    @Override
    public void callRejected(CallInfo call, RejectionReason reason) {
      log.add("rejected " + reason);
    }

    @Override
    public void circuitStateChanged(AgencyId agencyId, CircuitState from, CircuitState to) {
      log.add("circuit " + from + "->" + to);
    }
  }
}
