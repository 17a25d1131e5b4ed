package id.mpp.sdk.http;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.internal.http.OkHttpAgencyClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * The hub's one HTTP stack: a single OkHttp client (one connection pool, one dispatcher) from
 * which every agency's {@link AgencyHttpClient} is derived with {@code newBuilder()}, so they all
 * share the pool, as OkHttp advises. Built once per hub; {@link #close()} releases the pool.
 *
 * <pre>{@code
 * AgencyHttpClients http = AgencyHttpClients.builder()
 *     .clock(clock)
 *     .listener(metrics)
 *     .build();
 * AgencyHttpClient dukcapil = http.create(AgencyId.of("dukcapil"), config);
 * }</pre>
 *
 * <p>What the shared client pins, whatever an agency's config says: OkHttp's silent retry on a
 * reused connection is off (a POST is never re-sent without its key), redirects are handled by the
 * SDK (see {@link RedirectPolicy}), HTTP/1.1 only (HTTP/2 head-of-line blocking and reader threads
 * do not pay at agency call rates).
 */
public final class AgencyHttpClients implements AgencyHttpClientFactory, AutoCloseable {

  private final OkHttpClient shared;
  private final Clock clock;
  private final AgencyCallListener listener;
  private final Sleeper sleeper;
  private final String userAgent;

  private AgencyHttpClients(Builder b) {
    this.clock = b.clock;
    this.listener = b.listener;
    this.sleeper = b.sleeper;
    this.userAgent = b.userAgent;
    this.shared = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(b.maxIdleConnections, b.keepAlive.toMillis(),
            TimeUnit.MILLISECONDS))
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .protocols(List.of(Protocol.HTTP_1_1))
        .eventListenerFactory(OkHttpAgencyClient.ATTEMPT_TRACKING)
        .build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public AgencyHttpClient create(AgencyId agencyId, AgencyHttpConfig config) {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(config, "config");
    return new OkHttpAgencyClient(agencyId, config, shared, clock, listener, sleeper, userAgent);
  }

  /** @return the number of open connections in the shared pool (for health pages and tests) */
  public int connectionCount() {
    return shared.connectionPool().connectionCount();
  }

  /** @return the number of idle connections in the shared pool */
  public int idleConnectionCount() {
    return shared.connectionPool().idleConnectionCount();
  }

  /** Closes the idle connections and stops the dispatcher's threads. */
  @Override
  public void close() {
    shared.dispatcher().executorService().shutdown();
    shared.connectionPool().evictAll();
  }

  /** Builds {@link AgencyHttpClients}; {@link #build()} checks every setting. */
  public static final class Builder {
    private Clock clock;
    private AgencyCallListener listener = AgencyCallListener.NONE;
    private Sleeper sleeper = Sleeper.system();
    private int maxIdleConnections = 5;
    private Duration keepAlive = Duration.ofMinutes(5);
    private String userAgent = "mpp-sdk/1";

    Builder() {
    }

    /**
     * @param hubClock the hub's clock: timestamps for signatures, deadlines, circuit windows
     * @return this builder
     */
    public Builder clock(Clock hubClock) {
      this.clock = hubClock;
      return this;
    }

    /**
     * @param callListener observes every agency call
     * @return this builder
     */
    public Builder listener(AgencyCallListener callListener) {
      this.listener = callListener;
      return this;
    }

    /**
     * @param retrySleeper waits between attempts; tests inject one that does not sleep
     * @return this builder
     */
    public Builder sleeper(Sleeper retrySleeper) {
      this.sleeper = retrySleeper;
      return this;
    }

    /**
     * @param maxIdle idle connections kept in the shared pool
     * @param keepAliveFor how long an idle connection is kept
     * @return this builder
     */
    public Builder connectionPool(int maxIdle, Duration keepAliveFor) {
      this.maxIdleConnections = maxIdle;
      this.keepAlive = keepAliveFor;
      return this;
    }

    /**
     * @param value the {@code User-Agent} sent, for example {@code mpp-kota-bandung/2.3}
     * @return this builder
     */
    public Builder userAgent(String value) {
      this.userAgent = value;
      return this;
    }

    /**
     * @return the shared HTTP stack
     * @throws IllegalStateException naming the missing or bad setting
     */
    public AgencyHttpClients build() {
      if (clock == null) {
        throw new IllegalStateException("clock must be set (Clock.systemUTC() in production)");
      }
      if (listener == null) {
        throw new IllegalStateException("listener must not be null");
      }
      if (sleeper == null) {
        throw new IllegalStateException("sleeper must not be null");
      }
      if (maxIdleConnections < 0) {
        throw new IllegalStateException("maxIdleConnections must not be negative");
      }
      if (keepAlive == null || keepAlive.isNegative() || keepAlive.isZero()) {
        throw new IllegalStateException("keepAlive must be positive");
      }
      if (userAgent == null || userAgent.isBlank() || !userAgent.chars().allMatch(
          c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalStateException("userAgent must be printable ASCII");
      }
      return new AgencyHttpClients(this);
    }
  }
}
