package id.mpp.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void maskIdentifiers_whenSixteenDigits_masksTheMiddle() {
    assertThat(Redaction.maskIdentifiers("nik 3201014507900001 ditolak"))
        .isEqualTo("nik 3201**********01 ditolak");
  }

  @Test
  void maskIdentifiers_whenOtherLengths_leavesThem() {
    assertThat(Redaction.maskIdentifiers("ref 1234567890123 and 12345678901234567"))
        .isEqualTo("ref 1234567890123 and 12345678901234567");
  }

  @Test
  void safePath_whenQuery_dropsItAndMasks() {
    assertThat(Redaction.safePath("/peserta/nik/3201014507900001?tgl=2026-01-01"))
        .isEqualTo("/peserta/nik/3201**********01?…");
  }

  @Test
  void isSecretHeader_whenAuthCookieKeyOrConfigured_true() {
    assertThat(Redaction.isSecretHeader("Authorization", Set.of())).isTrue();
    assertThat(Redaction.isSecretHeader("Cookie", Set.of())).isTrue();
    assertThat(Redaction.isSecretHeader("X-Api-Key", Set.of())).isTrue();
    assertThat(Redaction.isSecretHeader("X-cons-id", Set.of())).isTrue();
    assertThat(Redaction.isSecretHeader("X-Partner", Set.of("x-partner"))).isTrue();
    assertThat(Redaction.isSecretHeader("X-Request-Id", Set.of())).isFalse();
  }

  @Test
  void agencyMessage_whenLongWithControls_cutAndCleaned() {
    String m = Redaction.agencyMessage("a\r\nb " + "x".repeat(300));
    assertThat(m).hasSize(201).doesNotContain("\r").doesNotContain("\n");
  }
}
