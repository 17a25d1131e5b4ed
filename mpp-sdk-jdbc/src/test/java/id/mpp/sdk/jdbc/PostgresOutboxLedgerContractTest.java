package id.mpp.sdk.jdbc;

import id.mpp.sdk.tracking.OutboxLedgerContractTest;
import id.mpp.sdk.tracking.TrackingStore;

/** The outbox ledger (never lost, never sent under two keys) against a real PostgreSQL. */
class PostgresOutboxLedgerContractTest extends OutboxLedgerContractTest {

  private static final TrackingTables TABLES = new TrackingTables();

  @Override
  protected TrackingStore newStore() {
    return TABLES.emptied();
  }
}
