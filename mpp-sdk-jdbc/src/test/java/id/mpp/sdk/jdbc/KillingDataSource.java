package id.mpp.sdk.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that kills its own connection's server process (pg_terminate_backend, as a
 * crashed network or an operator would) right before a statement whose SQL contains a marker,
 * as many times as armed. The statement then runs on a dead connection and fails as it would in
 * production.
 *
 * <p>In chaos mode ({@link #chaos}) it kills at random, from a seeded {@link Random}, around
 * commits: before the commit (the server rolls the transaction back; the client's commit fails
 * on the dead connection) or after it (the transaction committed, then the connection died
 * before the client saw the answer: the client gets the driver's own connection failure, the
 * acknowledgement is lost).
 */
final class KillingDataSource implements DataSource {

  private final DataSource pool;
  private final DataSource admin;
  private final String marker;
  private final AtomicInteger armed = new AtomicInteger();
  final AtomicInteger kills = new AtomicInteger();
  final AtomicInteger markedStatements = new AtomicInteger();

  private final Random chaos;
  private final double killBeforeCommitRate;
  private final double killAfterCommitRate;
  private final AtomicBoolean chaosOn = new AtomicBoolean();
  final AtomicInteger commits = new AtomicInteger();
  final AtomicInteger killsBeforeCommit = new AtomicInteger();
  final AtomicInteger killsAfterCommit = new AtomicInteger();

  KillingDataSource(DataSource pool, DataSource admin, String marker) {
    this(pool, admin, marker, null, 0, 0);
  }

  private KillingDataSource(DataSource pool, DataSource admin, String marker, Random chaos,
      double killBeforeCommitRate, double killAfterCommitRate) {
    this.pool = pool;
    this.admin = admin;
    this.marker = marker;
    this.chaos = chaos;
    this.killBeforeCommitRate = killBeforeCommitRate;
    this.killAfterCommitRate = killAfterCommitRate;
  }

  /**
   * A data source that kills connections at random around commits, once {@link #chaos(boolean)}
   * switches it on.
   *
   * @param pool the pool to hand out connections of
   * @param admin a data source for the killing connection
   * @param seed the seed of the random choices
   * @param killBeforeCommitRate the share of commits whose connection is killed just before
   * @param killAfterCommitRate the share of commits whose connection is killed just after
   * @return the data source, chaos off
   */
  static KillingDataSource chaos(DataSource pool, DataSource admin, long seed,
      double killBeforeCommitRate, double killAfterCommitRate) {
    if (killBeforeCommitRate < 0 || killAfterCommitRate < 0
        || killBeforeCommitRate + killAfterCommitRate > 1) {
      throw new IllegalArgumentException("kill rates must be >= 0 and add up to at most 1");
    }
    return new KillingDataSource(pool, admin, null, new Random(seed),
        killBeforeCommitRate, killAfterCommitRate);
  }

  /** Switches the random kills on or off (off while a test sets up and checks). */
  void chaos(boolean on) {
    if (chaos == null) {
      throw new IllegalStateException("not a chaos data source");
    }
    chaosOn.set(on);
  }

  /** Kills the next {@code times} connections that prepare a marked statement. */
  void arm(int times) {
    armed.set(times);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = pool.getConnection();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (marker != null && method.getName().equals("prepareStatement") && args != null
              && args[0] instanceof String sql && sql.contains(marker)) {
            markedStatements.incrementAndGet();
            if (armed.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
              kill(real);
            }
          }
          if (method.getName().equals("commit") && chaos != null && chaosOn.get()) {
            return commitWithChaos(real);
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private Object commitWithChaos(Connection real) throws SQLException {
    commits.incrementAndGet();
    double draw;
    synchronized (chaos) {
      draw = chaos.nextDouble();
    }
    if (draw < killBeforeCommitRate) {
      kill(real);
      killsBeforeCommit.incrementAndGet();
      real.commit(); // fails on the dead connection, as the driver reports it
      throw new SQLException("test: the commit on a killed connection did not fail", "08006");
    }
    real.commit();
    if (draw < killBeforeCommitRate + killAfterCommitRate) {
      kill(real);
      killsAfterCommit.incrementAndGet();
      // the next use fails as the lost answer would have: the driver's own connection failure
      try (Statement s = real.createStatement()) {
        s.execute("SELECT 1");
      }
      throw new SQLException("test: the connection killed after the commit still worked",
          "08006");
    }
    return null;
  }

  private void kill(Connection victim) throws SQLException {
    int pid;
    try (Statement s = victim.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      pid = rs.getInt(1);
    }
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("SELECT pg_terminate_backend(" + pid + ", 5000)");
    }
    kills.incrementAndGet();
  }

  @Override
  public Connection getConnection(String username, String password) {
    throw new UnsupportedOperationException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
  }

  @Override
  public void setLoginTimeout(int seconds) {
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
