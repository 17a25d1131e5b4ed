package id.mpp.sdk.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real PostgreSQL of the tests: embedded binaries started from Maven (no system install, no
 * Docker), one server per JVM, stopped when the JVM exits. Tests get databases of their own.
 */
final class PostgresTestDatabase {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private PostgresTestDatabase() {
  }

  /** @return the shared server, started on first use */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }));
    }
    return server;
  }

  /** @return the name of a new, empty database on the shared server */
  static String createDatabase() {
    String name = "mpp_test_" + DATABASES.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return name;
  }

  /** @return the JDBC URL of a database on the shared server */
  static String url(String database) {
    return server().getJdbcUrl("postgres", database);
  }

  /**
   * A connection pool on a database, as an integrator would hand one in.
   *
   * @param database the database
   * @param size the pool size
   * @return the pool; the caller closes it
   */
  static HikariDataSource pool(String database, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url(database));
    config.setUsername("postgres");
    config.setMaximumPoolSize(size);
    config.setPoolName("test-" + database);
    return new HikariDataSource(config);
  }

  /**
   * Starts a server of its own on a data directory that survives it, so a test can stop the
   * server and start it again on the same data (a database restart).
   *
   * @param data the data directory, kept between starts
   * @param port the port, the same on every start
   * @return the started server; the caller closes it
   * @throws IOException if it cannot start
   */
  static EmbeddedPostgres startOn(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .setPort(port).start();
  }

  /**
   * @return a loopback port that was free a moment ago
   * @throws IOException if no port can be opened
   */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
