package id.mpp.sdk.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.AgencyException;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyTimeoutException;
import id.mpp.sdk.AgencyTlsException;
import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.OutcomeUnknownException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.AgencyCapability;
import id.mpp.sdk.adapter.CatalogueCapability;
import id.mpp.sdk.adapter.HealthStatus;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.catalogue.Agency;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.AgencyType;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.http.AgencyHttpClientFactory;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.TlsPolicy;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.testkit.simulator.FaultKind;
import id.mpp.sdk.testkit.simulator.FaultPlan;
import id.mpp.sdk.testkit.simulator.JournalEntry;
import id.mpp.sdk.testkit.simulator.SimulatorHttps;
import id.mpp.sdk.testkit.simulator.SimulatorOverHttps;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.validation.MppValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conformance kit: an adapter author extends this class (or one of its capability subclasses,
 * {@link MembershipContractTest}, {@link PaymentsContractTest}, …) once, names the adapter's
 * provider, its simulator and its settings, and inherits every contract test. Each test's display
 * name starts with its contract id ({@code C-ADP-01} …), listed in {@code docs/en/contract-ids.md}.
 *
 * <pre>{@code
 * class DukcapilAdapterContractIT extends IdentityContractTest<DukcapilSimulator> {
 *   protected AgencyAdapterProvider<?> provider() { return new DukcapilAdapterProvider(); }
 *   protected DukcapilSimulator newSimulator(Clock clock) { return new DukcapilSimulator(clock); }
 *   protected Map<String, String> settings(DukcapilSimulator simulator) {
 *     return Map.of("baseUrl", simulator.baseUri().toString(), "apiKey", "test-key");
 *   }
 *   ...
 * }
 * }</pre>
 *
 * <p>Each test gets its own simulator on a free loopback port (reset, seeded, unmatched requests
 * fail the test), a {@link ManualClock} starting on Monday 2 March 2026 08:00 WIB, and its own
 * hub: an {@link AdapterRegistry} built from the provider and the settings, with an HTTP stack
 * whose retry waits advance the clock instead of sleeping.
 *
 * @param <S> the agency simulator
 */
public abstract class AgencyAdapterContractTest<S extends AgencySimulator> {

  /** The instant every contract test starts at: Monday 2 March 2026, 08:00 WIB. */
  public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  /** The site zone of the simulated MPP. */
  public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Jakarta");

  /** The most requests one call may send (attempts, token refreshes, redirects). */
  private static final int MAX_REQUESTS_PER_CALL = 12;
  /** The most failing calls after which the adapter must report its agency down. */
  private static final int CALLS_UNTIL_DOWN = 20;
  /** Calls of the transient fault mix, and its seed. */
  private static final int FAULT_MIX_CALLS = 200;
  private static final long FAULT_MIX_SEED = 20260302L;
  /** C-ADP-18: the attempt limit the kit sets, and how late the slow agency answers. */
  private static final Duration SLOW_ATTEMPT = Duration.ofMillis(250);
  private static final Duration SLOW_AGENCY = Duration.ofSeconds(3);
  private static final Set<String> SECRET_WORDS = Set.of("secret", "key", "password", "token",
      "private", "credential", "signature");

  /** The test's clock, shared by the simulator and the hub. */
  protected final ManualClock clock = ManualClock.at(START, SITE_ZONE);

  /** Runs the simulator of each test. */
  @RegisterExtension
  protected final AgencySimulatorExtension<S> simulatorExtension =
      AgencySimulatorExtension.of(() -> newSimulator(clock));

  private final List<AutoCloseable> opened = new ArrayList<>();
  private AgencyAdapter adapter;

  // ---------------------------------------------------------------- what the author provides

  /** @return a new instance of the adapter's provider */
  protected abstract AgencyAdapterProvider<?> provider();

  /**
   * Creates the agency's simulator (not started).
   *
   * @param clock the test's clock
   * @return the simulator
   */
  protected abstract S newSimulator(Clock clock);

  /**
   * Valid settings that point the adapter at the running simulator, without the
   * {@code mpp.adapter.<agency-id>.} prefix.
   *
   * @param simulator the running simulator
   * @return the settings
   */
  protected abstract Map<String, String> settings(S simulator);

