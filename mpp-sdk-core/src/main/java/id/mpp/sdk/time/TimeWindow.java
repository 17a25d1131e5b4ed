package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of wall-clock time within one day, start inclusive and end exclusive, for example
 * the morning session 08:00-12:00 of a counter.
 *
 * @param start the first moment, inclusive
 * @param end the end, exclusive; after {@code start} on the same day
 */
public record TimeWindow(LocalTime start, LocalTime end) {

  /**
   * Checks the order.
   *
   * @throws MppValidationException if {@code end} is not after {@code start}
   */
  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw TimeRules.invalid("end", "timeWindow.order");
    }
  }

  /**
   * Creates a window.
   *
   * @param start the start, inclusive
   * @param end the end, exclusive
   * @return the window
   */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return new TimeWindow(start, end);
  }

  /** @return how long the window is */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /**
   * Whether a time lies in the window.
   *
   * @param time the time
   * @return {@code true} when {@code start <= time < end}
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
