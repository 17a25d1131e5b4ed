package id.mpp.sdk.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the database shows about the SDK's tables and the transactions that can hold back their
 * VACUUM, from {@link PostgresStores#diagnostics()}.
 *
 * <p>A transaction that stays open — a forgotten {@code BEGIN} in {@code psql}, a report on a
 * {@code REPEATABLE READ} snapshot, a stuck application — keeps every row version newer than its
 * snapshot. The queue updates its ticket, counter and site rows on every command, so their dead
 * versions pile up; VACUUM cannot remove them until that transaction ends, and call-next scans
 * grow slower. Watch {@link #oldestTransactionAge()} (alert when it passes a few minutes) and
 * {@link #deadTuples()}; end the transaction the age points to ({@code pg_stat_activity} shows
 * its client, state and query).
 *
 * <p>The counts come from PostgreSQL's cumulative statistics ({@code pg_stat_activity},
 * {@code pg_stat_user_tables}): the table counts are updated asynchronously (each session
 * reports its changes within about a second, VACUUM sets them when it ends), so they are an
 * operator's gauge, not exact figures. The database user sees the transactions of other users
 * only with the {@code pg_read_all_stats} role.
 *
 * @param takenAt when the database took these figures (its own clock)
 * @param openTransactions client sessions on this database with a transaction open, the one
 *     that took these figures not counted
 * @param oldestTransactionAge how long the oldest of them has been open, by the database's
 *     clock; {@link Duration#ZERO} when none is open
 * @param tables the SDK's tables ({@code mpp_…}), by name
 */
public record PostgresDiagnostics(Instant takenAt, int openTransactions,
    Duration oldestTransactionAge, List<TableStatistics> tables) {

  /**
   * Checks the figures.
   *
   * @throws IllegalArgumentException if a count or the age is negative, or there is an age
   *     without an open transaction
   */
  public PostgresDiagnostics {
    Objects.requireNonNull(takenAt, "takenAt");
    Objects.requireNonNull(oldestTransactionAge, "oldestTransactionAge");
    tables = List.copyOf(tables);
    if (openTransactions < 0) {
      throw new IllegalArgumentException("openTransactions must not be negative, was "
          + openTransactions);
    }
    if (oldestTransactionAge.isNegative()) {
      throw new IllegalArgumentException("oldestTransactionAge must not be negative, was "
          + oldestTransactionAge);
    }
    if (openTransactions == 0 && !oldestTransactionAge.isZero()) {
      throw new IllegalArgumentException("oldestTransactionAge must be 0 without an open"
          + " transaction, was " + oldestTransactionAge);
    }
  }

  /**
   * The statistics of one of the SDK's tables.
   *
   * @param name the table, for example {@code mpp_queue_ticket}
   * @param liveTuples the estimated live rows ({@code n_live_tup})
   * @param deadTuples the estimated dead row versions not yet removed ({@code n_dead_tup})
   */
  public record TableStatistics(String name, long liveTuples, long deadTuples) {

    /**
     * Checks the figures.
     *
     * @throws IllegalArgumentException if the name is blank or a count negative
     */
    public TableStatistics {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      if (liveTuples < 0 || deadTuples < 0) {
        throw new IllegalArgumentException("tuple counts of " + name + " must not be negative,"
            + " were " + liveTuples + " live and " + deadTuples + " dead");
      }
    }
  }

  /** @return the dead row versions of all the SDK's tables together */
  public long deadTuples() {
    return tables.stream().mapToLong(TableStatistics::deadTuples).sum();
  }

  /**
   * Finds one table's statistics.
   *
   * @param name the table, for example {@code mpp_queue_ticket}
   * @return its statistics, or empty if it is not one of the SDK's tables
   */
  public Optional<TableStatistics> findTable(String name) {
    Objects.requireNonNull(name, "name");
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * Whether a transaction has been open longer than an operator allows.
   *
   * @param limit the longest a transaction may be open, for example 5 minutes
   * @return {@code true} when the oldest open transaction is older than the limit
   */
  public boolean hasTransactionOlderThan(Duration limit) {
    Objects.requireNonNull(limit, "limit");
    return openTransactions > 0 && oldestTransactionAge.compareTo(limit) > 0;
  }
}
