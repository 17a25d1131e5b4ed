package id.mpp.sdk.internal.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.CounterService;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedRoundTest {

  private static List<CounterService> services(int... weights) {
    List<CounterService> list = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      list.add(CounterService.of(ServiceCode.of("SVC-" + i), weights[i]));
    }
    return list;
  }

  @Test
  void of_whenWeightsThreeAndOne_spreadsTheSlotsSmoothly() {
    WeightedRound round = WeightedRound.of(services(3, 1));
    int[] slots = new int[round.length()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = round.serviceAt(i);
    }
    assertThat(slots).containsExactly(0, 0, 1, 0);
    assertThat(round.maxGap(0)).isEqualTo(2);
    assertThat(round.maxGap(1)).isEqualTo(4);
  }

  @Test
  void next_whenEveryServiceIsEligible_followsTheWeightsExactly() {
    WeightedRound round = WeightedRound.of(services(5, 2, 1));
    int[] count = new int[3];
    int cursor = 0;
    for (int call = 0; call < 8 * 10; call++) {
      int slot = round.next(cursor, i -> true);
      count[round.serviceAt(slot)]++;
      cursor = slot + 1;
    }
    assertThat(count).containsExactly(50, 20, 10);
  }

  @Test
  void next_whenOthersComeAndGo_reachesAnEligibleServiceWithinItsMaxGap() {
    Random random = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(5);
      int[] weights = new int[n];
      for (int i = 0; i < n; i++) {
        weights[i] = 1 + random.nextInt(12);
      }
      WeightedRound round = WeightedRound.of(services(weights));
      int watched = random.nextInt(n);
      int cursor = random.nextInt(round.length());
      int calls = 0;
      while (true) {
        boolean[] eligible = new boolean[n];
        for (int i = 0; i < n; i++) {
          eligible[i] = i == watched || random.nextBoolean();
        }
        int slot = round.next(cursor, i -> eligible[i]);
        cursor = slot + 1;
        calls++;
        if (round.serviceAt(slot) == watched) {
          break;
        }
      }
      assertThat(calls).as("weights %s, service %d", java.util.Arrays.toString(weights), watched)
          .isLessThanOrEqualTo(round.maxGap(watched));
    }
  }

  @Test
  void next_whenNothingIsEligible_returnsMinusOne() {
    assertThat(WeightedRound.of(services(1, 1)).next(0, i -> false)).isEqualTo(-1);
  }
}
