package id.mpp.sdk.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SnapTimestampTest {

  private static final Instant INSTANT = Instant.parse("2020-12-17T03:55:00.750Z");

  @Test
  void format_whenJakarta_writesWibOffsetAndWholeSeconds() {
    assertThat(SnapTimestamp.format(INSTANT, ZoneId.of("Asia/Jakarta")))
        .isEqualTo("2020-12-17T10:55:00+07:00");
  }

  @Test
  void format_whenMakassar_writesWitaOffset() {
    assertThat(SnapTimestamp.format(INSTANT, ZoneId.of("Asia/Makassar")))
        .isEqualTo("2020-12-17T11:55:00+08:00");
  }

  @Test
  void format_whenUtc_writesPlusZeroNotZ() {
    assertThat(SnapTimestamp.format(INSTANT, ZoneOffset.UTC))
        .isEqualTo("2020-12-17T03:55:00+00:00");
  }

  @Test
  void parse_whenFormatted_returnsSameSecond() {
    assertThat(SnapTimestamp.parse("2020-12-17T10:55:00+07:00"))
        .isEqualTo(Instant.parse("2020-12-17T03:55:00Z"));
  }

  @Test
  void parse_whenMillisOrZ_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SnapTimestamp.parse("2020-12-17T10:55:00.000Z"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SnapTimestamp.parse("2020-12-17T10:55:00Z"));
  }
}
