package id.mpp.sdk.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that moves only when told to: for tests, and for simulations that compress an
 * MPP day. Thread-safe; every engine that takes a {@code Clock} reads it on each call, so moving
 * it moves the whole hub.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 7, 30), SiteZone.WIB.zoneId());
 * clock.advance(Duration.ofMinutes(15));
 * }</pre>
 */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Creates a clock standing at an instant.
   *
   * @param instant the starting instant
   * @param zone the zone the clock reports
   * @return the clock
   */
  public static ManualClock at(Instant instant, ZoneId zone) {
    return new ManualClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")),
        Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Creates a clock standing at a local date-time in a zone.
   *
   * @param localDateTime the starting wall-clock time
   * @param zone the zone, for example {@code Asia/Jakarta}
   * @return the clock
   */
  public static ManualClock at(LocalDateTime localDateTime, ZoneId zone) {
    return at(localDateTime.atZone(zone).toInstant(), zone);
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far; must not be negative
   * @return the new instant
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward; duration was negative");
    }
    return now.updateAndGet(i -> i.plus(duration));
  }

  /**
   * Sets the clock to an instant (forward or back, for tests of skew).
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Sets the clock to a wall-clock time in its zone.
   *
   * @param localDateTime the new wall-clock time
   */
  public void set(LocalDateTime localDateTime) {
    set(localDateTime.atZone(zone).toInstant());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a view in another zone that shares this clock's instant. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + ", " + zone + "]";
  }
}
