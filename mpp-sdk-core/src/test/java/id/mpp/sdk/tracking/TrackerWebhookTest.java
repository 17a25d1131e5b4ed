package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.POLRES;
import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.tracking.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** S6 of the reliability list, end to end through the tracker. */
class TrackerWebhookTest {

  private static final byte[] SECRET = "polres-webhook-secret-2026-0123456789abcdef"
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLD_SECRET = "polres-webhook-secret-2025-0123456789abcdef"
      .getBytes(StandardCharsets.US_ASCII);

  private final TrackerHarness h = new TrackerHarness();
  private final Tracker tracker = h.builder()
      .webhook(POLRES, WebhookVerifier.builder().secret(SECRET).previousSecret(OLD_SECRET)
          .clock(h.clock).build())
      .statusMapping(POLRES, SimulatedAgency.STATUSES)
      .build();
  private final Application acknowledged = acknowledge();

  private Application acknowledge() {
    Application a = tracker.create(form(), Actor.counterOfficer("loket-5"));
    h.drainOutbox(tracker, 3);
    return tracker.get(a.trackingNumber());
  }

  private byte[] body(String eventId, String nativeStatus) {
    return ("{\"apiVersion\":\"mpp.sdk/v1\",\"kind\":\"StatusWebhook\",\"eventId\":\"" + eventId
        + "\",\"agencyReference\":\"" + acknowledged.agencyReference()
        + "\",\"nativeStatus\":\"" + nativeStatus + "\",\"occurredAt\":\""
        + h.clock.instant() + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Tag("reliability")
  @Test
  void receiveWebhook_whenS6DeliveriesArrive_acceptsOnlyTheFirstValidOne() {
    byte[] body = body("evt-100", "PROSES");
    Instant now = h.clock.instant();
    String valid = WebhookVerifier.sign(SECRET, now, body);
    String bad = WebhookVerifier.sign("another-secret-entirely-0123456789abcdef"
        .getBytes(StandardCharsets.US_ASCII), now, body);
    byte[] respaced = new String(body, StandardCharsets.UTF_8).replace(",", ", ")
        .getBytes(StandardCharsets.UTF_8);
    Map<String, Object[]> deliveries = new LinkedHashMap<>();
    deliveries.put("missing signature", new Object[] {null, body});
    deliveries.put("bad signature", new Object[] {bad, body});
    deliveries.put("timestamp -301 s", new Object[] {
        WebhookVerifier.sign(SECRET, now.minusSeconds(301), body), body});
    deliveries.put("timestamp +301 s", new Object[] {
        WebhookVerifier.sign(SECRET, now.plusSeconds(301), body), body});
    deliveries.put("changed whitespace", new Object[] {valid, respaced});
    deliveries.put("first valid", new Object[] {valid, body});
    deliveries.put("replay of the valid one", new Object[] {valid, body});
    deliveries.put("replay re-signed later", new Object[] {
        WebhookVerifier.sign(SECRET, now.plusSeconds(200), body), body});

    List<String> accepted = new ArrayList<>();
    Map<String, Reason> refused = new LinkedHashMap<>();
    deliveries.forEach((name, d) -> {
      try {
        tracker.receiveWebhook(POLRES, (String) d[0], (byte[]) d[1]);
        accepted.add(name);
      } catch (WebhookVerificationException e) {
        refused.put(name, e.reason());
      }
    });
    assertThat(accepted).containsExactly("first valid");
    assertThat(refused).containsExactly(
        Map.entry("missing signature", Reason.MISSING_SIGNATURE),
        Map.entry("bad signature", Reason.BAD_SIGNATURE),
        Map.entry("timestamp -301 s", Reason.TIMESTAMP_OUT_OF_TOLERANCE),
        Map.entry("timestamp +301 s", Reason.TIMESTAMP_OUT_OF_TOLERANCE),
        Map.entry("changed whitespace", Reason.BAD_SIGNATURE),
        Map.entry("replay of the valid one", Reason.REPLAYED),
        Map.entry("replay re-signed later", Reason.REPLAYED));
    Application after = tracker.get(acknowledged.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(after.version()).isEqualTo(acknowledged.version() + 1);
  }

  @Tag("reliability")
  @Test
  void receiveWebhook_whenRefused_changesNothing() {
    byte[] body = body("evt-101", "SIAP_AMBIL");
    assertThatThrownBy(() -> tracker.receiveWebhook(POLRES, null, body))
        .isInstanceOf(WebhookVerificationException.class);
    assertThat(tracker.get(acknowledged.trackingNumber())).isEqualTo(acknowledged);
    assertThat(h.store.findKey("webhook:polres:evt-101")).isEmpty();
  }

  @Tag("reliability")
  @Test
  void receiveWebhook_whenSignedWithPreviousSecretDuringRotation_isApplied() {
    byte[] body = body("evt-102", "SIAP_AMBIL");
    Application after = tracker.receiveWebhook(POLRES,
        WebhookVerifier.sign(OLD_SECRET, h.clock.instant(), body), body);
    assertThat(after.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
  }

  @Tag("reliability")
  @Test
  void receiveWebhook_whenRotationIsOver_refusesThePreviousSecret() {
    Tracker rotated = h.builder()
        .webhook(POLRES, WebhookVerifier.builder().secret(SECRET).clock(h.clock).build())
        .statusMapping(POLRES, SimulatedAgency.STATUSES).build();
    byte[] body = body("evt-103", "SIAP_AMBIL");
    assertThatThrownBy(() -> rotated.receiveWebhook(POLRES,
        WebhookVerifier.sign(OLD_SECRET, h.clock.instant(), body), body))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  @Tag("reliability")
  @Test
  void receiveWebhook_whenSameStatusAgain_recordsTheEventSoItsReplayIsRefused() {
    byte[] body = body("evt-104", "DITERIMA");
    String sig = WebhookVerifier.sign(SECRET, h.clock.instant(), body);
    Application after = tracker.receiveWebhook(POLRES, sig, body);
    assertThat(after).isEqualTo(acknowledged);
    assertThat(h.store.findKey("webhook:polres:evt-104")).isPresent();
    assertThatThrownBy(() -> tracker.receiveWebhook(POLRES, sig, body))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED));
  }

  @Tag("reliability")
  @Test
  void receiveWebhook_whenSignedBodyIsNotJson_failsWithoutApplying() {
    byte[] body = "{\"eventId\":".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> tracker.receiveWebhook(POLRES,
        WebhookVerifier.sign(SECRET, h.clock.instant(), body), body))
        .isInstanceOf(MalformedJsonException.class);
    assertThat(tracker.get(acknowledged.trackingNumber())).isEqualTo(acknowledged);
  }

  @Test
  void receiveWebhook_whenCanonicalStatusGiven_usesIt() {
    byte[] body = ("{\"eventId\":\"evt-105\",\"agencyReference\":\""
        + acknowledged.agencyReference() + "\",\"nativeStatus\":\"X-42\",\"status\":"
        + "\"READY_FOR_PICKUP\",\"occurredAt\":\"" + h.clock.instant() + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    Application after = tracker.receiveWebhook(POLRES,
        WebhookVerifier.sign(SECRET, h.clock.instant(), body), body);
    assertThat(after.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
    assertThat(tracker.listEvents(after.trackingNumber())).last()
        .satisfies(e -> assertThat(e.nativeStatus()).isEqualTo("X-42"));
  }

  @Test
  void receiveWebhook_whenAgencyHasNoEndpoint_throwsNotFound() {
    byte[] body = body("evt-106", "PROSES");
    assertThatThrownBy(() -> tracker.receiveWebhook(AgencyId.of("dukcapil"),
        WebhookVerifier.sign(SECRET, h.clock.instant(), body), body))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void pollOnce_whenAgencyPushes_doesNotPollIt() {
    h.agency.setStatus(acknowledged.agencyReference(), "PROSES");
    assertThat(tracker.pollOnce().checked()).isZero();
    assertThat(h.agency.statusCalls()).isZero();
  }
}
