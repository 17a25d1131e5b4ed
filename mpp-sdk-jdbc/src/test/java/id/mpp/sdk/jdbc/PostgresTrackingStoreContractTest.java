package id.mpp.sdk.jdbc;

import id.mpp.sdk.tracking.TrackingStore;
import id.mpp.sdk.tracking.TrackingStoreContractTest;

/** The tracking store contract against a real PostgreSQL; each test starts on empty tables. */
class PostgresTrackingStoreContractTest extends TrackingStoreContractTest {

  private static final TrackingTables TABLES = new TrackingTables();

  @Override
  protected TrackingStore newStore() {
    return TABLES.emptied();
  }
}
