package id.mpp.sdk.examples.day;

import id.mpp.sdk.adapter.HealthStatus;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.report.MppReport;
import id.mpp.sdk.report.ReportExport;
import id.mpp.sdk.report.ReportPeriod;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.validation.MppValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main example: one MPP day, compressed. Starts the agency simulators on loopback, loads
 * their adapters into an {@link id.mpp.sdk.hub.MppHub} with ServiceLoader, opens the counters,
 * replays a seeded day of bookings and walk-ins, calls tickets at the counters, submits
 * applications to the agencies through the tracker's outbox, polls their statuses, records SKM
 * answers, and ends with the day's report on the console and as HTML.
 *
 * <pre>
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java \
 *     -Dexec.args="--visitors 800 --counters 16 --fault-rate 0.05 --lang en"
 * </pre>
 */
@Command(name = "mpp-day", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Runs a simulated, compressed day at an MPP on the embedded defaults.")
public final class MppDay implements Callable<Integer> {

  @Option(names = "--visitors", description = "visitors of the day (default ${DEFAULT-VALUE})")
  int visitors = 400;

  @Option(names = "--counters", description = "counters (loket) to open, at least one per agency"
      + " (default ${DEFAULT-VALUE})")
  int counters = 16;

  @Option(names = "--speed", description = "simulated seconds per real second; 0 = as fast as"
      + " possible (default ${DEFAULT-VALUE}: the day in about 30 s)")
  double speed = 1000;

  @Option(names = "--fault-rate", description = "share of agency requests the simulators fail,"
      + " seeded (default ${DEFAULT-VALUE})")
  double faultRate = 0.02;

  @Option(names = "--seed", description = "seed of visitors and faults (default ${DEFAULT-VALUE})")
  long seed = 20260302L;

  @Option(names = "--jdbc-url", description = "PostgreSQL stores, e.g."
      + " jdbc:postgresql://localhost:5432/mpp (the PostgreSQL stores of mpp-sdk-jdbc)")
  String jdbcUrl;

  @Option(names = "--jdbc-user", description = "database user")
  String jdbcUser;

  @Option(names = "--jdbc-password", description = "database password", interactive = true,
      arity = "0..1")
  String jdbcPassword;

  @Option(names = "--out", description = "directory of the report files (default"
      + " ${DEFAULT-VALUE})")
  Path out = Path.of("target", "mpp-day");

  @Option(names = "--lang", description = "id or en (default ${DEFAULT-VALUE})")
  String lang = "id";

  @Option(names = "--quiet", description = "print only the summary")
  boolean quiet;

  @Option(names = "--no-progress", negatable = false, description = "no live board")
  boolean noProgress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Hibernate Validator and WireMock announce themselves at INFO; the day is quieter. */
  private static final Logger[] QUIET = {Logger.getLogger("org.hibernate.validator"),
      Logger.getLogger("id.mpp.sdk"), Logger.getLogger("org.eclipse.jetty"),
      Logger.getLogger("wiremock")};

  /**
   * Runs the day.
   *
   * @param args the options; {@code --help} lists them
   */
  public static void main(String[] args) {
    for (Logger l : QUIET) {
      l.setLevel(Level.WARNING);
    }
    System.exit(new CommandLine(new MppDay()).execute(args));
  }

  @Override
  public Integer call() {
    DayOptions options = options();
    PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(options, console);
    return 0;
  }

  DayOptions options() {
    CommandLine cl = spec.commandLine();
    if (!lang.equals("id") && !lang.equals("en")) {
      throw new CommandLine.ParameterException(cl, "--lang must be id or en");
    }
    if (visitors < 1 || visitors > 5_000) {
      throw new CommandLine.ParameterException(cl, "--visitors must be 1-5000");
    }
    int agencies = DayAgencies.all().size();
    if (counters < agencies || counters > 200) {
      throw new CommandLine.ParameterException(cl, "--counters must be " + agencies
          + "-200 (one counter at least per agency)");
    }
    if (speed < 0 || faultRate < 0 || faultRate > 0.5) {
      throw new CommandLine.ParameterException(cl, "--speed must be 0 or more and --fault-rate"
          + " 0-0.5");
    }
    if (jdbcUrl != null && jdbcUser == null) {
      throw new CommandLine.ParameterException(cl, "--jdbc-url needs --jdbc-user");
    }
    Locale locale = lang.equals("en") ? MppValidator.ENGLISH : MppValidator.INDONESIAN;
    return new DayOptions(visitors, counters, speed, faultRate, seed, jdbcUrl, jdbcUser,
        jdbcPassword, out, locale, quiet, !noProgress && !quiet);
  }

  /**
   * Runs one day and prints what happened.
   *
   * @param options the options
   * @param console where to print
   * @return what the day left
   */
  static DayResult run(DayOptions options, PrintStream console) {
    return run(options, console, DayProbe.NONE);
  }

  /**
   * Runs one day, reporting to the probe's listeners, and prints what happened.
   *
   * @param options the options
   * @param console where to print
   * @param probe the listeners of the hub's calls, queue and tracking
   * @return what the day left
   */
  static DayResult run(DayOptions options, PrintStream console, DayProbe probe) {
    Words words = new Words(options.locale());
    if (!options.quiet()) {
      console.println(words.of("Starting the agency simulators and the hub ...",
          "Menyalakan simulator instansi dan hub ..."));
    }
    try (SimulatedDay day = new SimulatedDay(options, probe)) {
      Map<AgencyId, HealthStatus> opening = health(day);
      if (!options.quiet()) {
        console.println(words.of("Adapters loaded, with their health: ",
            "Adaptor dimuat, dengan kesehatannya: ") + opening
            + words.of("; stores: ", "; penyimpanan: ") + day.hub().stores());
      }
      LiveBoard board = new LiveBoard(console, words, LiveBoard.terminalSupportsAnsi());
      day.run(options.progress() ? board::show : d -> { });
      DayResult result = finish(day, options, opening);
      new DaySummary(options.locale()).print(result, console);
      return result;
    }
  }

  private static Map<AgencyId, HealthStatus> health(SimulatedDay day) {
    Map<AgencyId, HealthStatus> health = new LinkedHashMap<>();
    day.hub().health().forEach((agency, h) -> health.put(agency, h.status()));
    return health;
  }

  private static DayResult finish(SimulatedDay day, DayOptions options,
      Map<AgencyId, HealthStatus> opening) {
    MppReport report = day.hub().reporter().report(ReportPeriod.day(SimulatedDay.DATE));
    Map<TicketState, Long> tickets = new EnumMap<>(TicketState.class);
    for (Ticket t : day.hub().queue().listTickets(TicketQuery.day(SimulatedDay.DATE))) {
      tickets.merge(t.state(), 1L, Long::sum);
    }
    Map<AgencyId, Long> requests = new LinkedHashMap<>();
    int applications = 0;
    for (Map.Entry<AgencyId, AgencySimulator> e : day.simulators().entrySet()) {
      requests.put(e.getKey(), e.getValue().journal().total());
      applications += DayAgencies.applicationsHeld(e.getValue());
    }
    Path html = options.out().resolve("mpp-day-" + SimulatedDay.DATE + ".html");
    Path json = options.out().resolve("mpp-day-" + SimulatedDay.DATE + ".json");
    try {
      Files.createDirectories(options.out());
      Files.writeString(html, ReportExport.html(report, options.locale()));
      Files.writeString(json, ReportExport.json(report));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + options.out(), e);
    }
    return new DayResult(report, tickets, day.ledger(), requests, applications, html, json,
        day.skippedAdapters(), opening, health(day));
  }
}
