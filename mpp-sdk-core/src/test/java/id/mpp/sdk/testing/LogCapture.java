package id.mpp.sdk.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything logged through {@code System.Logger} and {@code java.util.logging} (the
 * JDK routes the first to the second) at every level while open, for tests that scan log output
 * for personal data. Restores the root logger's level when closed.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *   ... exercise the code ...
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

  /**
   * Starts capturing.
   *
   * @return the open capture; close it to stop
   */
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
   * Everything captured as one text: logger name, level, the raw message, its parameters, the
   * formatted message, and the full stack trace (messages and causes) of any thrown exception.
   *
   * @return the text to scan
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    synchronized (records) {
      for (LogRecord record : records) {
        sb.append(record.getLoggerName()).append(' ').append(record.getLevel()).append(' ')
            .append(record.getMessage()).append('\n');
        if (record.getParameters() != null) {
          for (Object parameter : record.getParameters()) {
            sb.append("  param: ").append(parameter).append('\n');
          }
        }
        sb.append("  formatted: ").append(new java.util.logging.SimpleFormatter()
            .formatMessage(record)).append('\n');
        if (record.getThrown() != null) {
          StringWriter trace = new StringWriter();
          record.getThrown().printStackTrace(new PrintWriter(trace));
          sb.append(trace);
        }
      }
    }
    return sb.toString();
  }

  @Override
  public void close() {
    root.removeHandler(handler);
    root.setLevel(previousLevel);
  }
}
