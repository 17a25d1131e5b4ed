package id.mpp.sdk.http;

/** Whether the client follows an agency's redirects (OWASP API7, SSRF). */
public enum RedirectPolicy {
  /** Never follow a redirect: a 3xx is an {@link id.mpp.sdk.AgencyProtocolException}. */
  NONE,
  /**
   * Follow a redirect only to the same scheme, host and port as the base URL, at most five times;
   * a redirect elsewhere is an {@link id.mpp.sdk.AgencyProtocolException}.
   */
  SAME_HOST
}
