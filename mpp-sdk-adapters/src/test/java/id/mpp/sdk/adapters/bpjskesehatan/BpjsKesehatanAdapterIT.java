package id.mpp.sdk.adapters.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.adapter.MembershipCapability;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.adapter.MembershipStatus;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator.Credentials;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** BPJS behaviour beyond the conformance kit: signatures the simulator checks, decryption. */
class BpjsKesehatanAdapterIT {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<BpjsKesehatanSimulator> bpjs =
      AgencySimulatorExtension.of(() -> new BpjsKesehatanSimulator(clock));

  private TestHub hub;

  private MembershipCapability membership(Map<String, String> overrides) {
    BpjsKesehatanSimulator simulator = bpjs.simulator();
    Credentials c = simulator.credentials();
    Map<String, String> settings = new HashMap<>(Map.of(
        "vclaimBaseUrl", simulator.vclaimBaseUri().toString(),
        "antreanBaseUrl", simulator.antreanBaseUri().toString(),
        "consId", c.consId(), "secretKey", c.secretKey(),
        "vclaimUserKey", c.vclaimUserKey(), "antreanUserKey", c.antreanUserKey()));
    settings.putAll(overrides);
    hub = TestHub.of(new BpjsKesehatanAdapterProvider(), settings, clock);
    return hub.adapter().capability(MembershipCapability.class).orElseThrow();
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void checkMembership_whenActive_readsClassAndTypeFromDecryptedAnswer() {
    MembershipStatus status = membership(Map.of()).checkMembership(MembershipQuery
        .byMemberNumber(BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.cardNumber(), DAY));

    assertThat(status.nativeStatus()).isEqualTo("0");
    assertThat(status.statusDescription()).isEqualTo("AKTIF");
    assertThat(status.findMembershipClass()).contains("KELAS III");
    assertThat(status.findMembershipType()).contains("PEKERJA PENERIMA UPAH");
  }

  @Test
  void checkMembership_whenSecretWrong_isAuthenticationErrorAfterOneRequest() {
    MembershipCapability wrong = membership(Map.of("secretKey", "not-the-secret"));

    assertThatThrownBy(() -> wrong.checkMembership(MembershipQuery.byMemberNumber(
        BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.cardNumber(), DAY)))
        .isInstanceOf(AgencyAuthenticationException.class)
        .hasMessageNotContaining("not-the-secret");
    assertThat(bpjs.simulator().journal().total()).isEqualTo(1);
  }

  @Test
  void checkMembership_whenUserKeyOfOtherService_isAuthenticationError() {
    MembershipCapability wrong = membership(Map.of("vclaimUserKey",
        bpjs.simulator().credentials().antreanUserKey()));

    assertThatThrownBy(() -> wrong.checkMembership(MembershipQuery.byMemberNumber(
        BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.cardNumber(), DAY)))
        .isInstanceOf(AgencyAuthenticationException.class);
  }

  @Test
  void checkMembership_whenOurClockIsSixMinutesBehind_bpjsRefusesTheStaleTimestamp() {
    // a second simulator whose clock runs six minutes ahead of the hub's
    BpjsKesehatanSimulator skewed =
        new BpjsKesehatanSimulator(Clock.offset(clock, Duration.ofMinutes(6)));
    skewed.start();
    skewed.reset(1L);
    try {
      Credentials c = skewed.credentials();
      hub = TestHub.of(new BpjsKesehatanAdapterProvider(), Map.of(
          "vclaimBaseUrl", skewed.vclaimBaseUri().toString(),
          "antreanBaseUrl", skewed.antreanBaseUri().toString(),
          "consId", c.consId(), "secretKey", c.secretKey(),
          "vclaimUserKey", c.vclaimUserKey(), "antreanUserKey", c.antreanUserKey()), clock);
      MembershipCapability membership =
          hub.adapter().capability(MembershipCapability.class).orElseThrow();

      assertThatThrownBy(() -> membership.checkMembership(MembershipQuery.byMemberNumber(
          BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.cardNumber(), DAY)))
          .isInstanceOf(AgencyAuthenticationException.class);
      assertThat(skewed.journal().total()).isEqualTo(1);
    } finally {
      skewed.close();
    }
  }

  @Test
  void checkMembership_whenCardNumberNotThirteenDigits_refusesBeforeCalling() {
    MembershipCapability membership = membership(Map.of());

    assertThatThrownBy(() -> membership.checkMembership(
        MembershipQuery.byMemberNumber("123456789012", DAY)))
        .isInstanceOf(MppValidationException.class)
        .hasMessageContaining("memberNumber")
        .hasMessageNotContaining("123456789012");
    assertThat(bpjs.simulator().journal().total()).isZero();
  }

  @Test
  void checkMembership_whenSent_carriesFreshSignatureHeaders() {
    membership(Map.of()).checkMembership(MembershipQuery.byMemberNumber(
        BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.cardNumber(), DAY));

    var request = bpjs.simulator().journal().requests().get(0);
    assertThat(request.header("X-timestamp")).contains(
        Long.toString(clock.instant().getEpochSecond()));
    assertThat(request.header("X-signature")).contains(BpjsSignature.sign(
        bpjs.simulator().credentials().consId(), bpjs.simulator().credentials().secretKey(),
        Long.toString(clock.instant().getEpochSecond())));
    assertThat(request.path()).isEqualTo("/vclaim-rest/Peserta/nokartu/"
        + BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.cardNumber() + "/tglSEP/2026-03-02");
  }
}
