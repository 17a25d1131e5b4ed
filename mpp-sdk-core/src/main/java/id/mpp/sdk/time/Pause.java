package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An interval during which a service clock stops, for example while the applicant must revise
 * documents (berkas dikembalikan). The clock is stopped after {@code start} up to and including
 * {@code end}: a working day whose closing time falls at {@code start} still counts, one whose
 * closing time falls at {@code end} does not (the day the applicant comes back counts like a
 * submission at that moment).
 *
 * <p>For a pause that has not ended yet, pass the current instant as {@code end}: the due date
 * computed then is the due date if the clock resumed now.
 *
 * @param start when the clock stopped
 * @param end when it resumed; not before {@code start}
 */
public record Pause(Instant start, Instant end) {

  /**
   * Checks the order.
   *
   * @throws MppValidationException if {@code end} is before {@code start}
   */
  public Pause {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw TimeRules.invalid("end", "pause.order");
    }
  }

  /**
   * Creates a pause.
   *
   * @param start when the clock stopped
   * @param end when it resumed
   * @return the pause
   */
  public static Pause of(Instant start, Instant end) {
    return new Pause(start, end);
  }

  /** @return how long the pause lasted on the wall clock */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
