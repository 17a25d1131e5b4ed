package id.mpp.sdk.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.hub.Stores;
import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.tracking.TrackingStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The PostgreSQL {@link Stores}: a {@link PostgresQueueStore} and a {@link PostgresTrackingStore}
 * over one connection pool, with the schema brought up to date when they open.
 *
 * <pre>{@code
 * try (PostgresStores stores = PostgresStores.builder()
 *     .jdbcUrl("jdbc:postgresql://db:5432/mpp", "mpp", Secret.of(password))
 *     .maxPoolSize(10)
 *     .build()) {
 *   MppHub hub = MppHub.builder()...stores(stores).build();
 * }
 * }</pre>
 *
 * <p>The hub builder reaches the same through {@code jdbcUrl(...)} or {@code dataSource(...)}
 * with this module on the class path ({@link PostgresStoresProvider}).
 *
 * <p><b>Schema.</b> Versioned, forward-only Flyway migrations under {@code db/mpp}, recorded in
 * the table {@code mpp_schema_history}. Several instances starting together migrate once
 * (Flyway holds a database lock while migrating). A database whose schema is newer than this SDK
 * knows is refused, so an old instance never writes rows it does not understand.
 *
 * <p><b>Retries.</b> A transaction that fails transiently (serialization failure, deadlock, a
 * lost connection before the commit) runs again, up to {@link Builder#transactionAttempts}
 * times with a growing, jittered pause; then the caller gets a retryable {@link StoreException}.
 *
 * <p><b>Timeouts.</b> With {@link Builder#statementTimeout} every statement the stores run is
 * bounded: a transaction that waits longer — most often for a row a long transaction elsewhere
 * holds locked — is cancelled and rolled back, and the caller gets a retryable
 * {@link StoreException} (SQLSTATE {@code 57014}) at once instead of waiting without end. A
 * server out of disk space ({@code 53100}) fails the same way. Either way nothing of the command
 * was committed, so repeating it later with the same idempotency key is safe.
 */
public final class PostgresStores implements Stores {

  /** The Flyway history table of the SDK's schema. */
  public static final String HISTORY_TABLE = "mpp_schema_history";
  /** Where the migrations are on the class path. */
  public static final String MIGRATIONS = "classpath:db/mpp";

  private final HikariDataSource ownedPool;
  private final PostgresQueueStore queue;
  private final PostgresTrackingStore tracking;
  private final Transactions transactions;
  private final String schemaVersion;

  private PostgresStores(DataSource dataSource, HikariDataSource ownedPool, int attempts,
      Duration backoff, Duration statementTimeout) {
    this.ownedPool = ownedPool;
    try {
      this.schemaVersion = migrate(dataSource);
    } catch (RuntimeException e) {
      if (ownedPool != null) {
        ownedPool.close();
      }
      throw e;
    }
    this.transactions = new Transactions(dataSource, attempts, backoff,
        statementTimeout);
    this.queue = new PostgresQueueStore(transactions);
    this.tracking = new PostgresTrackingStore(transactions);
  }

  /**
   * Opens stores on the integrator's pooled data source, which stays the integrator's to close.
   *
   * @param dataSource a pooled data source on a PostgreSQL database
   * @return the stores, schema migrated
   * @throws StoreException if the database cannot be reached (retryable) or its schema is newer
   *     than this SDK knows (not retryable)
   */
  public static PostgresStores open(DataSource dataSource) {
    return builder().dataSource(dataSource).build();
  }

  /**
   * Opens stores on a database by URL with a connection pool of its own, closed by
   * {@link #close()}.
   *
   * @param jdbcUrl the URL, for example {@code jdbc:postgresql://db:5432/mpp}
   * @param user the database user
   * @param password the password, or {@code null}
   * @return the stores, schema migrated
   * @throws StoreException as {@link #open(DataSource)}
   */
  public static PostgresStores open(String jdbcUrl, String user, Secret password) {
    return builder().jdbcUrl(jdbcUrl, user, password).build();
  }

  /**
   * @return a builder with the defaults: pool of 10, 5 s connection timeout, 5 attempts, the
   *     database's own statement timeout
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public QueueStore queueStore() {
    return queue;
  }

  @Override
  public TrackingStore trackingStore() {
    return tracking;
  }

  /** @return the schema version the database is at, for example {@code 2} */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * Reads what the database shows about the SDK's tables and the transactions that can hold
   * back their VACUUM: open transactions on this database and the oldest one's age (from
   * {@code pg_stat_activity}, the reading session not counted), and live and dead row versions
   * of every {@code mpp_…} table (from {@code pg_stat_user_tables}). One cheap query pair on
   * statistics views; safe to call every few seconds from a metrics scrape.
   *
   * @return the figures
   * @throws StoreException if the database cannot be reached (retryable)
   */
  public PostgresDiagnostics diagnostics() {
    return transactions.single("diagnostics", c -> {
      Instant takenAt;
      int open;
      Instant oldest;
      try (PreparedStatement ps = c.prepareStatement("SELECT clock_timestamp(), count(*),"
          + " min(xact_start) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
          + " AND xact_start IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        takenAt = rs.getObject(1, OffsetDateTime.class).toInstant();
        open = rs.getInt(2);
        OffsetDateTime start = rs.getObject(3, OffsetDateTime.class);
        oldest = start == null ? null : start.toInstant();
      }
      List<PostgresDiagnostics.TableStatistics> tables = Jdbc.list(c, "SELECT relname,"
          + " n_live_tup, n_dead_tup FROM pg_stat_user_tables WHERE schemaname = current_schema()"
          + " AND relname LIKE 'mpp\\_%' AND relname <> ? ORDER BY relname",
          rs -> new PostgresDiagnostics.TableStatistics(rs.getString(1), rs.getLong(2),
              rs.getLong(3)), HISTORY_TABLE);
      Duration age = open == 0 || oldest == null ? Duration.ZERO
          : Duration.between(oldest, takenAt);
      return new PostgresDiagnostics(takenAt, open, age.isNegative() ? Duration.ZERO : age,
          tables);
    });
  }

  /** Closes the connection pool these stores opened; a data source handed in stays open. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  @Override
  public String toString() {
    return "PostgresStores[schema=" + schemaVersion + ", pool="
        + (ownedPool == null ? "integrator's" : "own") + "]";
  }

  private static String migrate(DataSource dataSource) {
    Flyway flyway = Flyway.configure(PostgresStores.class.getClassLoader())
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .table(HISTORY_TABLE)
        .cleanDisabled(true)
        .ignoreMigrationPatterns("*:future")
        .load();
    try {
      flyway.migrate();
      MigrationInfo current = null;
      for (MigrationInfo info : flyway.info().applied()) {
        MigrationState state = info.getState();
        if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
          throw new StoreException("migrate", null, 1, false, false, "the database schema is at"
              + " version " + info.getVersion() + ", newer than this SDK knows; upgrade"
              + " id.mpp:mpp-sdk-jdbc on this instance before it writes to the database", null);
        }
        current = info;
      }
      return current == null ? "0" : current.getVersion().getVersion();
    } catch (FlywayException e) {
      SQLException sql = sqlCause(e);
      boolean retryable = sql != null && Jdbc.isTransient(sql);
      throw new StoreException("migrate", sql == null ? null : sql.getSQLState(), 1, retryable,
          false, "could not bring the database schema up to date"
              + (sql == null ? "" : " (SQLSTATE " + sql.getSQLState() + ")")
              + (retryable ? ": the database is unreachable; try again later"
                  : ": see the cause; the schema history is in " + HISTORY_TABLE),
          retryable || sql == null ? e : null);
    }
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /** Settings of {@link PostgresStores}. */
  public static final class Builder {
    private DataSource dataSource;
    private String jdbcUrl;
    private String user;
    private Secret password;
    private int maxPoolSize = 10;
    private Duration connectionTimeout = Duration.ofSeconds(5);
    private int attempts = 5;
    private Duration backoff = Duration.ofMillis(50);
    private Duration statementTimeout = Duration.ZERO;

    private Builder() {
    }

    /**
     * Uses the integrator's pooled data source (exclusive with {@link #jdbcUrl}).
     *
     * @param dataSource the data source
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * Opens a pool of its own on a URL (exclusive with {@link #dataSource}).
     *
     * @param jdbcUrl the URL, {@code jdbc:postgresql://…}
     * @param user the user
     * @param password the password, or {@code null}
     * @return this builder
     */
    public Builder jdbcUrl(String jdbcUrl, String user, Secret password) {
      this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      this.user = Objects.requireNonNull(user, "user");
      this.password = password;
      return this;
    }

    /**
     * The size of the own pool (ignored with a data source).
     *
     * @param size 1–200 connections
     * @return this builder
     */
    public Builder maxPoolSize(int size) {
      if (size < 1 || size > 200) {
        throw new IllegalArgumentException("maxPoolSize must be 1-200, was " + size);
      }
      this.maxPoolSize = size;
      return this;
    }

    /**
     * How long a caller waits for a connection of the own pool before the attempt fails
     * (ignored with a data source).
     *
     * @param timeout at least 250 ms
     * @return this builder
     */
    public Builder connectionTimeout(Duration timeout) {
      if (timeout.compareTo(Duration.ofMillis(250)) < 0) {
        throw new IllegalArgumentException("connectionTimeout must be at least 250 ms");
      }
      this.connectionTimeout = timeout;
      return this;
    }

    /**
     * How many times a transaction is tried after transient failures, and the first pause
     * between tries (doubled each time, with jitter).
     *
     * @param attempts 1–20 tries
     * @param backoff the first pause, 0–10 s
     * @return this builder
     */
    public Builder transactionAttempts(int attempts, Duration backoff) {
      if (attempts < 1 || attempts > 20) {
        throw new IllegalArgumentException("attempts must be 1-20, was " + attempts);
      }
      if (backoff.isNegative() || backoff.compareTo(Duration.ofSeconds(10)) > 0) {
        throw new IllegalArgumentException("backoff must be 0-10 s");
      }
      this.attempts = attempts;
      this.backoff = backoff;
      return this;
    }

    /**
     * How long one statement of the stores may run, lock waits included, before the database
     * cancels it. Each transaction sets it for itself with {@code SET LOCAL statement_timeout}
     * (nothing is left on a pooled connection); a single-statement read then runs in a
     * transaction of its own. A cancelled statement rolls its transaction back and the caller
     * gets a retryable {@link StoreException} with SQLSTATE {@code 57014}, without the store's
     * own retries (waiting the timeout again would only hold the caller longer). Pick it well
     * above the slowest normal transaction — a few seconds — so that only a wait on someone
     * else's lock reaches it. The schema migration is not bounded.
     *
     * @param timeout {@link Duration#ZERO} for the database's own {@code statement_timeout}
     *     (the default), or 10 ms – 1 h
     * @return this builder
     */
    public Builder statementTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "statementTimeout");
      if (!timeout.isZero() && (timeout.compareTo(Duration.ofMillis(10)) < 0
          || timeout.compareTo(Duration.ofHours(1)) > 0)) {
        throw new IllegalArgumentException("statementTimeout must be 0 (the database's own"
            + " setting) or 10 ms - 1 h, was " + timeout);
      }
      this.statementTimeout = timeout;
      return this;
    }

    /**
     * Opens the stores and migrates the schema.
     *
     * @return the stores
     * @throws StoreException if the database cannot be reached (retryable) or its schema is
     *     newer than this SDK knows
     * @throws IllegalStateException if neither or both of a data source and a URL were given
     */
    public PostgresStores build() {
      if ((dataSource == null) == (jdbcUrl == null)) {
        throw new IllegalStateException("give exactly one of dataSource(...) and jdbcUrl(...)");
      }
      if (dataSource != null) {
        return new PostgresStores(dataSource, null, attempts, backoff,
            statementTimeout);
      }
      HikariDataSource pool = pool();
      return new PostgresStores(pool, pool, attempts, backoff, statementTimeout);
    }

    private HikariDataSource pool() {
      HikariConfig config = new HikariConfig();
      config.setPoolName("mpp-sdk-postgresql");
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(user);
      if (password != null) {
        config.setPassword(password.reveal());
      }
      config.setMaximumPoolSize(maxPoolSize);
      config.setConnectionTimeout(connectionTimeout.toMillis());
      config.setAutoCommit(true);
      // the pool starts even while the database is down; the first operation then fails
      // retryably instead of the hub failing to build
      config.setInitializationFailTimeout(-1);
      return new HikariDataSource(config);
    }
  }
}
