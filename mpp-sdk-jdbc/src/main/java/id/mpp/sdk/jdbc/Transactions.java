package id.mpp.sdk.jdbc;

import id.mpp.sdk.jdbc.Jdbc.SqlFailure;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Runs work in whole transactions and retries the whole transaction after a transient failure
 * (serialization failure, deadlock, lost connection before the commit). A failure during the
 * commit itself is not retried: the outcome is unknown, and the caller gets a retryable
 * {@link StoreException} that says so.
 *
 * <p>With a statement timeout, every transaction starts with {@code SET LOCAL
 * statement_timeout}: transaction-scoped, so a pooled connection needs no reset. A statement that
 * runs longer (most often one waiting for a row another transaction holds locked) is cancelled by
 * the server, the transaction rolls back, and the caller gets a retryable {@link StoreException}
 * at once: it is not retried here, because waiting the same timeout again would only hold the
 * caller longer.
 */
final class Transactions {

  /** Work on one connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final int maxAttempts;
  private final Duration backoff;
  private final Duration statementTimeout;
  /** {@code SET LOCAL statement_timeout = …}, or {@code null} for the database's own setting. */
  private final String timeoutSql;

  Transactions(DataSource dataSource, int maxAttempts, Duration backoff,
      Duration statementTimeout) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.maxAttempts = maxAttempts;
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.statementTimeout = Objects.requireNonNull(statementTimeout, "statementTimeout");
    this.timeoutSql = statementTimeout.isZero() ? null
        : "SET LOCAL statement_timeout = " + statementTimeout.toMillis();
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Runs work in one transaction at the database's isolation level. The work locks the rows it
   * decides on, which is correct at READ COMMITTED (PostgreSQL's default) and at the stricter
   * levels, where a concurrent change is a serialization failure that is retried. No session
   * setting is touched, so a pooled connection needs no reset.
   */
  <T> T write(String operation, SqlWork<T> work) {
    return run(operation, Mode.TRANSACTION, work);
  }

  /**
   * Runs read-only work of several statements on one snapshot: the transaction's first
   * statement makes it REPEATABLE READ, READ ONLY (transaction-scoped, nothing to reset).
   */
  <T> T snapshot(String operation, SqlWork<T> work) {
    return run(operation, Mode.SNAPSHOT, work);
  }

  /**
   * Runs one statement in autocommit: a read, or a write whose repetition after a lost
   * connection is harmless (a sequence number given out twice is never used twice; it leaves a
   * gap). With a statement timeout the statement runs in a transaction of its own, so the
   * timeout can be set for it alone; a lost commit is then retried like any lost connection.
   */
  <T> T single(String operation, SqlWork<T> work) {
    return run(operation, Mode.AUTOCOMMIT, work);
  }

  private enum Mode { TRANSACTION, SNAPSHOT, AUTOCOMMIT }

  private <T> T run(String operation, Mode mode, SqlWork<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        pause(attempt);
      }
      Connection c = null;
      boolean inTransaction = mode != Mode.AUTOCOMMIT || timeoutSql != null;
      boolean committing = false;
      try {
        c = dataSource.getConnection();
        if (!inTransaction) {
          if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
          }
          return work.run(c);
        }
        c.setAutoCommit(false);
        if (mode == Mode.SNAPSHOT) {
          Jdbc.update(c, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
        if (timeoutSql != null) {
          Jdbc.update(c, timeoutSql);
        }
        T result = work.run(c);
        committing = true;
        c.commit();
        return result;
      } catch (SQLException | SqlFailure failure) {
        SQLException e = failure instanceof SqlFailure f ? f.sql() : (SQLException) failure;
        if (inTransaction) {
          rollbackQuietly(c);
        }
        if (committing && mode != Mode.AUTOCOMMIT && Jdbc.isConnectionLoss(e)) {
          throw new StoreException(operation, e.getSQLState(), attempt, true, true,
              operation + ": the connection to the database broke during the commit (SQLSTATE "
                  + e.getSQLState() + "), so the transaction may or may not have committed;"
                  + " repeat the command with the same idempotency key", e);
        }
        if (Jdbc.isRetryableLater(e)) {
          throw later(operation, e, attempt);
        }
        if (!Jdbc.isTransient(e)) {
          throw failed(operation, e, attempt, false);
        }
        last = e;
      } catch (RuntimeException | Error e) {
        if (inTransaction) {
          rollbackQuietly(c);
        }
        throw e;
      } finally {
        closeQuietly(c);
      }
    }
    throw failed(operation, last, maxAttempts, true);
  }

  static StoreException failed(String operation, SQLException e, int attempts,
      boolean retryable) {
    String constraint = Jdbc.constraint(e);
    String message = operation + " failed" + (retryable ? " after " + attempts + " attempt"
        + (attempts == 1 ? "" : "s") : "") + " (SQLSTATE " + e.getSQLState()
        + (constraint.isEmpty() ? "" : ", constraint " + constraint) + ")"
        + (retryable ? ": the database is unreachable or busy; nothing was committed, try again"
            + " later" : ": " + hint(e));
    return new StoreException(operation, e.getSQLState(), attempts, retryable, false, message,
        Jdbc.isSafeCause(e) ? e : null);
  }

  /**
   * A failure that repeating at once would not cure but repeating later may: a statement
   * cancelled by the statement timeout, a lock not granted, the server out of disk or memory.
   */
  private StoreException later(String operation, SQLException e, int attempt) {
    String state = e.getSQLState();
    String why;
    if (Jdbc.QUERY_CANCELED.equals(state)) {
      why = "a statement was cancelled" + (timeoutSql == null ? ""
          : " after the statement timeout of " + millis(statementTimeout))
          + ", most likely while it waited for a row another transaction holds locked (or an"
          + " operator cancelled it); look for long transactions in pg_stat_activity";
    } else if (Jdbc.LOCK_NOT_AVAILABLE.equals(state)) {
      why = "a row lock was not granted within the database's lock_timeout; another"
          + " transaction holds it";
    } else if (Jdbc.DISK_FULL.equals(state)) {
      why = "the database server is out of disk space; free space on its data volume";
    } else {
      why = "the database server is out of resources (memory or disk)";
    }
    return new StoreException(operation, state, attempt, true, false, operation + " failed"
        + " (SQLSTATE " + state + "): " + why + "; nothing was committed, repeat the command"
        + " later with the same idempotency key", Jdbc.isSafeCause(e) ? e : null);
  }

  private static String millis(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String hint(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      return "an unexpected database failure";
    }
    if (state.startsWith("42")) {
      return "the database schema is not what this SDK expects; let PostgresStores migrate it";
    }
    if (state.startsWith("28")) {
      return "the database refused the user or password";
    }
    return "an unexpected database failure; it is not retried";
  }

  private void pause(int attempt) {
    long base = backoff.toMillis() << Math.min(attempt - 2, 6);
    long millis = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("retry", null, attempt - 1, true, false,
          "interrupted while waiting to retry a database transaction", e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    if (c != null) {
      try {
        c.rollback();
      } catch (SQLException | RuntimeException ignored) {
        // the connection is broken; closing it lets the pool evict it
      }
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException | RuntimeException ignored) {
        // nothing more to do with a connection that cannot close
      }
    }
  }
}
