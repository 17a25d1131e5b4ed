package id.mpp.sdk.examples.day;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.AgencyException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.http.AgencyCallListener;
import id.mpp.sdk.http.CallInfo;
import id.mpp.sdk.http.CircuitState;
import id.mpp.sdk.http.RejectionReason;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.OutboxMessage;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.TrackingListener;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.validation.MppValidator;
import id.mpp.sdk.validation.Nik;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability test S9 (docs: reliability §10.3), on a short simulated day: with every logger at
 * {@code ALL} (java.util.logging, where {@code System.Logger} goes; the SDK has no SLF4J logging
 * of its own), everything logged, everything printed (the day's console, {@code System.out} and
 * {@code System.err}), every exception the day produced (logged with a record, or absorbed by
 * the day and kept in its ledger), with full stack traces and causes, and every label the hub's
 * listeners hand to metrics (each agency call's agency, method, path, request id, tracking number,
 * idempotency key, retry reasons and typed errors; each queue event; each status event and dead
 * letter; as the listeners' objects print), holds:
 *
 * <ul>
 *   <li>no full NIK: none of the seeded visitors' NIKs, and no 16-digit run that passes the NIK
 *       rules (other than a compact tracking number, which can look like one);</li>
 *   <li>no secret from the simulators' configuration (API keys, client secrets, HMAC signing
 *       secrets, user keys, the private key);</li>
 *   <li>no bearer token or access token value.</li>
 * </ul>
 *
 * <p>So that it cannot pass vacuously, the test first checks that it captured log records at
 * DEBUG (FINE) or finer, printed output, absorbed exceptions and a list of secrets, and that its
 * scanner finds a NIK, a secret and a token planted in a sample text.
 */
@Tag("reliability")
class MppDayPrivacyIT {

  /** The main example's whole default day (MppDay runs 400 visitors unless told otherwise). */
  private static final int VISITORS = 400;
  private static final long SEED = 7L;
  /** High enough that some agency calls still fail after their retries. */
  private static final double FAULT_RATE = 0.3;

  /** Names of settings that hold a credential; {@code keyId} and {@code clientId} do not. */
  private static final Pattern SECRET_SETTING =
      Pattern.compile("(?i).*(secret|password|privatekey|userkey|apikey|token)(?!url).*");

  /** A 16-digit run not inside a longer one. */
  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

  /** A bearer credential, an access token field, or an Authorization header with a value. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?i)(bearer\\s+[A-Za-z0-9._~+/=-]{8,}"
          + "|\"?access_?token\"?\\s*[:=]\\s*\"?[A-Za-z0-9._~+/-]{8,}"
          + "|authorization\\s*[:=]\\s*\"?[A-Za-z0-9]{4,})");

  @TempDir
  Path out;

  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
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
  private final Map<String, Level> levelsBefore = new TreeMap<>();
  private final ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeEach
  void captureEverything() {
    // the day's loggers and the ones the example quiets in main(), all at the most verbose level
    for (String name : List.of("", "id.mpp.sdk", "org.hibernate.validator", "org.eclipse.jetty",
        "wiremock", "okhttp3")) {
      Logger logger = Logger.getLogger(name);
      levelsBefore.put(name, logger.getLevel());
      logger.setLevel(Level.ALL);
    }
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
    stdout = System.out;
    stderr = System.err;
    PrintStream both = new PrintStream(systemOut, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.setErr(stderr);
    Logger.getLogger("").removeHandler(capture);
    levelsBefore.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
  }

  @Test
  void run_whenEverythingIsLoggedAtDebug_noNikSecretOrTokenInLogsConsoleOrExceptions() {
    Map<String, String> secrets = configuredSecrets();
    List<String> visitorNiks = new VisitorDraw(SEED, SimulatedDay.DATE)
        .draw(VISITORS, DayAgencies.all()).stream().map(v -> v.nik().value()).toList();

    ByteArrayOutputStream console = new ByteArrayOutputStream();
    MetricLabels labels = new MetricLabels();
    DayResult result = MppDay.run(new DayOptions(VISITORS, 16, 0, FAULT_RATE, SEED, null, null, null,
        out, MppValidator.ENGLISH, false, false),
        new PrintStream(console, true, StandardCharsets.UTF_8),
        new DayProbe(labels, labels::queueEvent, labels));

    String logs = logText();
    String printed = console.toString(StandardCharsets.UTF_8) + "\n"
        + systemOut.toString(StandardCharsets.UTF_8);
    String exceptions = exceptionText(result.ledger().absorbed);

    // the capture really captured, so the scan below cannot pass on empty text
    assertThat(records).as("log records captured").isNotEmpty();
    assertThat(records).as("records at DEBUG (FINE) or finer")
        .anyMatch(r -> r.getLevel().intValue() <= Level.FINE.intValue());
    assertThat(printed).contains("Adapter health at close");
    assertThat(result.ledger().absorbed).as("exceptions the day absorbed").isNotEmpty();
    assertThat(secrets).as("secrets of the simulators' configuration").hasSizeGreaterThan(8);
    assertThat(visitorNiks).hasSize(VISITORS).allMatch(Nik::isValid);
    assertThat(labels.counts).as("labels each listener saw").containsKeys("callStarted",
        "callRetried", "callFinished", "callFailed", "queueEvent", "statusEvent");
    // and the scanner finds what it looks for
    String firstSecret = secrets.keySet().iterator().next();
    assertThat(leaks("x " + visitorNiks.get(0) + " 3201011708900001 Bearer abcdefgh12345678 "
        + secrets.get(firstSecret), visitorNiks, secrets)).containsExactly("NIK of visitor 0",
            "a valid NIK at offset 19", "secret " + firstSecret, "a token at offset 36");

    assertThat(leaks(logs, visitorNiks, secrets)).as("in the logs").isEmpty();
    assertThat(leaks(printed, visitorNiks, secrets)).as("in the console").isEmpty();
    assertThat(leaks(exceptions, visitorNiks, secrets)).as("in exception messages").isEmpty();
    assertThat(leaks(labels.text(), visitorNiks, secrets)).as("in metric labels").isEmpty();
  }

  /**
   * Records every label the hub's listeners offer, as a metrics bridge would tag its counters
   * and timers, and how many callbacks of each kind came.
   */
  private static final class MetricLabels implements AgencyCallListener, TrackingListener {
    final Map<String, Integer> counts = new TreeMap<>();
    private final StringBuilder text = new StringBuilder();

