package id.mpp.sdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.jdbc.PostgresDiagnostics.TableStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDiagnosticsTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private static final TableStatistics TICKETS = new TableStatistics("mpp_queue_ticket", 750,
      2250);
  private static final TableStatistics COUNTERS = new TableStatistics("mpp_queue_counter", 2,
      1500);

  @Test
  void deadTuples_whenSeveralTables_isTheirSum() {
    PostgresDiagnostics d = new PostgresDiagnostics(AT, 1, Duration.ofMinutes(3),
        List.of(TICKETS, COUNTERS));

    assertThat(d.deadTuples()).isEqualTo(3750);
    assertThat(d.findTable("mpp_queue_ticket")).contains(TICKETS);
    assertThat(d.findTable("pg_class")).isEmpty();
  }

  @Test
  void hasTransactionOlderThan_comparesTheOldestAgeWithTheLimit() {
    PostgresDiagnostics held = new PostgresDiagnostics(AT, 2, Duration.ofMinutes(3), List.of());
    PostgresDiagnostics idle = new PostgresDiagnostics(AT, 0, Duration.ZERO, List.of());

    assertThat(held.hasTransactionOlderThan(Duration.ofMinutes(2))).isTrue();
    assertThat(held.hasTransactionOlderThan(Duration.ofMinutes(3))).isFalse();
    assertThat(idle.hasTransactionOlderThan(Duration.ZERO)).isFalse();
  }

  @Test
  void new_whenTablesListChangesLater_keepsItsOwnCopy() {
    List<TableStatistics> tables = new ArrayList<>(List.of(TICKETS));
    PostgresDiagnostics d = new PostgresDiagnostics(AT, 0, Duration.ZERO, tables);
    tables.add(COUNTERS);

    assertThat(d.tables()).containsExactly(TICKETS);
    assertThatThrownBy(() -> d.tables().add(COUNTERS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_whenCountsOrAgeNegative_isRefusedNamingTheField() {
    assertThatThrownBy(() -> new PostgresDiagnostics(AT, -1, Duration.ZERO, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openTransactions");
    assertThatThrownBy(() -> new PostgresDiagnostics(AT, 1, Duration.ofSeconds(-1), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oldestTransactionAge");
    assertThatThrownBy(() -> new TableStatistics("mpp_queue_ticket", 0, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mpp_queue_ticket");
    assertThatThrownBy(() -> new TableStatistics(" ", 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }

  @Test
  void new_whenAnAgeWithoutAnOpenTransaction_isRefused() {
    assertThatThrownBy(() -> new PostgresDiagnostics(AT, 0, Duration.ofSeconds(1), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without an open transaction");
  }

  @Test
  void new_whenPartsMissing_isRefused() {
    assertThatThrownBy(() -> new PostgresDiagnostics(null, 0, Duration.ZERO, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("takenAt");
    assertThatThrownBy(() -> new PostgresDiagnostics(AT, 0, null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("oldestTransactionAge");
    assertThatThrownBy(() -> new PostgresDiagnostics(AT, 0, Duration.ZERO, null))
        .isInstanceOf(NullPointerException.class);
  }
}
