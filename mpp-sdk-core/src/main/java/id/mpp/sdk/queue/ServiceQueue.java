package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The queue of one public service (layanan) of an agency: how its tickets are numbered, how many
 * walk-in tickets it gives a day, its service-level targets and which priority classes it
 * serves with precedence.
 *
 * <p>Numbers restart at 1 every day in the site's zone: prefix {@code B} and padding 3 give
 * {@code B001}, {@code B002}, … Prefixes are unique within a site, so a number on a display
 * names one service.
 *
 * @param code the service code, for example {@code DUKCAPIL-KTP-EL}
 * @param agency the agency that serves it
 * @param name the name shown on kiosks and displays
 * @param prefix the ticket prefix: 1–3 upper-case letters
 * @param padding how many digits a number has at least (1–6), zero-padded
 * @param dailyQuota walk-in tickets a day; 0 means no limit. Checked-in bookings do not count
 *     against it (they counted against their session's quota)
 * @param targetWait the waiting-time target (SLA tunggu), from issue to call
 * @param targetServe the serving-time target (SLA layanan), from arrival at the counter to done
 * @param priorityClasses the priority classes served with precedence; {@link PriorityClass#NONE}
 *     is always allowed and need not be listed
 */
public record ServiceQueue(
    @NotNull ServiceCode code,
    @NotNull AgencyId agency,
    @NotBlank @Size(max = 120) String name,
    @NotNull @Pattern(regexp = "[A-Z]{1,3}", message = "{queue.prefix.format}") String prefix,
    @Min(1) @Max(6) int padding,
    @PositiveOrZero int dailyQuota,
    @NotNull @DurationMin(seconds = 1, message = "{queue.duration.positive}") Duration targetWait,
    @NotNull @DurationMin(seconds = 1, message = "{queue.duration.positive}") Duration targetServe,
    @NotNull Set<PriorityClass> priorityClasses) {

  /** Copies the priority classes into an immutable set in declaration order. */
  public ServiceQueue {
    priorityClasses = copy(priorityClasses);
  }

  /**
   * Formats a ticket number of this service: {@code number(23)} is {@code B023}.
   *
   * @param sequence the day's sequence, 1 or more
   * @return the number as shown and announced
   */
  public String number(int sequence) {
    String digits = Integer.toString(sequence);
    StringBuilder sb = new StringBuilder(prefix.length() + Math.max(padding, digits.length()));
    sb.append(prefix);
    for (int i = digits.length(); i < padding; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  /**
   * Whether a priority class may be given to this service's tickets.
   *
   * @param priority the class
   * @return {@code true} for {@link PriorityClass#NONE} and for every listed class
   */
  public boolean allows(PriorityClass priority) {
    return priority == PriorityClass.NONE || priorityClasses.contains(priority);
  }

  private static Set<PriorityClass> copy(Collection<PriorityClass> classes) {
    if (classes == null || classes.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(classes));
  }
}
