package id.mpp.sdk.benchmarks.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock on which an MPP day runs faster than real time: it starts at a given instant and every
 * real nanosecond counts {@code compression} nanoseconds. Thread-safe.
 */
final class CompressedClock extends Clock {

  private final Instant start;
  private final long startNanos;
  private final double compression;
  private final ZoneId zone;

  CompressedClock(Instant start, double compression, ZoneId zone) {
    this(start, System.nanoTime(), compression, zone);
  }

  private CompressedClock(Instant start, long startNanos, double compression, ZoneId zone) {
    if (!(compression >= 1)) {
      throw new IllegalArgumentException("compression must be at least 1");
    }
    this.start = start;
    this.startNanos = startNanos;
    this.compression = compression;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new CompressedClock(start, startNanos, compression, other);
  }

  @Override
  public Instant instant() {
    long real = System.nanoTime() - startNanos;
    return start.plus(Duration.ofNanos((long) (real * compression)));
  }

  /**
   * @param simulated a duration of the simulated day
   * @return the real time it takes
   */
  Duration real(Duration simulated) {
    return Duration.ofNanos((long) (simulated.toNanos() / compression));
  }
}
