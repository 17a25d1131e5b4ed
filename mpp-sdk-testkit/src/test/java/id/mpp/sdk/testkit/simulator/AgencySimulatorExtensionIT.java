package id.mpp.sdk.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs sample test classes through the JUnit engine and checks what the extension did. */
class AgencySimulatorExtensionIT {

  private static Events run(Class<?> sample) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute()
        .testEvents();
  }

  private static Throwable failureOf(Events events) {
    Event failed = events.failed().list().get(0);
    return failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow();
  }

  @Test
  void afterEach_whenRequestMatchesNoRoute_failsTheTestNamingTheRequest() {
    Events events = run(UnmatchedSample.class);

    events.assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(failureOf(events)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 request(s) matched no route")
        .hasMessageContaining("GET /nowhere")
        .hasMessageContaining("seed 77");
  }

  @Test
  void afterEach_whenRouteHandlerThrows_failsTheTest() {
    Events events = run(BrokenRouteSample.class);

    events.assertStatistics(stats -> stats.failed(1));
    assertThat(failureOf(events)).hasMessageContaining("route handler(s) failed")
        .hasMessageContaining("simulated bug");
  }

  @Test
  void failingTest_whenSimulatorRan_reportsSeedAndLastRequests() {
    Events events = run(FailingSample.class);

    events.assertStatistics(stats -> stats.failed(1));
    Throwable failure = failureOf(events);
    assertThat(failure).hasMessage("the sample fails on purpose");
    assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(
        report.getMessage()).contains("seed 4242").contains("-Dmpp.simulator.seed=4242")
        .contains("POST /counter/increment"));
  }

  @Test
  void seed_whenNotAnnotated_isStablePerTestAndDiffersBetweenTests() {
    SeedSample.SEEDS.clear();

    run(SeedSample.class).assertStatistics(stats -> stats.succeeded(2));
    List<Long> firstRun = List.copyOf(SeedSample.SEEDS);
    SeedSample.SEEDS.clear();
    run(SeedSample.class);

    assertThat(firstRun).hasSize(2).doesNotHaveDuplicates();
    assertThat(SeedSample.SEEDS).containsExactlyInAnyOrderElementsOf(firstRun);
  }

  @Test
  void instanceField_whenRegistered_startsAFreshServerPerTest() {
    PerMethodSample.PORTS.clear();

    run(PerMethodSample.class).assertStatistics(stats -> stats.succeeded(2));

    assertThat(PerMethodSample.PORTS).hasSize(2);
  }

  static class UnmatchedSample {
    @RegisterExtension
    static final AgencySimulatorExtension<CounterSimulator> COUNTER =
        AgencySimulatorExtension.of(CounterSimulator::new);

    @Test
    @SimulatorSeed(77L)
    void callsUnknownPath() throws IOException {
      HttpResponse<String> response = Http.send(COUNTER.simulator(), "GET", "/nowhere");
      assertThat(response.statusCode()).isEqualTo(404);
    }
  }

  static class BrokenRouteSample {
    @RegisterExtension
    static final AgencySimulatorExtension<CounterSimulator> COUNTER =
        AgencySimulatorExtension.of(CounterSimulator::new);

    @Test
    void callsBrokenRoute() throws IOException {
      assertThat(Http.send(COUNTER.simulator(), "GET", "/broken").statusCode()).isEqualTo(500);
    }
  }

  @SimulatorSeed(4242L)
  static class FailingSample {
    @RegisterExtension
    static final AgencySimulatorExtension<CounterSimulator> COUNTER =
        AgencySimulatorExtension.of(CounterSimulator::new);

    @Test
    void fails() throws IOException {
      Http.send(COUNTER.simulator(), "POST", "/counter/increment");
      throw new AssertionError("the sample fails on purpose");
    }
  }

  static class SeedSample {
    static final List<Long> SEEDS = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final AgencySimulatorExtension<CounterSimulator> COUNTER =
        AgencySimulatorExtension.of(CounterSimulator::new);

    @Test
    void first() {
      SEEDS.add(COUNTER.simulator().seed());
    }

    @Test
    void second() {
      SEEDS.add(COUNTER.simulator().seed());
    }
  }

  static class PerMethodSample {
    static final List<Integer> PORTS = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final AgencySimulatorExtension<CounterSimulator> counter =
        AgencySimulatorExtension.of(CounterSimulator::new);

    @Test
    void first() throws IOException {
      PORTS.add(counter.simulator().port());
      assertThat(Http.send(counter.simulator(), "POST", "/counter/increment").body())
          .isEqualTo("{\"count\":1}");
    }

    @Test
    void second() throws IOException {
      PORTS.add(counter.simulator().port());
      assertThat(Http.send(counter.simulator(), "POST", "/counter/increment").body())
          .isEqualTo("{\"count\":1}");
    }
  }
}
