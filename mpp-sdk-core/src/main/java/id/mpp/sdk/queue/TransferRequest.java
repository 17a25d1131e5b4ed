package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Duration;
import java.util.Objects;

/**
 * Where to transfer a ticket: another service (of the same or another agency), a particular
 * counter (only that counter will call it), or both; where it goes in the queue; and an optional
 * delay before it becomes callable. The ticket keeps its number and its original issue time.
 *
 * @param service the target service; {@code null} to keep the current one
 * @param counter the only counter that may call it; {@code null} for any counter of the service
 * @param position where it goes in the target queue
 * @param delay how long it is not callable ({@link TicketState#DELAYED}); zero for none
 */
public record TransferRequest(ServiceCode service, CounterId counter, Position position,
    Duration delay) {

  /** Checks the required parts. */
  public TransferRequest {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(delay, "delay");
  }

  /**
   * A transfer to another service, placed by issue time, without delay.
   *
   * @param service the target service
   * @return the request
   */
  public static TransferRequest toService(ServiceCode service) {
    return new TransferRequest(Objects.requireNonNull(service, "service"), null,
        Position.BY_ISSUE_TIME, Duration.ZERO);
  }

  /**
   * A transfer to a counter (its current service, unless {@link #service(ServiceCode)} is set),
   * placed first, without delay.
   *
   * @param counter the counter
   * @return the request
   */
  public static TransferRequest toCounter(CounterId counter) {
    return new TransferRequest(null, Objects.requireNonNull(counter, "counter"), Position.FIRST,
        Duration.ZERO);
  }

  /**
   * This transfer into another service.
   *
   * @param value the service
   * @return a copy
   */
  public TransferRequest service(ServiceCode value) {
    return new TransferRequest(value, counter, position, delay);
  }

  /**
   * This transfer to a counter.
   *
   * @param value the counter
   * @return a copy
   */
  public TransferRequest counter(CounterId value) {
    return new TransferRequest(service, value, position, delay);
  }

  /**
   * This transfer placed at a position.
   *
   * @param value the position
   * @return a copy
   */
  public TransferRequest position(Position value) {
    return new TransferRequest(service, counter, value, delay);
  }

  /**
   * This transfer with a delay.
   *
   * @param value how long the ticket is not callable
   * @return a copy
   */
  public TransferRequest delay(Duration value) {
    return new TransferRequest(service, counter, position, value);
  }
}
