package id.mpp.sdk.hub;

import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.tracking.TrackingStore;
import java.util.Objects;

/**
 * The stores one hub runs on: the queue's and the tracking's. {@link #inMemory()} is the embedded
 * default; {@code mpp-sdk-jdbc} provides PostgreSQL stores through a {@link StoresProvider}, so
 * several hub instances (or several MPP sites of a region) can share one database.
 *
 * <p>{@link #close()} releases what the stores opened themselves (a connection pool); a
 * {@link javax.sql.DataSource} handed in by the integrator stays open.
 */
public interface Stores extends AutoCloseable {

  /** @return the queue store */
  QueueStore queueStore();

  /** @return the tracking store (applications, events, outbox, idempotency keys) */
  TrackingStore trackingStore();

  /** Releases the resources these stores opened; never throws. */
  @Override
  void close();

  /**
   * The embedded default: new, empty in-memory stores, lost when the JVM stops.
   *
   * @return the stores
   */
  static Stores inMemory() {
    return of(QueueStore.inMemory(), TrackingStore.inMemory());
  }

  /**
   * Stores the caller made and owns; {@link #close()} does nothing.
   *
   * @param queue the queue store
   * @param tracking the tracking store
   * @return the stores
   */
  static Stores of(QueueStore queue, TrackingStore tracking) {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(tracking, "tracking");
    return new Stores() {
      @Override
      public QueueStore queueStore() {
        return queue;
      }

      @Override
      public TrackingStore trackingStore() {
        return tracking;
      }

      @Override
      public void close() {}

      @Override
      public String toString() {
        return "Stores[" + queue.getClass().getSimpleName() + ", "
            + tracking.getClass().getSimpleName() + "]";
      }
    };
  }
}