    private synchronized void record(String kind, Object... labels) {
      counts.merge(kind, 1, Integer::sum);
      text.append(kind);
      for (Object label : labels) {
        text.append(' ').append(label);
      }
      text.append('\n');
    }

    synchronized String text() {
      return text.toString();
    }

    void queueEvent(id.mpp.sdk.queue.QueueEvent event) {
      record("queueEvent", event);
    }

    @Override
    public void callStarted(CallInfo call) {
      record("callStarted", call);
    }

    @Override
    public void callRetried(CallInfo call, int attempt, Duration wait, String reason) {
      record("callRetried", call, attempt, reason);
    }

    @Override
    public void callFinished(CallInfo call, int httpStatus, int attempts, Duration elapsed) {
      record("callFinished", call, httpStatus);
    }

    @Override
    public void callFailed(CallInfo call, AgencyException error, int attempts, Duration elapsed) {
      record("callFailed", call, error.getClass().getSimpleName(), trace(error));
    }

    @Override
    public void callRejected(CallInfo call, RejectionReason reason) {
      record("callRejected", call, reason);
    }

    @Override
    public void circuitStateChanged(AgencyId agencyId, CircuitState from, CircuitState to) {
      record("circuitStateChanged", agencyId, from, to);
    }

    @Override
    public void onEvent(Application application, StatusEvent event) {
      record("statusEvent", application, event);
    }

    @Override
    public void onDeadLetter(OutboxMessage message) {
      record("deadLetter", message);
    }
  }

  /**
   * Every credential the day configures: each simulated agency's settings whose name says it is
   * a secret, read from a simulator built the way the day builds it; a PEM key by its lines.
   */
  private static Map<String, String> configuredSecrets() {
    Map<String, String> secrets = new TreeMap<>();
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC);
    for (AgencyEntry entry : DayAgencies.all()) {
      if (entry.findSimulator().isEmpty()) {
        continue;
      }
      AgencySimulator simulator = entry.findSimulator().get().apply(clock);
      try {
        simulator.start();
        entry.settings().apply(simulator).forEach((name, value) -> {
          if (!SECRET_SETTING.matcher(name).matches()) {
            return;
          }
          if (value.contains("-----BEGIN")) {
            int line = 0;
            for (String part : value.split("\\R")) {
              if (part.length() >= 16 && !part.startsWith("-----")) {
                secrets.put(entry.agency().value() + "." + name + "[" + line++ + "]", part);
              }
            }
          } else {
            secrets.put(entry.agency().value() + "." + name, value);
          }
        });
      } finally {
        simulator.close();
      }
    }
    return secrets;
  }

  /** What of the text is personal data or a credential, named without repeating it. */
  private static List<String> leaks(String text, List<String> visitorNiks,
      Map<String, String> secrets) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < visitorNiks.size(); i++) {
      if (text.contains(visitorNiks.get(i))) {
        found.add("NIK of visitor " + i);
      }
    }
    Matcher digits = SIXTEEN_DIGITS.matcher(text);
    TreeSet<Integer> at = new TreeSet<>();
    while (digits.find()) {
      // a tracking number of a four-digit site with a digit for its check character is 16
      // digits too (1871260302000069 is 1871-260302-00006-9), and may pass the NIK rules; the
      // visitors' own NIKs are looked for exactly above
      if (Nik.isValid(digits.group()) && !visitorNiks.contains(digits.group())
          && !TrackingNumber.isValid(digits.group())) {
        at.add(digits.start());
      }
    }
    at.forEach(offset -> found.add("a valid NIK at offset " + offset + context(text, offset)));
    secrets.forEach((name, value) -> {
      if (text.contains(value)) {
        found.add("secret " + name);
      }
    });
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      found.add("a token at offset " + token.start());
    }
    return found;
  }

  /** Up to 80 characters before a NIK and 40 after it, the NIK itself masked. */
  private static String context(String text, int offset) {
    if (text.length() < 200) {
      return "";
    }
    return ", in '" + text.substring(Math.max(0, offset - 80), offset) + "<NIK>"
        + text.substring(offset + 16, Math.min(text.length(), offset + 56)) + "'";
  }

  private String logText() {
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
          sb.append(trace(record.getThrown()));
        }
      }
    }
    return sb.toString();
  }

  private static String exceptionText(List<RuntimeException> absorbed) {
    StringBuilder sb = new StringBuilder();
    absorbed.forEach(e -> sb.append(trace(e)));
    return sb.toString();
  }

  /** The message, every cause's message and every suppressed exception, as printed. */
  private static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
