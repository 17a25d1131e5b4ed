package id.mpp.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  @Test
  void parse_whenSeconds_isThatDuration() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
  }

  @Test
  void parse_whenHttpDate_isTheTimeUntilIt() {
    assertThat(RetryAfter.parse("Mon, 23 Nov 2026 01:00:30 GMT", NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void parse_whenDateInThePast_isZero() {
    assertThat(RetryAfter.parse("Mon, 23 Nov 2026 00:59:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void parse_whenGarbageOrAbsent_isEmpty() {
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
  }
}
