package id.mpp.sdk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("reliability")
class WebhookVerifierTest {

  private static final byte[] SECRET = "whsec-current-0123456789abcdefghijklmnopq"
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLD_SECRET = "whsec-previous-0123456789abcdefghijklmnop"
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BODY = "{\"eventId\":\"evt-1\",\"status\":\"IN_PROCESS\"}"
      .getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-03-16T02:00:00Z");

  private final ManualClock clock = ManualClock.at(NOW, ZoneId.of("Asia/Jakarta"));
  private final WebhookVerifier verifier = WebhookVerifier.builder().secret(SECRET).clock(clock)
      .build();

  @Test
  void sign_whenKnownVector_matchesHmacOverTimestampDotBody() {
    // computed independently: printf '1773626400.{"a":1}' | openssl dgst -sha256 -hmac <secret>
    String header = WebhookVerifier.sign(SECRET, Instant.ofEpochSecond(1773626400L),
        "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(header).isEqualTo("t=1773626400,v1="
        + "39ca01e2400031c5e485ba24ae19020170b46a2619185f8d39278fe277fbb2a2");
  }

  @Test
  void verify_whenSignedNow_returnsSignedTime() {
    assertThat(verifier.verify(WebhookVerifier.sign(SECRET, NOW, BODY), BODY)).isEqualTo(NOW);
  }

  @Test
  void verify_whenHeaderMissing_rejectsAsMissing() {
    assertRejected(null, BODY, Reason.MISSING_SIGNATURE);
    assertRejected("  ", BODY, Reason.MISSING_SIGNATURE);
  }

  @Test
  void verify_whenSignatureWrong_rejectsAsBadSignature() {
    String header = WebhookVerifier.sign(SECRET, NOW, BODY);
    char last = header.charAt(header.length() - 1);
    String tampered = header.substring(0, header.length() - 1) + (last == '0' ? '1' : '0');
    assertRejected(tampered, BODY, Reason.BAD_SIGNATURE);
  }

  @Test
  void verify_whenSignedWithAnotherSecret_rejectsAsBadSignature() {
    assertRejected(WebhookVerifier.sign(OLD_SECRET, NOW, BODY), BODY, Reason.BAD_SIGNATURE);
  }

  @Test
  void verify_whenBodyWhitespaceChanged_rejectsAsBadSignature() {
    String header = WebhookVerifier.sign(SECRET, NOW, BODY);
    byte[] reformatted = "{\"eventId\": \"evt-1\", \"status\": \"IN_PROCESS\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertRejected(header, reformatted, Reason.BAD_SIGNATURE);
    byte[] trailingNewline = Arrays.copyOf(BODY, BODY.length + 1);
    trailingNewline[BODY.length] = '\n';
    assertRejected(header, trailingNewline, Reason.BAD_SIGNATURE);
  }

  @Test
  void verify_whenTimestamp301SecondsOld_rejectsAsOutOfTolerance() {
    assertRejected(WebhookVerifier.sign(SECRET, NOW.minusSeconds(301), BODY), BODY,
        Reason.TIMESTAMP_OUT_OF_TOLERANCE);
  }

  @Test
  void verify_whenTimestamp301SecondsAhead_rejectsAsOutOfTolerance() {
    assertRejected(WebhookVerifier.sign(SECRET, NOW.plusSeconds(301), BODY), BODY,
        Reason.TIMESTAMP_OUT_OF_TOLERANCE);
  }

  @Test
  void verify_whenTimestampExactly300SecondsEitherWay_accepts() {
    assertThat(verifier.verify(WebhookVerifier.sign(SECRET, NOW.minusSeconds(300), BODY), BODY))
        .isEqualTo(NOW.minusSeconds(300));
    assertThat(verifier.verify(WebhookVerifier.sign(SECRET, NOW.plusSeconds(300), BODY), BODY))
        .isEqualTo(NOW.plusSeconds(300));
  }

  @Test
  void verify_whenStaleTimestampIsReSignedWithForgedTime_rejectsAsBadSignature() {
    String old = WebhookVerifier.sign(SECRET, NOW.minusSeconds(3600), BODY);
    String forged = "t=" + NOW.getEpochSecond() + old.substring(old.indexOf(','));
    assertRejected(forged, BODY, Reason.BAD_SIGNATURE);
  }

  @Test
  void verify_whenRotatingWithTwoSecrets_acceptsBothAndNothingElse() {
    WebhookVerifier rotating = WebhookVerifier.builder().secret(SECRET).previousSecret(OLD_SECRET)
        .clock(clock).build();
    assertThat(rotating.secretCount()).isEqualTo(2);
    assertThat(rotating.verify(WebhookVerifier.sign(SECRET, NOW, BODY), BODY)).isEqualTo(NOW);
    assertThat(rotating.verify(WebhookVerifier.sign(OLD_SECRET, NOW, BODY), BODY)).isEqualTo(NOW);
    byte[] third = "whsec-unrelated-0123456789abcdefghijklmno".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> rotating.verify(WebhookVerifier.sign(third, NOW, BODY), BODY))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  @Test
  void verify_whenSenderSendsOneSignaturePerSecret_acceptsIfAnyMatches() {
    String withNew = WebhookVerifier.sign(SECRET, NOW, BODY);
    String withUnknown = WebhookVerifier.sign(OLD_SECRET, NOW, BODY);
    String header = withUnknown + "," + withNew.substring(withNew.indexOf(',') + 1);
    assertThat(verifier.verify(header, BODY)).isEqualTo(NOW);
  }

  @Test
  void verify_whenHeaderMalformed_rejectsAsMalformed() {
    String valid = WebhookVerifier.sign(SECRET, NOW, BODY);
    String v1 = valid.substring(valid.indexOf(",v1=") + 4);
    for (String header : new String[] {"v1=" + v1, "t=" + NOW.getEpochSecond(),
        "t=abc,v1=" + v1, "t=1,t=2,v1=" + v1, "t=" + NOW.getEpochSecond() + ",v1=xyz",
        "garbage", "t=" + NOW.getEpochSecond() + ",v1=" + v1 + "," + "x".repeat(1100)}) {
      assertRejected(header, BODY, Reason.MALFORMED_SIGNATURE);
    }
  }

  @Test
  void verify_whenRejected_messageHoldsNoSignatureOrBody() {
    String header = WebhookVerifier.sign(OLD_SECRET, NOW, BODY);
    assertThatThrownBy(() -> verifier.verify(header, BODY))
        .satisfies(e -> assertThat(e.getMessage())
            .doesNotContain(header.substring(header.indexOf("v1=") + 3))
            .doesNotContain("evt-1")
            .doesNotContain(new String(SECRET, StandardCharsets.US_ASCII)));
  }

  @Test
  void toString_whenPrinted_hidesSecrets() {
    assertThat(verifier.toString()).doesNotContain("whsec").contains("***");
  }

  @Test
  void build_whenSecretShortAndClockMissing_namesBothSettings() {
    assertThatThrownBy(() -> WebhookVerifier.builder().secret(new byte[8])
        .tolerance(Duration.ZERO).build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("secret", "tolerance", "clock"));
  }

  private void assertRejected(String header, byte[] body, Reason reason) {
    assertThatThrownBy(() -> verifier.verify(header, body))
        .as("header %s", header)
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
