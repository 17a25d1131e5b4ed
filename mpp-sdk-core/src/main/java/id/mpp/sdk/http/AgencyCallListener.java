package id.mpp.sdk.http;

import id.mpp.sdk.AgencyException;
import id.mpp.sdk.catalogue.AgencyId;
import java.time.Duration;

/**
 * Observes agency calls, as OkHttp's {@code EventListener} does: started, retried, finished,
 * failed, rejected, and circuit-state changes, with timings. Every method has an empty default;
 * implement the ones you need. Methods are called on the calling thread and must be fast and
 * must not throw; a listener that throws is logged and ignored.
 *
 * <p>What a listener sees never contains a body, a header value or a NIK (see {@link CallInfo}).
 */
public interface AgencyCallListener {

  /** A listener that does nothing. */
  AgencyCallListener NONE = new AgencyCallListener() { };

  /**
   * The call begins (before the first attempt).
   *
   * @param call the call
   */
  default void callStarted(CallInfo call) {
  }

  /**
   * An attempt failed and another follows after a wait.
   *
   * @param call the call
   * @param attempt the number of the attempt that failed, from 1
   * @param wait how long the client waits before the next attempt
   * @param reason a short reason without personal data, for example {@code "HTTP 503"} or
   *     {@code "connection reset"}
   */
  default void callRetried(CallInfo call, int attempt, Duration wait, String reason) {
  }

  /**
   * The agency answered with a 2xx.
   *
   * @param call the call
   * @param httpStatus the status
   * @param attempts the attempts made
   * @param elapsed the time from start to answer
   */
  default void callFinished(CallInfo call, int httpStatus, int attempts, Duration elapsed) {
  }

  /**
   * The call failed after its attempts.
   *
   * @param call the call
   * @param error the typed error the caller receives
   * @param attempts the attempts made
   * @param elapsed the time from start to failure
   */
  default void callFailed(CallInfo call, AgencyException error, int attempts, Duration elapsed) {
  }

  /**
   * The SDK refused the call without sending it.
   *
   * @param call the call
   * @param reason why
   */
  default void callRejected(CallInfo call, RejectionReason reason) {
  }

  /**
   * The agency's circuit breaker changed state.
   *
   * @param agencyId the agency
   * @param from the previous state
   * @param to the new state
   */
  default void circuitStateChanged(AgencyId agencyId, CircuitState from, CircuitState to) {
  }
}
