package id.mpp.sdk.testkit.simulator;

/**
 * What an agency simulator does for one kind of request. Handlers of one simulator never run
 * concurrently, so they may read and change the simulator's state without further locking.
 */
@FunctionalInterface
public interface Route {

  /**
   * Answers a request.
   *
   * @param request the request
   * @return the response to send
   */
  SimulatedResponse handle(SimulatedRequest request);
}