  /**
   * Settings with at least two independent mistakes (for example a missing base URL and a
   * malformed id), without the prefix. The kit expects every mistake reported at once.
   *
   * @return the invalid settings
   */
  protected abstract Map<String, String> invalidSettings();

  /**
   * Makes one call through the adapter that reaches the agency, reads only, and succeeds while the
   * simulator serves normally (for example a status look-up). The kit injects faults around it.
   *
   * @param adapter the adapter under test
   */
  protected abstract void callAgency(AgencyAdapter adapter);

  /**
   * Personal data the adapter handles in these tests (NIKs, card numbers, phone numbers, names),
   * which must never reach a log line or an exception message.
   *
   * @return the values; the kit adds every setting whose name suggests a secret
   */
  protected Collection<String> personalData() {
    return List.of();
  }

  // ---------------------------------------------------------------- helpers for subclasses

  /** @return the running simulator of this test */
  protected final S simulator() {
    return simulatorExtension.simulator();
  }

  /** @return the adapter under test, created on first use from {@link #settings} */
  protected final AgencyAdapter adapter() {
    if (adapter == null) {
      AdapterRegistry registry = registry(settings(simulator()));
      adapter = registry.get(agencyId());
    }
    return adapter;
  }

  /**
   * A capability of the adapter under test.
   *
   * @param type the capability interface
   * @param <C> the capability type
   * @return the capability
   * @throws AssertionError if the adapter does not offer it
   */
  protected final <C extends AgencyCapability> C capability(Class<C> type) {
    return adapter().capability(type).orElseThrow(() -> new AssertionError("adapter '"
        + agencyId() + "' does not offer " + type.getSimpleName()));
  }

  /** @return the agency id the provider declares */
  protected final AgencyId agencyId() {
    return provider().descriptor().agencyId();
  }

  /** @return how many requests the simulator received since the test started */
  protected final long requestsSeen() {
    return simulator().journal().total();
  }

  /**
   * Builds a hub (an {@link AdapterRegistry} with this adapter only) from settings without prefix.
   * Closed after the test.
   *
   * @param unprefixed the settings
   * @return the registry
   */
  protected final AdapterRegistry registry(Map<String, String> unprefixed) {
    return registry(unprefixed, UnaryOperator.identity());
  }

  private AdapterRegistry registry(Map<String, String> unprefixed,
      UnaryOperator<AgencyHttpConfig> httpOverride) {
    AgencyHttpClients http = AgencyHttpClients.builder().clock(clock)
        .sleeper(clock::advance).build();
    opened.add(http);
    AgencyHttpClientFactory clients = (agency, config) ->
        http.create(agency, httpOverride.apply(config));
    AdapterRegistry registry = AdapterRegistry.builder().provider(provider())
        .properties(prefixed(unprefixed)).httpClients(clients).clock(clock).zone(SITE_ZONE)
        .build();
    opened.add(registry);
    return registry;
  }

  private Map<String, String> prefixed(Map<String, String> unprefixed) {
    Map<String, String> result = new LinkedHashMap<>();
    unprefixed.forEach((k, v) -> result.put(prefix() + k, v));
    return result;
  }

  private String prefix() {
    return AdapterRegistry.PROPERTY_PREFIX + agencyId().value() + ".";
  }

