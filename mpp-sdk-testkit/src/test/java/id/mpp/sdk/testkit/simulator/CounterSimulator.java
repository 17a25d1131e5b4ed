package id.mpp.sdk.testkit.simulator;

import java.time.Clock;
import java.util.Map;

/** A minimal stateful simulator for the framework's own tests: a counter. */
final class CounterSimulator extends AgencySimulator {

  private int count;

  CounterSimulator() {
    this(1_000);
  }

  CounterSimulator(int journalCapacity) {
    super("counter-agency", Clock.systemUTC(), journalCapacity);
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post("/counter/increment", request -> SimulatedResponse.json(200, Map.of("count",
            ++count)))
        .get("/counter", request -> SimulatedResponse.json(200, Map.of("count", count)))
        .get("/people/nik/[0-9]+", request -> SimulatedResponse.json(200, Map.of()))
        .get("/broken", request -> {
          throw new IllegalStateException("simulated bug");
        });
  }

  @Override
  protected void resetState() {
    count = 0;
  }

  int count() {
    return count;
  }
}
