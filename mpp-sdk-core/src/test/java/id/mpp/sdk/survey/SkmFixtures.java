package id.mpp.sdk.survey;

import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds SKM responses for tests. */
public final class SkmFixtures {

  static final ServiceCode KTP = ServiceCode.of("DUKCAPIL-KTP-EL");
  static final ServiceCode KK = ServiceCode.of("DUKCAPIL-KK");
  static final ServiceCode SKCK = ServiceCode.of("POLRI-SKCK-BARU");
  static final AgencyId DUKCAPIL = AgencyId.of("dukcapil");
  static final AgencyId POLRES = AgencyId.of("polres");
  static final Instant T0 = Instant.parse("2026-03-02T03:00:00Z");

  private static int next;

  private SkmFixtures() {
  }

  /** A response for a fresh ticket with the given scores in the regulation's usual order. */
  public static SkmResponse response(int... scoresU1toU9) {
    Map<SkmElement, Integer> scores = new EnumMap<>(SkmElement.class);
    for (int i = 0; i < scoresU1toU9.length; i++) {
      if (scoresU1toU9[i] != 0) {
        scores.put(SkmElement.nine().get(i), scoresU1toU9[i]);
      }
    }
    return SkmResponse.builder().ticketId(TicketId.of(nextTicket())).service(KTP).agency(DUKCAPIL)
        .counter(CounterId.of("l01")).answeredAt(T0).scores(scores).build();
  }

  /**
   * {@code n} respondents who answer all nine elements with scores summing to {@code total}: with
   * {@code q = total / 9n} and {@code r = total % 9n}, the first {@code r} answers are
   * {@code q + 1} and the rest {@code q}.
   */
  static List<SkmResponse> respondents(int n, int total) {
    int answers = 9 * n;
    int q = total / answers;
    int r = total % answers;
    if (q < 1 || q > 4 || (q == 4 && r > 0)) {
      throw new IllegalArgumentException("total out of range");
    }
    List<SkmResponse> responses = new ArrayList<>();
    int given = 0;
    for (int i = 0; i < n; i++) {
      int[] scores = new int[9];
      for (int j = 0; j < 9; j++) {
        scores[j] = given++ < r ? q + 1 : q;
      }
      responses.add(response(scores));
    }
    return responses;
  }

  static synchronized String nextTicket() {
    return "T-" + (++next);
  }
}
