package id.mpp.sdk.http;

import java.time.Duration;

/**
 * Waits between retry attempts. Production uses {@link #system()}; tests inject one that records
 * the wait and advances a {@link id.mpp.sdk.time.ManualClock} instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits.
   *
   * @param duration how long
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** @return a sleeper that blocks the calling thread */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
  }
}
