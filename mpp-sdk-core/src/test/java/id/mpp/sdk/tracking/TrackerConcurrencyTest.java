package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.ConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TrackerConcurrencyTest {

  private static final int THREADS = 8;

  private final TrackerHarness h = new TrackerHarness();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void perform_whenOfficersClickTheSameActionAtOnce_exactlyOneTakesEffect() throws Exception {
    Tracker tracker = h.tracker();
    Application a = tracker.create(form(), Actor.counterOfficer("loket-5"));
    tracker.perform(a.trackingNumber(), "START_PROCESSING", Actor.counterOfficer("loket-5"));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Actor officer = Actor.counterOfficer("loket-" + i);
      futures.add(pool.submit(() -> {
        start.await();
        try {
          tracker.perform(a.trackingNumber(), "MARK_READY", officer);
          done.incrementAndGet();
        } catch (ConflictException e) {
          assertThat(e.reason()).isEqualTo("illegal_transition");
          refused.incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    assertThat(done).hasValue(1);
    assertThat(refused).hasValue(THREADS - 1);
    List<StatusEvent> history = tracker.listEvents(a.trackingNumber());
    assertThat(history).extracting(StatusEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(history).filteredOn(e -> "MARK_READY".equals(e.action())).hasSize(1);
  }

  @Tag("reliability")
  @Test
  void create_whenTheSameKeyArrivesFromEightCountersAtOnce_opensOneApplication()
      throws Exception {
    Tracker tracker = h.tracker();
    CreateOptions key = CreateOptions.defaults().withIdempotencyKey("form-race-1");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Application>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Actor officer = Actor.counterOfficer("loket-" + t);
      futures.add(pool.submit(() -> {
        start.await();
        try {
          return tracker.create(form(), officer, key);
        } catch (ConflictException inFlight) {
          return null;
        }
      }));
    }
    start.countDown();
    List<TrackingNumber> answered = new ArrayList<>();
    for (Future<Application> f : futures) {
      Application a = f.get(30, TimeUnit.SECONDS);
      if (a != null) {
        answered.add(a.trackingNumber());
      }
    }
    assertThat(answered).as("attempts answered with an application").isNotEmpty();
    assertThat(answered.stream().distinct()).as("applications the attempts saw").hasSize(1);
    assertThat(tracker.list(ApplicationQuery.all(10))).as("applications stored").hasSize(1);
    assertThat(tracker.listEvents(answered.get(0))).as("events of the one application")
        .hasSize(1);
  }

  @Test
  void create_whenManyCountersOpenApplicationsAtOnce_numbersAreUniqueAndGapFree()
      throws Exception {
    Tracker tracker = h.tracker();
    int perThread = 25;
    List<Future<List<TrackingNumber>>> futures = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < THREADS; t++) {
      Actor officer = Actor.counterOfficer("loket-" + t);
      futures.add(pool.submit(() -> {
        start.await();
        List<TrackingNumber> mine = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          mine.add(tracker.create(form(), officer).trackingNumber());
        }
        return mine;
      }));
    }
    start.countDown();
    List<Integer> sequences = new ArrayList<>();
    for (Future<List<TrackingNumber>> f : futures) {
      f.get(60, TimeUnit.SECONDS).forEach(n -> sequences.add(n.sequence()));
    }
    assertThat(sequences).hasSize(THREADS * perThread).doesNotHaveDuplicates();
    assertThat(sequences).allSatisfy(s -> assertThat(s).isBetween(1, THREADS * perThread));
  }

  @Test
  void startScheduler_whenRunning_relaysTheOutboxWithoutBeingCalled() throws Exception {
    CountDownLatch delivered = new CountDownLatch(2);
    Tracker tracker = h.builder().notificationSender(n -> delivered.countDown()).build();
    Application a = tracker.create(form(), Actor.counterOfficer("loket-5"));
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try (AutoCloseable schedule = tracker.startScheduler(executor, Duration.ofMillis(10),
        Duration.ofMillis(10), Duration.ofMillis(10))) {
      assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      executor.shutdownNow();
      assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.RECEIVED);
  }
}
