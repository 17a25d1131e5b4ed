package id.mpp.sdk.testkit.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated agency backend on WireMock, listening on a free loopback port.
 *
 * <p>A subclass declares its routes in {@link #defineRoutes(Routes)} and keeps the agency's state
 * (bookings, bills, tokens …) in its own fields, which {@link #resetState()} clears. Route
 * handlers of one simulator never run concurrently. On top of the routes the simulator injects
 * faults, scripted ({@link #failNext(FaultKind, int)}) or seeded and probabilistic ({@link
 * #inject(FaultPlan)}), and records every request in a bounded {@link SimulatorJournal}.
 *
 * <p>In JUnit 5 tests use {@link AgencySimulatorExtension}, which starts the simulator, resets it
 * before each test with that test's seed, fails the test on unmatched requests and prints the
 * seed when a test fails. Elsewhere (examples, benchmarks) call {@link #start()} and
 * {@link #close()}.
 */
public abstract class AgencySimulator implements AutoCloseable {

  private final String agencyId;
  private final Clock clock;
  private final SimulatorJournal journal;
  private final Object handlerLock = new Object();
  private final AtomicLong sequence = new AtomicLong();
  private final ArrayDeque<FaultKind> scripted = new ArrayDeque<>();
  private final List<String> routeFailures = new ArrayList<>();
  private volatile FaultPlan plan = FaultPlan.none();
  private volatile long seed;
  private List<Routes.Definition> routes;
  private WireMockServer server;
  private SimulatorHttps https;

  /**
   * Creates a simulator with a journal of 1,000 entries.
   *
   * @param agencyId the agency it plays, for example {@code bpjs-kesehatan}
   * @param clock the clock its state follows (token expiry, stale timestamps, dates)
   */
  protected AgencySimulator(String agencyId, Clock clock) {
    this(agencyId, clock, 1_000);
  }

  /**
   * Creates a simulator.
   *
   * @param agencyId the agency it plays
   * @param clock the clock its state follows
   * @param journalCapacity how many requests the journal keeps
   */
  protected AgencySimulator(String agencyId, Clock clock, int journalCapacity) {
    this.agencyId = Objects.requireNonNull(agencyId, "agencyId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.journal = new SimulatorJournal(journalCapacity);
  }

  /**
   * Declares the simulator's routes; called once, when it starts.
   *
   * @param routes where to declare them
   */
  protected abstract void defineRoutes(Routes routes);

  /** Clears the agency's state; called on every {@link #reset(long)}, under the handler lock. */
  protected abstract void resetState();

  /**
   * The response for a fault that sends an HTTP answer ({@link FaultKind#SERVER_ERROR},
   * {@link FaultKind#SERVICE_UNAVAILABLE}, {@link FaultKind#MALFORMED_RESPONSE}). Override to
   * shape the agency's own error body.
   *
   * @param kind the fault
   * @return the response to send
   */
  protected SimulatedResponse faultResponse(FaultKind kind) {
    return switch (kind) {
      case SERVER_ERROR -> SimulatedResponse.json(500,
          "{\"error\":\"simulated internal server error\"}");
      case SERVICE_UNAVAILABLE -> SimulatedResponse.json(503,
          "{\"error\":\"simulated service unavailable\"}").withHeader("Retry-After", "1");
      case MALFORMED_RESPONSE -> SimulatedResponse.json(200, "{\"metaData\":{\"code\":\"20");
      default -> throw new IllegalArgumentException(kind + " sends no HTTP response");
    };
  }

  /** @return the agency this simulator plays */
  public final String agencyId() {
    return agencyId;
  }

  /** @return the simulator's clock */
  public final Clock clock() {
    return clock;
  }

  /** @return the seed of the current test (or the last {@link #reset(long)}) */
  public final long seed() {
    return seed;
  }

  /** @return the journal of requests since the last reset */
  public final SimulatorJournal journal() {
    return journal;
  }

  /**
   * Starts the server on a free loopback port and declares the routes.
   *
   * @throws IllegalStateException if already started
   */
  public final synchronized void start() {
    if (server != null) {
      throw new IllegalStateException("simulator '" + agencyId + "' is already running");
    }
    Routes declared = new Routes();
    defineRoutes(declared);
    routes = declared.definitions();
    server = WireMockBinding.start(this, journal.capacity(), https);
    WireMockBinding.register(server, routes);
  }

  /** @return whether the server is running */
  public final synchronized boolean isRunning() {
    return server != null && server.isRunning();
  }

  /**
   * Serves https only, with the given identity, from the next {@link #start()} on.
   *
   * @param identity the CA and server certificate
   * @throws IllegalStateException if already started
   */
  public final synchronized void useHttps(SimulatorHttps identity) {
    if (server != null) {
      throw new IllegalStateException("simulator '" + agencyId + "' is already running; call"
          + " useHttps before start");
    }
    this.https = Objects.requireNonNull(identity, "identity");
  }

  /** @return the port the server listens on */
  public final synchronized int port() {
    return https == null ? running().port() : running().httpsPort();
  }

  /** @return {@code http://127.0.0.1:<port>}, or {@code https://} after {@link #useHttps} */
  public final URI baseUri() {
    return URI.create((https == null ? "http" : "https") + "://127.0.0.1:" + port());
  }

  /**
   * The underlying WireMock server, an escape hatch for stubs the routes do not cover. Stubs
   * added here are removed by the next {@link #reset(long)}.
   *
   * @return the running server
   */
  public final synchronized WireMockServer wireMock() {
    return running();
  }

  /**
   * Forgets everything since the start or the last reset: agency state, journal, faults, WireMock
   * scenarios and extra stubs. The extension calls it before every test.
   *
   * @param seed the seed for probabilistic faults from now on
   */
  public final void reset(long seed) {
    synchronized (handlerLock) {
      this.seed = seed;
      plan = FaultPlan.none();
      synchronized (scripted) {
        scripted.clear();
      }
      synchronized (routeFailures) {
        routeFailures.clear();
      }
      sequence.set(0);
      journal.clear();
      resetState();
      synchronized (this) {
        if (server != null) {
          server.resetAll();
          WireMockBinding.register(server, routes);
        }
      }
    }
  }

  /**
   * Injects seeded probabilistic faults into the following requests, replacing the previous plan.
   *
   * @param plan the plan; {@link FaultPlan#none()} stops them
   */
  public final void inject(FaultPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /**
   * Injects one fault into each of the next requests, before any probabilistic fault.
   *
   * @param kind the fault
   * @param times how many requests get it
   */
  public final void failNext(FaultKind kind, int times) {
    Objects.requireNonNull(kind, "kind");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    synchronized (scripted) {
      for (int i = 0; i < times; i++) {
        scripted.addLast(kind);
      }
    }
  }

  /**
   * Injects one fault into every following request until {@link #clearFaults()}: the agency is
   * down.
   *
   * @param kind the fault
   */
  public final void failAlways(FaultKind kind) {
    inject(FaultPlan.always(kind));
  }

  /** Stops all scripted and probabilistic faults: the agency recovers. */
  public final void clearFaults() {
    plan = FaultPlan.none();
    synchronized (scripted) {
      scripted.clear();
    }
  }

  /** @return the failures of route handlers since the last reset (simulator bugs) */
  public final List<String> routeFailures() {
    synchronized (routeFailures) {
      return List.copyOf(routeFailures);
    }
  }

  /** Stops the server. */
  @Override
  public final synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public String toString() {
    return "AgencySimulator[" + agencyId + (server == null ? ", stopped" : ", port "
        + (https == null ? server.port() : server.httpsPort() + " (https)")) + ", seed " + seed
        + "]";
  }

  private WireMockServer running() {
    if (server == null) {
      throw new IllegalStateException("simulator '" + agencyId + "' is not running; call start()");
    }
    return server;
  }

  /** What the simulator does with one matched request. */
  record Outcome(SimulatedResponse response, FaultKind fault, java.time.Duration delay) {}

  Outcome dispatch(int routeIndex, SimulatedRequest request) {
    Routes.Definition route = routes.get(routeIndex);
    long number = sequence.incrementAndGet();
    FaultKind fault;
    synchronized (scripted) {
      fault = scripted.pollFirst();
    }
    FaultPlan current = plan;
    if (fault == null) {
      fault = current.decide(seed, number).orElse(null);
    }
    SimulatedResponse response = null;
    if (fault == null || fault.processed()) {
      response = handle(route, request);
    } else if (sendsHttpResponse(fault)) {
      response = faultResponse(fault);
    }
    int status = response == null || isTransportFault(fault) ? 0 : response.status();
    journal.add(new JournalEntry(number, request, route.name(), status, fault));
    java.time.Duration delay = fault == FaultKind.SLOW_RESPONSE ? current.slowDelay()
        : java.time.Duration.ZERO;
    return new Outcome(response, fault, delay);
  }

  void recordUnmatched(SimulatedRequest request) {
    journal.add(new JournalEntry(0, request, null, 404, null));
  }

  private SimulatedResponse handle(Routes.Definition route, SimulatedRequest request) {
    synchronized (handlerLock) {
      try {
        return Objects.requireNonNull(route.route().handle(request), "route returned null");
      } catch (RuntimeException e) {
        synchronized (routeFailures) {
          routeFailures.add(route.name() + ": " + e);
        }
        return SimulatedResponse.json(500, Map.of("error", "simulator route failed",
            "route", route.name()));
      }
    }
  }

  static boolean isTransportFault(FaultKind fault) {
    return fault == FaultKind.CONNECTION_RESET
        || fault == FaultKind.CONNECTION_RESET_AFTER_PROCESSING
        || fault == FaultKind.EMPTY_RESPONSE
        || fault == FaultKind.RANDOM_DATA_THEN_CLOSE;
  }

  private static boolean sendsHttpResponse(FaultKind fault) {
    return fault == FaultKind.SERVER_ERROR || fault == FaultKind.SERVICE_UNAVAILABLE
        || fault == FaultKind.MALFORMED_RESPONSE;
  }
}
