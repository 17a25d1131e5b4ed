package id.mpp.sdk.testkit.simulator;

import java.lang.System.Logger.Level;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * JUnit 5 extension that runs an {@link AgencySimulator} on a free loopback port.
 *
 * <pre>{@code
 * class BpjsKesehatanAdapterIT {
 *   @RegisterExtension
 *   static final AgencySimulatorExtension<BpjsKesehatanSimulator> BPJS =
 *       AgencySimulatorExtension.of(() -> new BpjsKesehatanSimulator(clock));
 *
 *   @Test
 *   void check_whenActive_returnsActive() {
 *     BpjsKesehatanSimulator simulator = BPJS.simulator();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field, one server serves the whole class; on an instance
 * field, each test gets its own server. Either way, before every test the simulator is reset:
 * its state, journal and faults are cleared and it gets the test's seed ({@link SimulatorSeed},
 * else the system property {@code mpp.simulator.seed}, else a seed derived from the test's unique
 * id). After every test, requests that matched no route and failures inside route handlers fail
 * the test. When a test fails, the seed and the last requests are attached to the failure and
 * logged.
 *
 * @param <S> the simulator type
 */
public final class AgencySimulatorExtension<S extends AgencySimulator> implements
    BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
    TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  /** The system property that overrides the derived seed: a number, or {@code random}. */
  public static final String SEED_PROPERTY = "mpp.simulator.seed";

  private static final System.Logger LOG = System.getLogger(AgencySimulatorExtension.class
      .getName());
  private static final int REPORTED_REQUESTS = 10;

  private final Supplier<S> factory;
  private S simulator;
  private SimulatorHttps https;
  private boolean perClass;

  private AgencySimulatorExtension(Supplier<S> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * Creates the extension.
   *
   * @param factory makes the simulator (not yet started)
   * @param <S> the simulator type
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static <S extends AgencySimulator> AgencySimulatorExtension<S> of(Supplier<S> factory) {
    return new AgencySimulatorExtension<>(factory);
  }

  /**
   * The running simulator.
   *
   * @return the simulator of the current test
   * @throws IllegalStateException outside a test
   */
  public S simulator() {
    if (simulator == null) {
      throw new IllegalStateException("the agency simulator runs only during a test");
    }
    return simulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    simulator = startNew();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    https = null;
    if (context.getTestMethod().map(m -> m.isAnnotationPresent(SimulatorOverHttps.class))
        .orElse(false)) {
      if (perClass) {
        throw new IllegalStateException("@SimulatorOverHttps needs a simulator per test;"
            + " register the extension on an instance field, not a static one");
      }
      https = SimulatorHttps.create("MPP simulator test CA");
    }
    if (simulator == null) {
      simulator = startNew();
    }
    simulator.reset(seedFor(context));
  }

  /**
   * The https identity of the running simulator, in a test marked {@link SimulatorOverHttps}.
   *
   * @return the identity
   * @throws IllegalStateException in a test not marked so
   */
  public SimulatorHttps https() {
    if (https == null) {
      throw new IllegalStateException("the simulator serves https only in a test marked"
          + " @SimulatorOverHttps");
    }
    return https;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      List<String> problems = new ArrayList<>();
      List<JournalEntry> unmatched = simulator.journal().unmatched();
      long unmatchedTotal = simulator.journal().unmatchedTotal();
      if (unmatchedTotal > 0) {
        problems.add(unmatchedTotal + " request(s) matched no route: " + unmatched);
      }
      List<String> failures = simulator.routeFailures();
      if (!failures.isEmpty()) {
        problems.add("route handler(s) failed: " + failures);
      }
      if (!problems.isEmpty()) {
        throw new AssertionError("agency simulator '" + simulator.agencyId() + "': "
            + String.join("; ", problems) + "; " + seedAdvice(simulator.seed()));
      }
    } finally {
      if (!perClass) {
        stop();
      }
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw report(context, throwable);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context,
      Throwable throwable) throws Throwable {
    throw report(context, throwable);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context,
      Throwable throwable) throws Throwable {
    throw report(context, throwable);
  }

  private Throwable report(ExtensionContext context, Throwable throwable) {
    if (simulator != null) {
      List<JournalEntry> entries = simulator.journal().entries();
      List<JournalEntry> last = entries.subList(Math.max(0, entries.size() - REPORTED_REQUESTS),
          entries.size());
      String message = "agency simulator '" + simulator.agencyId() + "' in "
          + context.getDisplayName() + ": " + seedAdvice(simulator.seed()) + "; it saw "
          + simulator.journal().total() + " request(s), the last: " + last;
      throwable.addSuppressed(new SimulatorReport(message));
      LOG.log(Level.WARNING, message);
    }
    return throwable;
  }

  private static String seedAdvice(long seed) {
    return "seed " + seed + " (rerun with -D" + SEED_PROPERTY + "=" + seed + " or @SimulatorSeed("
        + seed + "L))";
  }

  private S startNew() {
    S created = Objects.requireNonNull(factory.get(), "the factory returned no simulator");
    if (https != null) {
      created.useHttps(https);
    }
    created.start();
    return created;
  }

  private void stop() {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  static long seedFor(ExtensionContext context) {
    Optional<SimulatorSeed> annotated = context.getTestMethod().flatMap(m -> seedOf(m))
        .or(() -> context.getTestClass().flatMap(AgencySimulatorExtension::seedOfClass));
    if (annotated.isPresent()) {
      return annotated.get().value();
    }
    String property = System.getProperty(SEED_PROPERTY);
    if (property != null && !property.isBlank()) {
      if (property.strip().equalsIgnoreCase("random")) {
        return new SplittableRandom().nextLong();
      }
      try {
        return Long.parseLong(property.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(SEED_PROPERTY + " must be a number or 'random'", e);
      }
    }
    return stableHash(context.getUniqueId());
  }

  private static Optional<SimulatorSeed> seedOf(AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(SimulatorSeed.class));
  }

  private static Optional<SimulatorSeed> seedOfClass(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      Optional<SimulatorSeed> seed = seedOf(c);
      if (seed.isPresent()) {
        return seed;
      }
    }
    return Optional.empty();
  }

  /** FNV-1a over the UTF-8 bytes: the same test id gives the same seed on every JVM. */
  private static long stableHash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** Attached to a failing test: the seed and the last requests the simulator saw. */
  static final class SimulatorReport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulatorReport(String message) {
      super(message, null, false, false);
    }
  }
}