  @AfterEach
  final void closeHub() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    opened.clear();
    adapter = null;
  }

  /**
   * Asserts that a text holds none of the personal data and secrets of this test.
   *
   * @param what what the text is, for the failure message
   * @param text the text
   */
  protected final void assertNoPersonalData(String what, String text) {
    for (String value : sensitiveValues()) {
      assertThat(text).as("%s must not contain personal data or a secret", what)
          .doesNotContain(value);
    }
  }

  private List<String> sensitiveValues() {
    List<String> values = new ArrayList<>(personalData());
    settings(simulator()).forEach((name, value) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (value.length() >= 6 && SECRET_WORDS.stream().anyMatch(lower::contains)) {
        values.add(value);
      }
    });
    return values;
  }

  private static String describe(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private Throwable failureUnder(FaultKind kind) {
    callAgency(adapter());
    simulator().failAlways(kind);
    long before = requestsSeen();
    Throwable failure = catchThrowable(() -> callAgency(adapter()));
    long seen = requestsSeen() - before;
    assertThat(failure).as("a call while the agency fails with %s", kind).isNotNull();
    assertThat(seen).as("requests the simulator saw for one call under %s", kind)
        .isBetween(1L, (long) MAX_REQUESTS_PER_CALL);
    assertNoPersonalData("the error", describe(failure));
    return failure;
  }

  // ---------------------------------------------------------------- the contract

  @Test
  @DisplayName("C-ADP-01 descriptor: valid agency id, name and version, built for this SPI")
  void descriptor_isValidAndMatchesProvider() {
    AdapterDescriptor declared = provider().descriptor();

    assertThat(declared.spiVersion().major()).isEqualTo(SpiVersion.CURRENT.major());
    assertThat(SpiVersion.CURRENT.supports(declared.spiVersion())).isTrue();
    assertThat(declared.displayName()).isNotBlank();
    assertThat(adapter().descriptor()).isEqualTo(declared);
  }

  @Test
  @DisplayName("C-ADP-02 discovery: the provider is listed for ServiceLoader")
  void provider_isDiscoverable() {
    List<Class<?>> found = AdapterRegistry.discover(provider().getClass().getClassLoader())
        .stream().<Class<?>>map(Object::getClass).toList();

    assertThat(found).contains(provider().getClass());
  }

  @Test
  @DisplayName("C-ADP-03 config: valid settings create an adapter with its capabilities")
  void validSettings_createAdapterWithCapabilities() {
    AgencyAdapter created = adapter();

    assertThat(created.capabilities()).isNotEmpty();
    for (Class<? extends AgencyCapability> type : created.capabilities()) {
      assertThat(created.capability(type)).as(type.getSimpleName()).isPresent();
    }
  }

  @Test
  @DisplayName("C-ADP-04 config: every mistake is reported at once, by setting and rule,"
      + " never with the value")
  void invalidSettings_reportEveryViolationTogether() {
    Map<String, String> invalid = invalidSettings();

    Throwable thrown = catchThrowable(() -> registry(invalid));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    List<Violation> violations = ((MppValidationException) thrown).violations();
    assertThat(violations).as("violations reported together").hasSizeGreaterThanOrEqualTo(2);
    for (Violation v : violations) {
      assertThat(v.field()).startsWith(prefix());
      assertThat(v.rule()).isNotBlank();
      for (String value : invalid.values()) {
        if (value.length() >= 4) {
          assertThat(v.message()).doesNotContain(value);
        }
      }
    }
  }

  @Test
  @DisplayName("C-ADP-05 config: without settings the adapter is refused, naming its settings")
  void missingSettings_areReportedBySetting() {
    Throwable thrown = catchThrowable(() -> registry(Map.of()));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations())
        .allSatisfy(v -> assertThat(v.field()).startsWith(prefix()));
  }

  @Test
  @DisplayName("C-ADP-06 health: UP while the agency serves")
  void health_whenAgencyServes_isUp() {
    callAgency(adapter());

    assertThat(adapter().health().status()).isEqualTo(HealthStatus.UP);
    assertThat(adapter().health().acceptsWork()).isTrue();
  }

  @Test
  @DisplayName("C-ADP-07 health: DOWN with a reason once the agency keeps failing, and calls"
      + " stop reaching it")
  @Tag("reliability")
  void health_whenAgencyKeepsFailing_becomesDownAndStopsCalling() {
    callAgency(adapter());
    simulator().failAlways(FaultKind.SERVER_ERROR);
    int calls = 0;
    while (calls < CALLS_UNTIL_DOWN && adapter().health().status() == HealthStatus.UP) {
      calls++;
      assertThat(catchThrowable(() -> callAgency(adapter()))).isInstanceOf(AgencyException.class);
    }

    assertThat(adapter().health().status()).isEqualTo(HealthStatus.DOWN);
    assertThat(adapter().health().acceptsWork()).isFalse();
    assertThat(adapter().health().reason(Locale.forLanguageTag("id"))).isNotBlank();
    long seen = requestsSeen();
    assertThat(catchThrowable(() -> callAgency(adapter())))
        .isInstanceOf(AgencyUnavailableException.class);
    assertThat(requestsSeen()).as("requests after the agency was reported down").isEqualTo(seen);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-08 faults: a connection reset gives a typed unavailable error")
  void connectionReset_givesTypedError() {
    assertThat(failureUnder(FaultKind.CONNECTION_RESET))
        .isInstanceOfAny(AgencyUnavailableException.class, OutcomeUnknownException.class);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-09 faults: HTTP 500 gives a typed error")
  void serverError_givesTypedError() {
    assertThat(failureUnder(FaultKind.SERVER_ERROR))
        .isInstanceOfAny(AgencyUnavailableException.class, OutcomeUnknownException.class);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-10 faults: HTTP 503 is retried, then gives AgencyUnavailableException")
  void serviceUnavailable_isRetriedThenTyped() {
    callAgency(adapter());
    simulator().failAlways(FaultKind.SERVICE_UNAVAILABLE);
    long before = requestsSeen();

    Throwable failure = catchThrowable(() -> callAgency(adapter()));

    assertThat(failure).isInstanceOf(AgencyUnavailableException.class);
    assertThat(requestsSeen() - before).as("attempts of one call")
        .isBetween(2L, (long) MAX_REQUESTS_PER_CALL);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-11 faults: a malformed answer gives AgencyProtocolException, not retried")
  void malformedAnswer_givesProtocolError() {
    assertThat(failureUnder(FaultKind.MALFORMED_RESPONSE))
        .isInstanceOf(AgencyProtocolException.class);
    assertThat(simulator().journal().entries()).filteredOn(e -> e.fault().isPresent())
        .hasSize(1);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-12 faults: an empty answer gives a typed agency error")
  void emptyAnswer_givesTypedError() {
    assertThat(failureUnder(FaultKind.EMPTY_RESPONSE)).isInstanceOfAny(
        AgencyUnavailableException.class, OutcomeUnknownException.class,
        AgencyProtocolException.class);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-13 faults: one transient 503 is retried and the call succeeds")
  void transientUnavailability_isRetriedToSuccess() {
    callAgency(adapter());
    simulator().failNext(FaultKind.SERVICE_UNAVAILABLE, 1);
    long before = requestsSeen();

    assertThatCode(() -> callAgency(adapter())).doesNotThrowAnyException();
    assertThat(requestsSeen() - before).isEqualTo(2);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-17 faults: under a seeded 10 % mix of transient faults, at least 99 % of"
      + " 200 calls succeed after retries, and each fault costs exactly one request")
  void transientFaultMix_atLeast99PercentOfCallsSucceedAfterRetries() {
    callAgency(adapter());
    long healthy = requestsSeen();
    callAgency(adapter());
    long perCall = requestsSeen() - healthy;
    simulator().inject(FaultPlan.builder().rate(FaultKind.CONNECTION_RESET, 0.04)
        .rate(FaultKind.EMPTY_RESPONSE, 0.02).rate(FaultKind.RANDOM_DATA_THEN_CLOSE, 0.02)
        .rate(FaultKind.SERVICE_UNAVAILABLE, 0.02).seed(FAULT_MIX_SEED).build());
    long lastBefore = simulator().journal().last().map(JournalEntry::sequence).orElse(0L);
    long before = requestsSeen();
    List<String> failures = new ArrayList<>();

    for (int i = 0; i < FAULT_MIX_CALLS; i++) {
      Throwable t = catchThrowable(() -> callAgency(adapter()));
      if (t != null) {
        assertThat(t).as("a failed call under transient faults")
            .isInstanceOf(AgencyException.class);
        failures.add(t.getClass().getSimpleName());
      }
    }

    long requests = requestsSeen() - before;
    long faults = simulator().journal().entries().stream()
        .filter(e -> e.sequence() > lastBefore && e.fault().isPresent()).count();
    int succeeded = FAULT_MIX_CALLS - failures.size();
    assertThat(succeeded).as("calls that succeeded (failures: %s)", failures)
        .isGreaterThanOrEqualTo(FAULT_MIX_CALLS * 99 / 100);
    assertThat(faults).as("faults the simulator injected").isPositive();
    assertThat(requests - faults).as("requests that were not faulted, %d per healthy call",
        perCall).isBetween(succeeded * perCall, FAULT_MIX_CALLS * perCall);
    assertThat(adapter().health().acceptsWork()).as("health after the fault mix").isTrue();
    System.out.printf("C-ADP-17 %s: %d of %d calls succeeded, %d faults injected, %d requests"
        + " (%d per healthy call)%n", agencyId().value(), succeeded, FAULT_MIX_CALLS, faults,
        requests, perCall);
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-18 faults: an agency slower than the call allows ends the call at its"
      + " attempt limits with a typed timeout, not at the agency's pace")
  void slowAgency_endsAtTheAttemptLimitsWithATypedTimeout() {
    AgencyAdapter bounded = registry(settings(simulator()), config -> config.toBuilder()
        .attemptTimeout(SLOW_ATTEMPT).deadline(SLOW_ATTEMPT.multipliedBy(4)).build())
        .get(agencyId());
    callAgency(bounded);
    simulator().inject(FaultPlan.builder().rate(FaultKind.SLOW_RESPONSE, 1.0)
        .slowDelay(SLOW_AGENCY).seed(FAULT_MIX_SEED).build());
    long before = requestsSeen();
    long started = System.nanoTime();

    Throwable failure = catchThrowable(() -> callAgency(bounded));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(failure).as("a call to an agency that answers after %s", SLOW_AGENCY)
        .isInstanceOfAny(AgencyTimeoutException.class, OutcomeUnknownException.class);
    assertThat(took).as("time until the call ended (the agency answers after %s)", SLOW_AGENCY)
        .isLessThan(SLOW_AGENCY.minusMillis(500));
    assertThat(requestsSeen() - before).as("attempts of one call")
        .isBetween(1L, (long) MAX_REQUESTS_PER_CALL);
    assertNoPersonalData("the error", describe(failure));
    System.out.printf("C-ADP-18 %s: %s after %d ms and %d request(s); the agency answers after"
        + " %d ms%n", agencyId().value(), failure.getClass().getSimpleName(), took.toMillis(),
        requestsSeen() - before, SLOW_AGENCY.toMillis());
  }

  @Tag("reliability")
  @Test
  @SimulatorOverHttps
  @DisplayName("C-ADP-19 TLS: over https, the hub's tls.trust of the agency's CA lets the adapter"
      + " through; tls.pins of another key refuses the handshake and nothing is sent")
  void tls_whenTheHubTrustsOrPinsTheAgency_itsSettingsReachTheAdapter() throws IOException {
    Path dir = Files.createTempDirectory("mpp-kit-tls");
    try {
      Map<String, String> trusting = new LinkedHashMap<>(settings(simulator()));
      trusting.put("tls.trust", simulatorExtension.https().writeCaPem(dir).toString());

      callAgency(registry(trusting).get(agencyId()));
      long reached = requestsSeen();
      assertThat(simulator().baseUri().getScheme()).isEqualTo("https");
      assertThat(reached).as("requests that reached the https agency").isPositive();

      Map<String, String> pinningAnother = new LinkedHashMap<>(trusting);
      pinningAnother.put("tls.pins", TlsPolicy.pinOf(
          SimulatorHttps.create("another CA").caCertificate()));
      AgencyAdapter pinned = registry(pinningAnother).get(agencyId());
      Throwable refused = catchThrowable(() -> callAgency(pinned));

      assertThat(refused).as("a call whose pinned key the agency does not hold")
          .isInstanceOf(AgencyTlsException.class);
      assertThat(((AgencyTlsException) refused).reason())
          .isEqualTo(AgencyTlsException.Reason.PIN_MISMATCH);
      assertThat(requestsSeen()).as("requests after the refused handshake").isEqualTo(reached);
      assertNoPersonalData("the error", describe(refused));
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  @Tag("reliability")
  @Test
  @DisplayName("C-ADP-14 privacy: no personal data or secret in logs or error messages")
  void logsAndErrors_holdNoPersonalDataOrSecrets() {
    List<String> errors = new ArrayList<>();
    String logged;
    try (LogCapture log = LogCapture.start()) {
      callAgency(adapter());
      exercisePersonalData(adapter());
      for (FaultKind kind : List.of(FaultKind.SERVER_ERROR, FaultKind.MALFORMED_RESPONSE,
          FaultKind.CONNECTION_RESET)) {
        simulator().failNext(kind, MAX_REQUESTS_PER_CALL);
        Throwable t = catchThrowable(() -> callAgency(adapter()));
        if (t != null) {
          errors.add(describe(t));
        }
        simulator().clearFaults();
      }
      logged = log.text();
    }

    assertNoPersonalData("the log", logged);
    assertNoPersonalData("the errors", String.join("\n", errors));
    assertNoPersonalData("the adapter's toString", adapter().toString());
  }

  /**
   * Makes the calls that carry personal data, for {@code C-ADP-14}; capability kits override it to
   * run their own operations. The default does nothing more than {@link #callAgency}.
   *
   * @param adapter the adapter under test
   */
  protected void exercisePersonalData(AgencyAdapter adapter) {
  }

  @Test
  @DisplayName("C-ADP-15 lifecycle: close releases the adapter and may be called twice")
  void close_isIdempotent() {
    AgencyAdapter created = adapter();

    assertThatCode(() -> {
      created.close();
      created.close();
    }).doesNotThrowAnyException();
  }

  /**
   * Whether the adapter publishes its agency's services through a {@link CatalogueCapability}.
   * The default is {@code true}; an adapter whose services come only from the MPP's own
   * catalogue overrides it to return {@code false}, and C-ADP-16 then checks that it offers none.
   *
   * @return {@code true} if the adapter offers a catalogue
   */
  protected boolean offersCatalogue() {
    return true;
  }

  @Test
  @DisplayName("C-ADP-16 catalogue: the adapter offers a catalogue exactly when it says so, and"
      + " every service it publishes validates, belongs to its agency and builds a catalogue")
  void catalogue_whenOffered_everyServiceValidatesAndBelongsToTheAgency() {
    Optional<CatalogueCapability> offered = adapter().capability(CatalogueCapability.class);
    if (!offersCatalogue()) {
      assertThat(offered).as("CatalogueCapability of an adapter that declares none").isEmpty();
      return;
    }
    assertThat(offered).as("CatalogueCapability (override offersCatalogue() if the agency"
        + " publishes its services elsewhere)").isPresent();
    CatalogueCapability catalogue = offered.get();

    List<ServiceDefinition> services = catalogue.listServices();

    assertThat(services).as("services of a catalogue capability").isNotEmpty();
    for (ServiceDefinition service : services) {
      assertThat(service.agencyId()).as("agency of %s", service.code()).isEqualTo(agencyId());
      assertThat(MppValidator.defaults().violations(service, Locale.ENGLISH))
          .as("violations of %s", service.code()).isEmpty();
      assertThat(catalogue.findService(service.code())).as("findService(%s)", service.code())
          .contains(service);
    }
    AdapterDescriptor descriptor = provider().descriptor();
    Agency agency = new Agency(descriptor.agencyId(), descriptor.displayName(),
        descriptor.agencyId().value(), AgencyType.UNKNOWN);
    assertThatCode(() -> Catalogue.builder().addAgency(agency).addServices(services).build())
        .as("a hub catalogue of these services (unique codes, valid records)")
        .doesNotThrowAnyException();
  }

  /**
   * Makes a mutating call whose first answer is lost after the agency acted (the connection is
   * reset after processing), then makes it again, as a hub does after a crash. The first call may
   * succeed (the adapter retried under the same key) or fail, but only with an
   * {@link OutcomeUnknownException} that holds no personal data.
   *
   * @param call the call, with the same idempotency key both times
   * @param <T> the result type
   * @return the result of the second call
   */
  protected final <T> T repeatAfterLostAnswer(Supplier<T> call) {
    simulator().failNext(FaultKind.CONNECTION_RESET_AFTER_PROCESSING, 1);
    Throwable first = catchThrowable(call::get);
    T result = call.get();
    if (first != null) {
      assertThat(first).isInstanceOf(OutcomeUnknownException.class);
      assertSafeError(first);
    }
    return result;
  }

  /**
   * Asserts that an exception is an {@link MppException} whose message holds no personal data.
   *
   * @param thrown the exception
   */
  protected final void assertSafeError(Throwable thrown) {
    assertThat(thrown).isInstanceOf(MppException.class);
    assertNoPersonalData("the error", describe(thrown));
  }
}
