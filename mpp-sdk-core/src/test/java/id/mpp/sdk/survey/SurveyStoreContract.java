package id.mpp.sdk.survey;

import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.SiteId;
import static id.mpp.sdk.survey.SkmFixtures.DUKCAPIL;
import static id.mpp.sdk.survey.SkmFixtures.KTP;
import static id.mpp.sdk.survey.SkmFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.tracking.TrackingNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SurveyStore} passes. An implementation extends this class once and
 * returns a new, empty store from {@link #newStore()}.
 */
public abstract class SurveyStoreContract {

  private SurveyStore store;

  /**
   * A new, empty store.
   *
   * @return the store under test
   */
  protected abstract SurveyStore newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
  }

  private static final SiteId SITE_A = SiteId.of("mpp-a");
  private static final SiteId SITE_B = SiteId.of("mpp-b");
  private static final SiteId SITE_Z = SiteId.of("mpp-z");

  private static SkmResponse response(String ticket, TrackingNumber number, Instant at) {
    return SkmResponse.builder().ticketId(ticket == null ? null : TicketId.of(ticket)).trackingNumber(number).service(KTP)
        .agency(DUKCAPIL).counter(CounterId.of("l01")).answeredAt(at)
        .score(SkmElement.PERSYARATAN, 4).build();
  }

  private static TrackingNumber app(int sequence) {
    return TrackingNumber.of("3273", LocalDate.of(2026, 3, 2), sequence);
  }

  @Test
  void insert_thenFindByTicket_returnsTheResponse() {
    SkmResponse response = response("T-1", null, T0);
    store.insert(SITE_A, response);

    assertThat(store.findByTicket(SITE_A, TicketId.of("T-1"))).contains(response);
  }

  @Test
  void insert_thenFindByApplication_returnsTheResponse() {
    SkmResponse response = response(null, app(1), T0);
    store.insert(SITE_A, response);

    assertThat(store.findByApplication(SITE_A, app(1))).contains(response);
  }

  @Test
  void insert_whenTicketAlreadyRated_throwsConflictAndKeepsTheFirst() {
    SkmResponse first = response("T-1", null, T0);
    store.insert(SITE_A, first);

    assertThatThrownBy(() -> store.insert(SITE_A, response("T-1", app(2), T0.plusSeconds(60))))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(SurveyStore.DUPLICATE));
    assertThat(store.findByTicket(SITE_A, TicketId.of("T-1"))).contains(first);
    assertThat(store.findByApplication(SITE_A, app(2))).isEmpty();
    assertThat(store.list(SITE_A, T0, T0.plus(Duration.ofDays(1)))).containsExactly(first);
  }

  @Test
  void insert_whenApplicationAlreadyRated_throwsConflictAndSavesNothing() {
    store.insert(SITE_A, response(null, app(1), T0));

    assertThatThrownBy(() -> store.insert(SITE_A, response("T-2", app(1), T0)))
        .isInstanceOf(ConflictException.class);
    assertThat(store.findByTicket(SITE_A, TicketId.of("T-2"))).isEmpty();
  }

  @Test
  void insert_whenSameTicketAtAnotherSite_isAccepted() {
    store.insert(SITE_A, response("T-1", null, T0));
    store.insert(SITE_B, response("T-1", null, T0));

    assertThat(store.findByTicket(SITE_B, TicketId.of("T-1"))).isPresent();
  }

  @Test
  void list_returnsHalfOpenRangeInTimeOrder() {
    SkmResponse late = response("T-3", null, T0.plusSeconds(120));
    SkmResponse early = response("T-1", null, T0);
    SkmResponse atEnd = response("T-4", null, T0.plusSeconds(180));
    store.insert(SITE_A, late);
    store.insert(SITE_A, early);
    store.insert(SITE_A, atEnd);
    store.insert(SITE_B, response("T-2", null, T0.plusSeconds(60)));

    assertThat(store.list(SITE_A, T0, T0.plusSeconds(180))).containsExactly(early, late);
  }

  @Test
  void list_whenSiteUnknown_isEmpty() {
    assertThat(store.list(SITE_Z, T0, T0.plusSeconds(1))).isEmpty();
    assertThat(store.findByTicket(SITE_Z, TicketId.of("T-1"))).isEmpty();
  }

  @Test
  void insert_whenManyThreadsRateTheSameTicket_exactlyOneWins() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        int n = i;
        results.add(pool.submit(() -> {
          start.await();
          try {
            store.insert(SITE_A, response("T-race", app(n + 1), T0));
            return true;
          } catch (ConflictException e) {
            return false;
          }
        }));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
      assertThat(store.list(SITE_A, T0, T0.plusSeconds(1))).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
