package id.mpp.sdk.jdbc;

import id.mpp.sdk.queue.QueueLedger;
import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.queue.QueueStoreContractTest;

/**
 * The queue store contract against a real PostgreSQL. Every test works on a site of its own, so
 * all share one database; the J1 race runs desks over two store instances, each with its own
 * connection pool, as two hub instances would.
 */
class PostgresQueueStoreContractTest extends QueueStoreContractTest {

  private static PostgresStores first;
  private static PostgresStores second;

  private static synchronized void open() {
    if (first == null) {
      String database = PostgresTestDatabase.createDatabase();
      first = PostgresStores.open(PostgresTestDatabase.pool(database, 8));
      second = PostgresStores.open(PostgresTestDatabase.pool(database, 8));
    }
  }

  @Override
  protected QueueStore newStore() {
    open();
    return first.queueStore();
  }

  @Override
  protected QueueStore secondInstance(QueueStore store) {
    open();
    return second.queueStore();
  }

  @Override
  protected QueueLedger.Config ledgerConfig() {
    return QueueLedger.Config.defaults();
  }
}
