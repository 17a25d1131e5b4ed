package id.mpp.sdk.internal.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.CounterService;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A counter's weighted round: {@code W = Σ weights} slots in which service {@code i} has
 * {@code weight(i)} slots, spread by smooth weighted round robin (the order nginx uses). A call
 * walks the round from the counter's cursor and takes the first slot whose service has someone
 * callable; the cursor moves past that slot. While every service has visitors the calls follow
 * the weights exactly; a service with a callable visitor is reached within {@link #maxGap(int)}
 * calls whatever the others do.
 */
public final class WeightedRound {

  private final List<ServiceCode> services;
  private final int[] slots;
  private final int[] maxGap;

  private WeightedRound(List<ServiceCode> services, int[] slots, int[] maxGap) {
    this.services = services;
    this.slots = slots;
    this.maxGap = maxGap;
  }

  /**
   * Builds the round of a counter.
   *
   * @param entries the counter's services and weights, in its order
   * @return the round
   */
  public static WeightedRound of(List<CounterService> entries) {
    int n = entries.size();
    int total = 0;
    for (CounterService e : entries) {
      total += e.weight();
    }
    int[] slots = new int[total];
    long[] current = new long[n];
    for (int k = 0; k < total; k++) {
      int best = 0;
      for (int i = 0; i < n; i++) {
        current[i] += entries.get(i).weight();
        if (current[i] > current[best]) {
          best = i;
        }
      }
      current[best] -= total;
      slots[k] = best;
    }
    int[] gaps = new int[n];
    for (int i = 0; i < n; i++) {
      int first = -1;
      int last = -1;
      int gap = 0;
      for (int k = 0; k < total; k++) {
        if (slots[k] == i) {
          if (last >= 0) {
            gap = Math.max(gap, k - last);
          } else {
            first = k;
          }
          last = k;
        }
      }
      gaps[i] = Math.max(gap, total - last + first);
    }
    return new WeightedRound(entries.stream().map(CounterService::service).toList(), slots, gaps);
  }

  /**
   * The number of slots, {@code Σ weights}.
   *
   * @return the round's length
   */
  public int length() {
    return slots.length;
  }

  /**
   * The service of a slot.
   *
   * @param slot 0 to {@code length() - 1}
   * @return the index of the service in the counter's list
   */
  public int serviceAt(int slot) {
    return slots[slot];
  }

  /**
   * The starvation bound of a service at this counter: the largest distance between two of its
   * slots, going round.
   *
   * @param service the index of the service in the counter's list
   * @return at most this many calls of the lane reach the service while it has a callable visitor
   */
  public int maxGap(int service) {
    return maxGap[service];
  }

  /**
   * The services of the round, in the counter's order.
   *
   * @return the services
   */
  public List<ServiceCode> services() {
    return services;
  }

  /**
   * Walks the round from a cursor to the first slot whose service is eligible.
   *
   * @param cursor the counter's cursor (taken modulo the length)
   * @param eligible whether the service at an index has someone callable
   * @return the slot taken, or -1 when no service is eligible
   */
  public int next(int cursor, IntPredicate eligible) {
    int w = slots.length;
    int start = Math.floorMod(cursor, w);
    for (int k = 0; k < w; k++) {
      int slot = (start + k) % w;
      if (eligible.test(slots[slot])) {
        return slot;
      }
    }
    return -1;
  }
}
