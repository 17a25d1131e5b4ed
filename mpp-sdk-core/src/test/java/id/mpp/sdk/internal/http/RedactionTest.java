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
  void maskIdentifiers_whenCardOrPhoneNumber_masksTheMiddle() {
    // a BPJS card number (13 digits) and a phone number are personal data too
    assertThat(Redaction.maskIdentifiers("noka 0001383605256 hp 081234567890"))
        .isEqualTo("noka 0001*******56 hp 0812******90");
  }

  @Test
  void maskIdentifiers_whenShorterThanTenOrLongerThanTwenty_leavesThem() {
    assertThat(Redaction.maskIdentifiers("kode 123456789 ref 123456789012345678901"))
        .isEqualTo("kode 123456789 ref 123456789012345678901");
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
