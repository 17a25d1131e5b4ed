package id.mpp.sdk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An estimated waiting time as a range: half of visitors in this position wait at most
 * {@link #p50()}, nine in ten at most {@link #p90()}. Recomputed on every request from the queue
 * as it is, recent serving times and the counters open.
 *
 * @param peopleAhead visitors who will be called before this ticket
 * @param p50 the median estimate
 * @param p90 the 90th-percentile estimate, at least {@code p50}
 * @param capacity the counters serving this service, each counted by its share of weight
 * @param openCounters open counters that call this service
 * @param samples recent serving times used; 0 when the target serving time was used
 * @param computedAt when it was computed
 */
public record WaitEstimate(int peopleAhead, Duration p50, Duration p90, double capacity,
    int openCounters, int samples, Instant computedAt) {

  /** Checks the parts. */
  public WaitEstimate {
    Objects.requireNonNull(p50, "p50");
    Objects.requireNonNull(p90, "p90");
    Objects.requireNonNull(computedAt, "computedAt");
    if (p90.compareTo(p50) < 0 || peopleAhead < 0) {
      throw new IllegalArgumentException("p90 must be at least p50, peopleAhead not negative");
    }
  }
}
