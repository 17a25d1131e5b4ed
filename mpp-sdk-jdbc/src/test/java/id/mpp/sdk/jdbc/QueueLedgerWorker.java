package id.mpp.sdk.jdbc;

import static id.mpp.sdk.jdbc.QueueFixture.KIOSK;
import static id.mpp.sdk.jdbc.QueueFixture.KTP;
import static id.mpp.sdk.jdbc.QueueFixture.L1;
import static id.mpp.sdk.jdbc.QueueFixture.OFFICER;

import id.mpp.sdk.MppException;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The hub process of {@link PostgresJvmKillLedgerIT}, run in a JVM of its own so that the test can
 * kill it with {@code SIGKILL} at any moment: for visitors {@code 0..n-1} it issues a ticket, calls
 * it at counter 1, starts serving it and finishes it, each command under a key of its own derived
 * from the visitor, and prints {@code ACK <visitor> <step> <ticket-id>} after each acknowledged
 * command. A new process repeats every command from visitor 0 with the same keys, as a restarted
 * kiosk app and counter app would.
 *
 * <p>Arguments: JDBC URL, site id, number of visitors.
 */
final class QueueLedgerWorker {

  private QueueLedgerWorker() {
  }

  /**
   * Runs the visitors.
   *
   * @param args the JDBC URL, the site id and the number of visitors
   */
  public static void main(String[] args) {
    String url = args[0];
    String site = args[1];
    int visitors = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (PostgresStores stores = PostgresStores.builder().jdbcUrl(url, "postgres", null)
        .maxPoolSize(2).build()) {
      QueueDesk desk = QueueFixture.desk(SiteId.of(site), QueueFixture.startClock(),
          stores.queueStore());
      for (int v = 0; v < visitors; v++) {
        String visitor = "visitor-" + v;
        Ticket issued = retry(() -> desk.issue(IssueRequest.walkIn(KTP),
            KIOSK.key("jvm-issue-" + visitor)));
        out.println("ACK " + v + " issue " + issued.id().value());
        TicketId called = retry(() -> desk.callNext(L1, OFFICER.key("jvm-call-" + visitor)))
            .calledTicket().orElseThrow().id();
        out.println("ACK " + v + " call " + called.value());
        retry(() -> desk.startServing(called, OFFICER.key("jvm-serve-" + visitor)));
        out.println("ACK " + v + " serve " + called.value());
        retry(() -> desk.finish(called, OFFICER.key("jvm-finish-" + visitor)));
        out.println("ACK " + v + " finish " + called.value());
      }
    }
    out.println("DONE");
  }

  private static <T> T retry(Supplier<T> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (MppException e) {
        if (!e.isRetryable() || attempt == 20) {
          throw e;
        }
      }
    }
  }
}
