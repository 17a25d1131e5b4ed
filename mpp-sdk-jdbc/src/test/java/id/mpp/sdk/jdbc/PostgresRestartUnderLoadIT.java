package id.mpp.sdk.jdbc;

import static id.mpp.sdk.jdbc.QueueFixture.KIOSK;
import static id.mpp.sdk.jdbc.QueueFixture.KTP;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.MppException;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.TicketQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability case D2 under load: the database restarts on the same data directory while kiosks
 * keep issuing tickets. Each kiosk retries a retryable failure with the same idempotency key, as
 * a kiosk app should. The restart is driven by progress (after a share of tickets are issued,
 * and after the kiosks saw the outage), never by sleeping. The service gap — from the database
 * accepting connections again to the next ticket issued — is measured and must stay within the
 * pool's reconnect time plus 5 s.
 */
@Tag("reliability")
class PostgresRestartUnderLoadIT {

  private static final int KIOSKS = 4;
  private static final int TICKETS_PER_KIOSK = 60;

  @Test
  void issue_whenTheDatabaseRestartsUnderLoad_everyAcknowledgedTicketSurvivesOnceAndNoNumberRepeats(
      @TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("pgdata"));
    int port = PostgresTestDatabase.freePort();
    EmbeddedPostgres db = PostgresTestDatabase.startOn(data, port);
    PostgresStores stores = PostgresStores.builder()
        .jdbcUrl(db.getJdbcUrl("postgres", "postgres"), "postgres", null).maxPoolSize(KIOSKS)
        .connectionTimeout(Duration.ofMillis(500)).transactionAttempts(2, Duration.ZERO).build();
    ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS);
    try {
      QueueFixture site = new QueueFixture(stores.queueStore());
      Map<String, TicketId> acknowledged = new ConcurrentHashMap<>();
      List<MppException> notRetryable = new CopyOnWriteArrayList<>();
      AtomicInteger retryableFailures = new AtomicInteger();
      CountDownLatch warmedUp = new CountDownLatch(KIOSKS * 10);
      CountDownLatch outageSeen = new CountDownLatch(1);
      AtomicLong backAt = new AtomicLong();
      AtomicLong firstIssuedAfter = new AtomicLong();
      List<Future<?>> runs = new ArrayList<>();
      for (int k = 0; k < KIOSKS; k++) {
        int kiosk = k;
        runs.add(kiosks.submit(() -> {
          for (int i = 0; i < TICKETS_PER_KIOSK; i++) {
            String key = "kiosk-" + kiosk + "-visitor-" + i;
            while (true) {
              try {
                Ticket t = site.desk.issue(IssueRequest.walkIn(KTP), KIOSK.key(key));
                if (backAt.get() != 0) {
                  firstIssuedAfter.compareAndSet(0, System.nanoTime());
                }
                acknowledged.put(key, t.id());
                warmedUp.countDown();
                break;
              } catch (MppException e) {
                if (!e.isRetryable()) {
                  notRetryable.add(e);
                  return;
                }
                retryableFailures.incrementAndGet();
                outageSeen.countDown();
              }
            }
          }
        }));
      }

      assertThat(warmedUp.await(120, TimeUnit.SECONDS)).as("40 tickets before the restart")
          .isTrue();
      db.close();
      assertThat(outageSeen.await(120, TimeUnit.SECONDS)).as("a kiosk saw the outage").isTrue();
      db = PostgresTestDatabase.startOn(data, port);
      backAt.set(System.nanoTime());
      for (Future<?> run : runs) {
        run.get(180, TimeUnit.SECONDS);
      }

      // the service gap: from the database accepting connections again to the next ticket; the
      // goal is the pool's reconnect time (its 500 ms connection timeout) + 5 s
      Duration gap = Duration.ofNanos(firstIssuedAfter.get() - backAt.get());
      System.out.printf("D2 under load: first ticket %d ms after the database was back;"
          + " %d retryable failures during the outage%n", gap.toMillis(), retryableFailures.get());
      assertThat(firstIssuedAfter.get()).as("a ticket issued after the restart").isNotZero();
      assertThat(gap).as("service gap after the restart")
          .isLessThanOrEqualTo(Duration.ofMillis(500).plusSeconds(5));
      assertThat(notRetryable).as("failures that were not retryable").isEmpty();
      assertThat(retryableFailures.get()).as("retryable failures during the outage")
          .isPositive();
      assertThat(acknowledged).as("every visitor got a ticket")
          .hasSize(KIOSKS * TICKETS_PER_KIOSK);
      List<Ticket> stored = site.desk.listTickets(TicketQuery.day(site.clock.instant()
          .atZone(QueueFixture.WIB).toLocalDate()));
      Set<TicketId> storedIds = new HashSet<>();
      stored.forEach(t -> storedIds.add(t.id()));
      assertThat(stored).as("tickets stored: none lost, none duplicated by a retried key")
          .hasSize(KIOSKS * TICKETS_PER_KIOSK);
      assertThat(storedIds).containsExactlyInAnyOrderElementsOf(acknowledged.values());
      assertThat(stored.stream().map(Ticket::number).distinct().count())
          .as("distinct ticket numbers").isEqualTo(stored.size());
    } finally {
      kiosks.shutdownNow();
      stores.close();
      db.close();
    }
  }
}
