package id.mpp.sdk.http;

/** The state of an agency's circuit breaker. */
public enum CircuitState {
  /** Calls flow; failures are counted. */
  CLOSED,
  /** A few probe calls are let through to see whether the agency recovered. */
  HALF_OPEN,
  /** Calls are refused without being sent until the open period ends. */
  OPEN
}
