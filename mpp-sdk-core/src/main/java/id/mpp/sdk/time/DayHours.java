package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Jam layanan of one day: the sessions during which counters serve, in order, for example
 * 08:00-12:00 and 13:00-16:00 around the istirahat (lunch and prayer break). The gaps between
 * sessions are breaks; working-hours arithmetic does not count them.
 *
 * <pre>{@code
 * DayHours friday = DayHours.of(LocalTime.of(8, 0), LocalTime.of(16, 30))
 *     .withBreak(LocalTime.of(11, 30), LocalTime.of(13, 0)); // sholat Jumat
 * }</pre>
 *
 * @param sessions the open sessions, ascending, not overlapping or touching; at least one
 */
public record DayHours(List<TimeWindow> sessions) {

  /**
   * Checks the sessions.
   *
   * @throws MppValidationException if there is no session, or sessions overlap, touch or are out
   *     of order
   */
  public DayHours {
    Objects.requireNonNull(sessions, "sessions");
    sessions = List.copyOf(sessions);
    if (sessions.isEmpty()) {
      throw TimeRules.invalid("sessions", "dayHours.empty");
    }
    for (int i = 1; i < sessions.size(); i++) {
      if (!sessions.get(i).start().isAfter(sessions.get(i - 1).end())) {
        throw TimeRules.invalid("sessions[" + i + "]", "dayHours.order");
      }
    }
  }

  /**
   * One session from opening to closing time, without a break.
   *
   * @param opens the opening time
   * @param closes the closing time, after {@code opens}
   * @return the hours
   */
  public static DayHours of(LocalTime opens, LocalTime closes) {
    return new DayHours(List.of(TimeWindow.of(opens, closes)));
  }

  /**
   * The same hours with a break taken out, for example istirahat 12:00-13:00.
   *
   * @param from the start of the break
   * @param to the end of the break
   * @return new hours
   * @throws MppValidationException if the break is not strictly inside one session
   */
  public DayHours withBreak(LocalTime from, LocalTime to) {
    TimeWindow pause = TimeWindow.of(from, to);
    List<TimeWindow> result = new ArrayList<>();
    boolean applied = false;
    for (TimeWindow s : sessions) {
      if (pause.start().isAfter(s.start()) && pause.end().isBefore(s.end())) {
        result.add(TimeWindow.of(s.start(), pause.start()));
        result.add(TimeWindow.of(pause.end(), s.end()));
        applied = true;
      } else {
        result.add(s);
      }
    }
    if (!applied) {
      throw TimeRules.invalid("break", "dayHours.break");
    }
    result.sort(Comparator.comparing(TimeWindow::start));
    return new DayHours(result);
  }

  /** @return the opening time: the start of the first session */
  public LocalTime opens() {
    return sessions.get(0).start();
  }

  /**
   * The closing time: the end of the last session. A submission at or after it counts from the
   * next working day.
   *
   * @return the closing time
   */
  public LocalTime closes() {
    return sessions.get(sessions.size() - 1).end();
  }

  /** @return the breaks between sessions, in order (empty when there is one session) */
  public List<TimeWindow> breaks() {
    List<TimeWindow> breaks = new ArrayList<>();
    for (int i = 1; i < sessions.size(); i++) {
      breaks.add(TimeWindow.of(sessions.get(i - 1).end(), sessions.get(i).start()));
    }
    return List.copyOf(breaks);
  }

  /** @return the total open time of the day, breaks excluded */
  public Duration openDuration() {
    return sessions.stream().map(TimeWindow::duration).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Whether counters are open at a time of day.
   *
   * @param time the time
   * @return {@code true} inside a session, {@code false} before opening, in a break or after
   *     closing
   */
  public boolean isOpenAt(LocalTime time) {
    return sessions.stream().anyMatch(s -> s.contains(time));
  }

  @Override
  public String toString() {
    return sessions.toString();
  }
}
