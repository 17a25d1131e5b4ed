package id.mpp.sdk.internal.queue;

import id.mpp.sdk.queue.Counter;
import id.mpp.sdk.queue.CounterService;
import id.mpp.sdk.queue.CounterStatus;
import id.mpp.sdk.queue.PriorityClass;
import id.mpp.sdk.queue.QueueRules;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.queue.WaitEstimate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The estimated waiting time of a queued ticket, as a p50/p90 range.
 *
 * <ol>
 *   <li>People ahead: queued tickets of the same service, callable now, that the call policy
 *   takes first: precedence tickets (priority class, or booked and due) before regular ones; within
 *   a class the earlier due time (rank, or slot for booked tickets), then rank and id.
 *   <li>Capacity {@code c}: every open counter calling the service counts
 *   {@code weight(service) / Σ weights} of the counter (as if its other services were busy too).
 *   With no open counter, every counter calling the service counts; with none, {@code c = 1}.
 *   <li>If fewer people are ahead than open counters are idle, the wait is zero.
 *   <li>Serving time: mean {@code μ} and standard deviation {@code σ} of the recent serving times;
 *   with fewer than the minimum samples, {@code μ} is the service's target and {@code σ = μ/2}.
 *   <li>With {@code n = people ahead + ½} (the half is the visitor being served):
 *   {@code p50 = n·μ/c} and {@code p90 = (n·μ + 1.2816·σ·√n)/c} (normal approximation of the sum
 *   of {@code n} serving times). Both rounded up to whole seconds.
 * </ol>
 */
public final class WaitEstimator {

  private static final double Z90 = 1.2816;

  private WaitEstimator() {
  }

  /**
   * Estimates the wait of a ticket.
   *
   * @param ticket the queued ticket
   * @param queued the queued tickets of its service and day (it included)
   * @param counters every counter of the site
   * @param service its service
   * @param samples recent serving times of the service
   * @param rules the rules
   * @param now the current instant
   * @return the estimate
   */
  public static WaitEstimate estimate(Ticket ticket, List<Ticket> queued, List<Counter> counters,
      ServiceQueue service, List<Duration> samples, QueueRules rules, Instant now) {
    Instant dueBy = now.plus(rules.bookedLead());
    int ahead = 0;
    for (Ticket other : queued) {
      if (!other.id().equals(ticket.id()) && callable(other, now)
          && before(other, ticket, dueBy)) {
        ahead++;
      }
    }
    double open = 0;
    double any = 0;
    int openCount = 0;
    int idle = 0;
    for (Counter c : counters) {
      if (!c.definition().calls(service.code())) {
        continue;
      }
      int total = 0;
      for (CounterService s : c.definition().services()) {
        total += s.weight();
      }
      double share = (double) c.definition().weightOf(service.code()).orElse(0) / total;
      any += share;
      if (c.status() == CounterStatus.OPEN) {
        open += share;
        openCount++;
        if (!c.busy()) {
          idle++;
        }
      }
    }
    double capacity = open > 0 ? open : any > 0 ? any : 1.0;
    double mu;
    double sigma;
    int used;
    if (samples.size() >= rules.ewtMinSamples()) {
      double sum = 0;
      for (Duration d : samples) {
        sum += d.toMillis() / 1000.0;
      }
      mu = sum / samples.size();
      double sq = 0;
      for (Duration d : samples) {
        double x = d.toMillis() / 1000.0 - mu;
        sq += x * x;
      }
      sigma = samples.size() > 1 ? Math.sqrt(sq / (samples.size() - 1)) : 0;
      used = samples.size();
    } else {
      mu = service.targetServe().toMillis() / 1000.0;
      sigma = mu / 2;
      used = 0;
    }
    Duration p50;
    Duration p90;
    if (ahead < idle) {
      p50 = Duration.ZERO;
      p90 = Duration.ZERO;
    } else {
      double n = ahead + 0.5;
      p50 = seconds(n * mu / capacity);
      p90 = seconds((n * mu + Z90 * sigma * Math.sqrt(n)) / capacity);
    }
    return new WaitEstimate(ahead, p50, p90, capacity, openCount, used, now);
  }

  private static boolean callable(Ticket t, Instant now) {
    return t.state() == TicketState.WAITING || (t.state() == TicketState.DELAYED
        && t.callableAt() != null && !t.callableAt().isAfter(now));
  }

  /** Whether {@code a} is called before {@code b}. */
  private static boolean before(Ticket a, Ticket b, Instant dueBy) {
    int ca = precedence(a, dueBy) ? 0 : 1;
    int cb = precedence(b, dueBy) ? 0 : 1;
    if (ca != cb) {
      return ca < cb;
    }
    long da = due(a, dueBy);
    long db = due(b, dueBy);
    if (da != db) {
      return da < db;
    }
    if (a.rank() != b.rank()) {
      return a.rank() < b.rank();
    }
    return a.id().value().compareTo(b.id().value()) < 0;
  }

  private static boolean precedence(Ticket t, Instant dueBy) {
    return t.priority() != PriorityClass.NONE
        || (t.slotStart() != null && !t.slotStart().isAfter(dueBy));
  }

  private static long due(Ticket t, Instant dueBy) {
    if (t.priority() == PriorityClass.NONE && t.slotStart() != null
        && !t.slotStart().isAfter(dueBy)) {
      return t.slotStart().getEpochSecond() * 1_000_000L + t.slotStart().getNano() / 1000;
    }
    return t.rank();
  }

  private static Duration seconds(double value) {
    return Duration.ofSeconds((long) Math.ceil(Math.max(0, value) - 1e-9));
  }
}
