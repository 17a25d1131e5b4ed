package id.mpp.sdk.http;

/** Why the SDK refused a call without sending it. */
public enum RejectionReason {
  /** The agency's circuit breaker is open. */
  CIRCUIT_OPEN,
  /** The agency's bulkhead is full: too many calls in flight. */
  BULKHEAD_FULL,
  /** The agency's rate limit is reached for this period. */
  RATE_LIMITED,
  /** The request broke a rule (bad body, header with control characters, header too large). */
  INVALID_REQUEST
}
