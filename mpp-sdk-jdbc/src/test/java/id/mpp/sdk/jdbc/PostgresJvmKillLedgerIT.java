package id.mpp.sdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketCommand;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.testing.LedgerSeeds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * J1 with the hub's JVM killed (reliability.md §9.3): a {@link QueueLedgerWorker} process issues,
 * calls, serves and finishes tickets on PostgreSQL and is killed with {@code SIGKILL} after a
 * seeded number of acknowledgements — in the middle of whatever it was doing — twice; a third
 * process repeats every command with the same keys and runs to the end. Asserted against what the
 * processes were told and what the database holds: every visitor has exactly one ticket (the same
 * id in every process that was told of it), DONE, with exactly one CALL, one START_SERVING and
 * one FINISH transition; numbers distinct and gap-free.
 */
@Tag("reliability")
class PostgresJvmKillLedgerIT {

  private static final int VISITORS = 40;
  private static final int STEPS = 4;

  @TempDir
  Path dir;

  static List<Long> seeds() {
    return LedgerSeeds.seeds("J1 JVM-kill ledger");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ledger_whenTheHubJvmIsKilledTwiceMidRun_everyVisitorHasOneFinishedTicket(long seed)
      throws Exception {
    String database = PostgresTestDatabase.createDatabase();
    String url = PostgresTestDatabase.url(database);
    try (PostgresStores stores = PostgresStores.builder().jdbcUrl(url, "postgres", null)
        .maxPoolSize(2).build()) {
      QueueFixture site = new QueueFixture(stores.queueStore());
      Random random = new Random(seed);
      int total = VISITORS * STEPS;
      int firstKill = 10 + random.nextInt(total / 2 - 10);
      int secondKill = 5 + random.nextInt(total / 2);
      String run = "seed " + seed + " (rerun with -Dmpp.ledger.seed=" + seed + ")";

      Map<Integer, Set<String>> told = new HashMap<>();
      Worker first = run(url, site, told, firstKill, "first");
      Worker second = run(url, site, told, secondKill, "second");
      Worker last = run(url, site, told, Integer.MAX_VALUE, "last");

      assertThat(first.killed).as("%s: the first process was killed", run).isTrue();
      assertThat(second.killed).as("%s: the second process was killed", run).isTrue();
      assertThat(last.exit).as("%s: the last process ran to the end; log %s", run, last.log)
          .isZero();
      assertThat(last.acks).as("%s: acknowledgements of the last process", run)
          .isEqualTo(total);
      told.forEach((visitor, ids) -> assertThat(ids)
          .as("%s: ticket ids visitor %d was told of", run, visitor).hasSize(1));
      assertThat(told).as("%s: visitors told of a ticket", run).hasSize(VISITORS);

      List<Ticket> stored = site.desk.listTickets(TicketQuery.day(site.desk.today()));
      assertThat(stored).as("%s: tickets stored (lost or duplicated)", run).hasSize(VISITORS);
      Set<TicketId> toldIds = new HashSet<>();
      told.values().forEach(ids -> ids.forEach(id -> toldIds.add(TicketId.of(id))));
      assertThat(stored).extracting(Ticket::id).as("%s: stored = told", run)
          .containsExactlyInAnyOrderElementsOf(toldIds);
      assertThat(stored).extracting(Ticket::state).as(run).containsOnly(TicketState.DONE);
      assertThat(stored).extracting(Ticket::sequence).as("%s: numbers", run)
          .containsExactlyInAnyOrderElementsOf(
              IntStream.rangeClosed(1, VISITORS).boxed().toList());
      for (Ticket t : stored) {
        List<TicketCommand> commands = new ArrayList<>();
        site.desk.listTransitions(t.id()).forEach(x -> commands.add(x.command()));
        assertThat(commands).as("%s: commands applied to %s", run, t.id())
            .containsOnlyOnce(TicketCommand.CALL, TicketCommand.START_SERVING,
                TicketCommand.FINISH);
      }
      System.out.printf("J1 JVM-kill seed %d: killed after %d and %d acknowledgements (%d and %d"
          + " seen), the last process replayed all %d; %d tickets, each DONE once, 0 lost,"
          + " 0 duplicated%n", seed, firstKill, secondKill, first.acks, second.acks, total,
          stored.size());
    }
  }

  /** One worker process and what it told. */
  private static final class Worker {
    int acks;
    boolean killed;
    int exit = -1;
    String log = "";
  }

  private Worker run(String url, QueueFixture site, Map<Integer, Set<String>> told, int killAfter,
      String name) throws IOException, InterruptedException {
    Path log = dir.resolve(name + ".log");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        QueueLedgerWorker.class.getName(), url, site.site.value(), String.valueOf(VISITORS))
        .redirectError(log.toFile()).start();
    Worker w = new Worker();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          String[] parts = line.split(" ");
          told.computeIfAbsent(Integer.parseInt(parts[1]), k -> new HashSet<>()).add(parts[3]);
          if (++w.acks == killAfter) {
            p.destroyForcibly();
            w.killed = true;
            break;
          }
        }
      }
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("worker %s ended", name).isTrue();
    w.exit = p.exitValue();
    w.log = Files.exists(log) ? tail(Files.readString(log)) : "";
    return w;
  }

  private static String tail(String text) {
    return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
  }
}
