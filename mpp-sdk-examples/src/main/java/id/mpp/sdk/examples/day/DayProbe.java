package id.mpp.sdk.examples.day;

import id.mpp.sdk.http.AgencyCallListener;
import id.mpp.sdk.queue.QueueListener;
import id.mpp.sdk.tracking.TrackingListener;
import java.util.Objects;

/**
 * The listeners a day's hub reports to: what an MPP feeds its metrics and dashboards from (the
 * agency calls with their timings and failures, the queue's events, the applications' status
 * events and dead letters). The privacy test reads every label they carry.
 *
 * @param calls every agency call of every adapter
 * @param queue every committed queue event
 * @param tracking every status event and dead-lettered outbox message
 */
record DayProbe(AgencyCallListener calls, QueueListener queue, TrackingListener tracking) {

  /** Listeners that do nothing: the day as {@code main} runs it. */
  static final DayProbe NONE = new DayProbe(AgencyCallListener.NONE, event -> { },
      new TrackingListener() { });

  /** Checks that every listener is present. */
  DayProbe {
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(tracking, "tracking");
  }
}
