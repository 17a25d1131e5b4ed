package id.mpp.sdk.testkit.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fixes the seed of the agency simulators' probabilistic faults for a test method or class, to
 * reproduce a failure. Without it the seed is taken from the system property
 * {@code mpp.simulator.seed} (a number, or {@code random} for a fresh seed on every run), and
 * otherwise derived from the test's unique id, so the same test sees the same faults on every run.
 * A failing test prints the seed it ran with.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SimulatorSeed {

  /** @return the seed */
  long value();
}
