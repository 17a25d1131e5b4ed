package id.mpp.sdk.queue;

import id.mpp.sdk.internal.queue.InMemoryQueueStore;
import java.util.function.Function;

/**
 * The queue's persistence SPI. {@link QueueDesk} owns every rule (the ticket state machine, the
 * call policy, quotas, booking windows); a store owns atomicity, isolation and durability. A
 * store is shared by every desk of a deployment, and by several hub instances when it is
 * persistent.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #transact} runs {@code work} in one transaction on one site and commits when it
 *   returns. If {@code work} throws, nothing it wrote is kept and the exception propagates
 *   unchanged.
 *   <li>Transactions of a site are serializable in effect: the engine locks every row it
 *   changes ({@code lock…} methods) before reading the values it decides on, so row locks with
 *   READ COMMITTED isolation suffice (PostgreSQL: {@code SELECT … FOR UPDATE}, call heads with
 *   {@code SKIP LOCKED}, number sequences and counters as locked rows).
 *   <li>A store may run {@code work} more than once, after a transient failure (serialization
 *   failure, deadlock, lost connection before commit) rolled it back. {@code work} therefore has
 *   no effect outside the transaction; the desk notifies listeners only after commit. A store
 *   that gives up throws an {@link id.mpp.sdk.MppException} whose
 *   {@link id.mpp.sdk.MppException#isRetryable()} is {@code true}; the caller may repeat the
 *   command with the same idempotency key.
 *   <li>{@link #read} sees committed data only and takes no locks.
 *   <li>The work function must not call back into the store (no nested transactions).
 * </ul>
 *
 * <p>The abstract test {@code id.mpp.sdk.queue.QueueStoreContractTest} in the core test-jar
 * checks a store against this contract through the desk; a store passes it by one subclass.
 */
public interface QueueStore {

  /**
   * Runs read-only work on committed data of a site.
   *
   * @param site the site
   * @param work the work
   * @param <T> its result type
   * @return the work's result
   */
  <T> T read(SiteId site, Function<? super QueueReader, ? extends T> work);

  /**
   * Runs work in one atomic transaction on a site.
   *
   * @param site the site
   * @param work the work; may be run more than once (see the class comment)
   * @param <T> its result type
   * @return the work's result
   */
  <T> T transact(SiteId site, Function<? super QueueTransaction, ? extends T> work);

  /**
   * The embedded default: an in-memory store, thread-safe, lost when the JVM stops. Transactions
   * of one site are serialized by one lock per site; different sites run in parallel.
   *
   * @return a new, empty store
   */
  static QueueStore inMemory() {
    return new InMemoryQueueStore();
  }
}
