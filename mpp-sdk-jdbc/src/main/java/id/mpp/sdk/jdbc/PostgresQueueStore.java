package id.mpp.sdk.jdbc;

import id.mpp.sdk.queue.QueueReader;
import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.queue.QueueTransaction;
import id.mpp.sdk.queue.SiteId;
import java.util.Objects;
import java.util.function.Function;

/**
 * The queue store on PostgreSQL: every row of a site (agencies, services, counters, number
 * sequences, tickets and their transitions, bookings, idempotency keys, events, announcements)
 * in its own table, with the rule-bearing columns copied out of the row's JSON document for
 * locks, indexes and constraints.
 *
 * <p>Several hub instances share one database safely:
 * <ul>
 *   <li>each {@link #transact} is one READ COMMITTED transaction in which the desk locks every
 *   row before deciding on it ({@code SELECT … FOR UPDATE}); call-next locks the head of each lane
 *   with {@code FOR UPDATE SKIP LOCKED}, so two counters never call the same ticket;
 *   <li>a ticket number is taken from the locked number row of its service and day, and the
 *   ticket is inserted in the same transaction, so numbers are unique and gap-free;
 *   <li>idempotency keys are claimed by one {@code INSERT … ON CONFLICT DO NOTHING};
 *   <li>event cursors come from the site's row, locked until commit, so cursors appear in commit
 *   order;
 *   <li>a serialization failure, deadlock or lost connection before the commit rolls the
 *   transaction back and runs the work again (the work has no effect outside the transaction);
 *   after the last attempt, or when the connection broke during the commit, the caller gets a
 *   retryable {@link StoreException}.
 * </ul>
 *
 * <p>Create it through {@link PostgresStores}, which migrates the schema first.
 */
public final class PostgresQueueStore implements QueueStore {

  private final Transactions transactions;

  PostgresQueueStore(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public <T> T read(SiteId site, Function<? super QueueReader, ? extends T> work) {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(work, "work");
    return transactions.snapshot("queue.read", c -> {
      PgQueueTransaction view = new PgQueueTransaction(c, site, true);
      try {
        return work.apply(view);
      } finally {
        view.close();
      }
    });
  }

  @Override
  public <T> T transact(SiteId site, Function<? super QueueTransaction, ? extends T> work) {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(work, "work");
    return transactions.write("queue.transact", c -> {
      PgQueueTransaction tx = new PgQueueTransaction(c, site, false);
      try {
        return work.apply(tx);
      } finally {
        tx.close();
      }
    });
  }

  @Override
  public String toString() {
    return "PostgresQueueStore";
  }
}
