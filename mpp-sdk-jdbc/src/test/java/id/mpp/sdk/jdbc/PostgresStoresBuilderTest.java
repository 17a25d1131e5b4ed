package id.mpp.sdk.jdbc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings of {@link PostgresStores.Builder} that are checked before any database is reached. */
class PostgresStoresBuilderTest {

  @Test
  void statementTimeout_whenOutsideItsRange_isRefusedNamingTheSetting() {
    assertThatThrownBy(() -> PostgresStores.builder().statementTimeout(Duration.ofMillis(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statementTimeout");
    assertThatThrownBy(() -> PostgresStores.builder().statementTimeout(Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statementTimeout");
    assertThatThrownBy(() -> PostgresStores.builder().statementTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statementTimeout");
  }

  @Test
  void statementTimeout_whenZeroOrInRange_isAccepted() {
    assertThatCode(() -> PostgresStores.builder().statementTimeout(Duration.ZERO)
        .statementTimeout(Duration.ofMillis(10)).statementTimeout(Duration.ofHours(1)))
        .doesNotThrowAnyException();
  }
}
