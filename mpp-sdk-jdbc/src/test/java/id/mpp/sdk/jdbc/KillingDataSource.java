package id.mpp.sdk.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that kills its own connection's server process (pg_terminate_backend, as a
 * crashed network or an operator would) right before a statement whose SQL contains a marker,
 * as many times as armed. The statement then runs on a dead connection and fails as it would in
 * production.
 */
final class KillingDataSource implements DataSource {

  private final DataSource pool;
  private final DataSource admin;
  private final String marker;
  private final AtomicInteger armed = new AtomicInteger();
  final AtomicInteger kills = new AtomicInteger();
  final AtomicInteger markedStatements = new AtomicInteger();

  KillingDataSource(DataSource pool, DataSource admin, String marker) {
    this.pool = pool;
    this.admin = admin;
    this.marker = marker;
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
          if (method.getName().equals("prepareStatement") && args != null
              && args[0] instanceof String sql && sql.contains(marker)) {
            markedStatements.incrementAndGet();
            if (armed.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
              kill(real);
            }
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
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
