package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Jam layanan per weekday: which hours counters are open on each day of the week. A weekday
 * without hours is closed. Whether a weekday is a working day at all is the
 * {@link WorkingCalendar}'s decision; these hours say when a working day starts and ends.
 *
 * <p>{@link #defaults()} are typical MPP hours and are <b>UNCONFIRMED</b>: no regulation fixing
 * MPP opening hours was found, and each MPP publishes its own. Configure the site's real hours.
 *
 * @param days the hours of each open weekday
 */
public record OpeningHours(Map<DayOfWeek, DayHours> days) {

  private static final OpeningHours DEFAULTS = builder()
      .day(DayOfWeek.MONDAY, typicalWeekday())
      .day(DayOfWeek.TUESDAY, typicalWeekday())
      .day(DayOfWeek.WEDNESDAY, typicalWeekday())
      .day(DayOfWeek.THURSDAY, typicalWeekday())
      .day(DayOfWeek.FRIDAY, DayHours.of(LocalTime.of(8, 0), LocalTime.of(16, 30))
          .withBreak(LocalTime.of(11, 30), LocalTime.of(13, 0)))
      .day(DayOfWeek.SATURDAY, DayHours.of(LocalTime.of(8, 0), LocalTime.of(12, 0)))
      .build();

  /**
   * Copies the map.
   *
   * @throws MppValidationException if no weekday has hours
   */
  public OpeningHours {
    Objects.requireNonNull(days, "days");
    days.forEach((d, h) -> {
      Objects.requireNonNull(d, "day");
      Objects.requireNonNull(h, "hours");
    });
    if (days.isEmpty()) {
      throw TimeRules.invalid("days", "openingHours.empty");
    }
    days = Map.copyOf(days);
  }

  /**
   * Typical MPP hours (UNCONFIRMED, configure the site's own): Monday-Thursday 08:00-16:00 with
   * istirahat 12:00-13:00; Friday 08:00-16:30 with the longer break 11:30-13:00 for sholat Jumat;
   * Saturday 08:00-12:00 (used only where Saturday is a working day); Sunday closed.
   *
   * @return the default hours
   */
  public static OpeningHours defaults() {
    return DEFAULTS;
  }

  /** @return a builder with no open day */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The hours of a weekday.
   *
   * @param day the weekday
   * @return the hours, or empty when the site is closed on that weekday
   */
  public Optional<DayHours> find(DayOfWeek day) {
    return Optional.ofNullable(days.get(Objects.requireNonNull(day, "day")));
  }

  private static DayHours typicalWeekday() {
    return DayHours.of(LocalTime.of(8, 0), LocalTime.of(16, 0))
        .withBreak(LocalTime.of(12, 0), LocalTime.of(13, 0));
  }

  /** Builds {@link OpeningHours}; a weekday not set is closed. */
  public static final class Builder {
    private final Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);

    private Builder() {
    }

    /**
     * Sets the hours of a weekday.
     *
     * @param day the weekday
     * @param hours its hours
     * @return this builder
     */
    public Builder day(DayOfWeek day, DayHours hours) {
      days.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(hours, "hours"));
      return this;
    }

    /**
     * Sets the same hours on several weekdays.
     *
     * @param hours the hours
     * @param weekdays the weekdays
     * @return this builder
     */
    public Builder days(DayHours hours, DayOfWeek... weekdays) {
      for (DayOfWeek day : weekdays) {
        day(day, hours);
      }
      return this;
    }

    /**
     * Marks a weekday closed (removes its hours).
     *
     * @param day the weekday
     * @return this builder
     */
    public Builder closed(DayOfWeek day) {
      days.remove(Objects.requireNonNull(day, "day"));
      return this;
    }

    /**
     * Builds the hours.
     *
     * @return the hours
     * @throws MppValidationException if no weekday is open
     */
    public OpeningHours build() {
      return new OpeningHours(days);
    }
  }
}
