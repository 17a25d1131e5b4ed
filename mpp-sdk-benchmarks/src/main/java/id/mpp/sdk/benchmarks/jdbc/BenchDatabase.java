package id.mpp.sdk.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL for the B7/B8 benchmarks: embedded binaries started by the benchmark itself (no
 * install), with one connection pool shared by the SDK path and its raw-SQL baseline, so both
 * pay the same pool, driver and server.
 */
public final class BenchDatabase implements AutoCloseable {

  private final EmbeddedPostgres server;
  private final HikariDataSource pool;

  private BenchDatabase(EmbeddedPostgres server, HikariDataSource pool) {
    this.server = server;
    this.pool = pool;
  }

  /**
   * Starts a server and a pool on its {@code postgres} database.
   *
   * @param poolSize connections in the pool
   * @return the database
   */
  public static BenchDatabase start(int poolSize) {
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("bench");
    return new BenchDatabase(server, new HikariDataSource(config));
  }

  /** @return the pool */
  public HikariDataSource pool() {
    return pool;
  }

  /**
   * Runs DDL or other statements in autocommit.
   *
   * @param sql the statements
   */
  public void execute(String... sql) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("benchmark DDL failed: " + e.getSQLState(), e);
    }
  }

  /** Closes the pool and stops the server. */
  @Override
  public void close() {
    pool.close();
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
