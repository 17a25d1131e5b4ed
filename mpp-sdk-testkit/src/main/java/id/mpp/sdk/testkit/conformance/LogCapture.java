package id.mpp.sdk.testkit.conformance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures everything logged through {@code System.Logger} and {@code java.util.logging} (the JDK
 * routes the first to the second) at every level while open, so a test can scan the output for
 * personal data and secrets. Restores the root logger's level when closed.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *   adapter.capability(MembershipCapability.class).orElseThrow().checkMembership(query);
 *   assertThat(log.text()).doesNotContain(nik);
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

  private final Logger root = Logger.getLogger("");
  private final Level previousLevel;
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (records) {
        records.add(record);
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  private LogCapture() {
    previousLevel = root.getLevel();
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    root.setLevel(Level.ALL);
  }

  /** @return an open capture; close it to stop */
  public static LogCapture start() {
    return new LogCapture();
  }

  /** @return how many records were captured */
  public int size() {
    synchronized (records) {
      return records.size();
    }
  }

  /**
   * Everything captured as one text: logger, level, raw message, parameters, formatted message and
   * the stack trace (messages and causes) of any exception.
   *
   * @return the text to scan
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    SimpleFormatter formatter = new SimpleFormatter();
    synchronized (records) {
      for (LogRecord record : records) {
        sb.append(record.getLoggerName()).append(' ').append(record.getLevel()).append(' ')
            .append(record.getMessage()).append('\n');
        if (record.getParameters() != null) {
          for (Object parameter : record.getParameters()) {
            sb.append("  param: ").append(parameter).append('\n');
          }
        }
        sb.append("  formatted: ").append(formatter.formatMessage(record)).append('\n');
        if (record.getThrown() != null) {
          StringWriter trace = new StringWriter();
          record.getThrown().printStackTrace(new PrintWriter(trace));
          sb.append(trace).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Stops capturing and restores the root logger's level. */
  @Override
  public void close() {
    root.removeHandler(handler);
    root.setLevel(previousLevel);
  }
}
