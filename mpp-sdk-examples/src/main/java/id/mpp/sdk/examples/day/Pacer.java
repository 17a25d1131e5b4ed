package id.mpp.sdk.examples.day;

import java.time.Duration;
import java.time.Instant;

/**
 * The optional real-time pacing of the day: at speed {@code n}, one real second shows {@code n}
 * simulated seconds. This is the only place the example waits in real time; at speed 0 it never
 * does.
 */
final class Pacer {

  private final double speed;
  private final Instant simulatedStart;
  private final long realStart = System.nanoTime();

  Pacer(double speed, Instant simulatedStart) {
    this.speed = speed;
    this.simulatedStart = simulatedStart;
  }

  /**
   * Waits until real time has caught up with the simulated instant.
   *
   * @param simulated the simulated instant about to happen
   */
  void await(Instant simulated) {
    if (speed <= 0) {
      return;
    }
    long dueNanos = (long) (Duration.between(simulatedStart, simulated).toNanos() / speed);
    long waitNanos = dueNanos - (System.nanoTime() - realStart);
    if (waitNanos > 1_000_000) {
      try {
        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
