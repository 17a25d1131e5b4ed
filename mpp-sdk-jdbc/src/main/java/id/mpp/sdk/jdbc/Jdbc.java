package id.mpp.sdk.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import id.mpp.sdk.ConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Binding, reading and classifying for the PostgreSQL stores. */
final class Jdbc {

  /** SQLSTATE of a unique violation. */
  static final String UNIQUE_VIOLATION = "23505";
  /** SQLSTATE of a statement cancelled by the statement timeout or an operator. */
  static final String QUERY_CANCELED = "57014";
  /** SQLSTATE of a lock not granted within {@code lock_timeout} (or {@code NOWAIT}). */
  static final String LOCK_NOT_AVAILABLE = "55P03";
  /** SQLSTATE of a server out of disk space. */
  static final String DISK_FULL = "53100";

  private Jdbc() {
  }

  /** A SQLException carried out of a work function that cannot throw checked exceptions. */
  static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause.getSQLState(), cause, false, false);
    }

    SQLException sql() {
      return (SQLException) getCause();
    }
  }

  /** Prepares a statement and binds its parameters in order. */
  static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        bind(c, ps, i + 1, params[i]);
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private static void bind(Connection c, PreparedStatement ps, int index, Object value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof Instant i) {
      ps.setObject(index, OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
    } else if (value instanceof LocalDate || value instanceof LocalTime) {
      ps.setObject(index, value);
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof Integer n) {
      ps.setInt(index, n);
    } else if (value instanceof Boolean b) {
      ps.setBoolean(index, b);
    } else if (value instanceof Collection<?> list) {
      Array array = c.createArrayOf("text", list.stream().map(String::valueOf).toArray());
      ps.setArray(index, array);
    } else {
      throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
    }
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs a query and maps every row. */
  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    }
  }

  /** Runs a query and maps its first row, if any (a row mapped to {@code null} is empty). */
  static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    List<T> found = list(c, sql, row, params);
    return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
  }

  /**
   * Runs an update; a unique violation becomes the conflict {@code onDuplicate} makes of the
   * violated constraint's name (or stays a {@link SQLException} when it returns {@code null}).
   */
  static int update(Connection c, String sql, Function<String, ConflictException> onDuplicate,
      Object... params) throws SQLException {
    try {
      return update(c, sql, params);
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        ConflictException conflict = onDuplicate.apply(constraint(e));
        if (conflict != null) {
          throw conflict;
        }
      }
      throw e;
    }
  }

  /** Runs an update and returns its row count. */
  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  /** Reads an instant column. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** The violated constraint of a failure, or {@code ""}. */
  static String constraint(SQLException e) {
    if (e instanceof PSQLException p) {
      ServerErrorMessage m = p.getServerErrorMessage();
      if (m != null && m.getConstraint() != null) {
        return m.getConstraint();
      }
    }
    return "";
  }

  /** Whether a failure is a unique violation of the named constraint. */
  static boolean violates(SQLException e, String constraintName) {
    return UNIQUE_VIOLATION.equals(e.getSQLState()) && constraintName.equals(constraint(e));
  }

  /**
   * Whether repeating the whole transaction may succeed: serialization failure, deadlock, a lost
   * or refused connection, a server shutting down or out of connections.
   */
  static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
      return true;
    }
    if (state == null) {
      return false;
    }
    return state.equals("40001") || state.equals("40P01") || state.startsWith("08")
        || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
        || state.equals("53300");
  }

  /**
   * Whether a failure is one the whole command may survive later but not at once, so the store
   * does not retry it itself: a statement cancelled by the statement timeout ({@code 57014}), a
   * lock not granted ({@code 55P03}), a server out of disk ({@code 53100}), memory
   * ({@code 53200}) or resources ({@code 53000}). The transaction rolled back; nothing was
   * committed.
   */
  static boolean isRetryableLater(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.equals(QUERY_CANCELED) || state.equals(LOCK_NOT_AVAILABLE)
        || state.equals(DISK_FULL) || state.equals("53200") || state.equals("53000"));
  }

  /** Whether a failure says the connection itself is gone (so a commit's outcome is unknown). */
  static boolean isConnectionLoss(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLRecoverableException
        || (state != null && (state.startsWith("08") || state.startsWith("57P")));
  }

  /**
   * Whether a failure's message is safe to keep as a cause: connection and server-state
   * failures name no row; integrity and data errors quote the values they refused.
   */
  static boolean isSafeCause(SQLException e) {
    String state = e.getSQLState();
    return state == null || state.startsWith("08") || state.startsWith("40")
        || state.startsWith("57") || state.startsWith("53");
  }
}
