package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One service a counter calls, with its weight: a counter serving {@code A} with weight 3 and
 * {@code B} with weight 1 calls, while both have visitors waiting, three of {@code A} for every
 * one of {@code B}.
 *
 * @param service the service
 * @param weight 1–100
 */
public record CounterService(@NotNull ServiceCode service, @Min(1) @Max(100) int weight) {

  /**
   * A service with weight 1.
   *
   * @param service the service
   * @return the entry
   */
  public static CounterService of(ServiceCode service) {
    return new CounterService(service, 1);
  }

  /**
   * A service with a weight.
   *
   * @param service the service
   * @param weight 1–100
   * @return the entry
   */
  public static CounterService of(ServiceCode service, int weight) {
    return new CounterService(service, weight);
  }
}
