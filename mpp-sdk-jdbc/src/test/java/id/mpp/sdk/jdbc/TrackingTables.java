package id.mpp.sdk.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import id.mpp.sdk.tracking.TrackingStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One test database for tracking tests, emptied before each test. */
final class TrackingTables {

  private HikariDataSource pool;
  private PostgresStores stores;

  /** @return the tracking store on freshly emptied tables */
  synchronized TrackingStore emptied() {
    if (stores == null) {
      pool = PostgresTestDatabase.pool(PostgresTestDatabase.createDatabase(), 10);
      stores = PostgresStores.open(pool);
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE mpp_application, mpp_status_event, mpp_outbox, mpp_tracking_key,"
          + " mpp_tracking_sequence");
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the tracking tables", e);
    }
    return stores.trackingStore();
  }
}
