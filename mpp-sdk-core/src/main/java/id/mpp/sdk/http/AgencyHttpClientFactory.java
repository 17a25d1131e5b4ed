package id.mpp.sdk.http;

import id.mpp.sdk.catalogue.AgencyId;

/**
 * Makes {@link AgencyHttpClient}s that share one connection pool, one dispatcher, one clock and
 * one listener. The hub owns one; adapters reach it through
 * {@link id.mpp.sdk.adapter.AdapterContext#httpClient(AgencyHttpConfig)}.
 */
@FunctionalInterface
public interface AgencyHttpClientFactory {

  /**
   * Creates the client of one agency. Each call makes a new circuit breaker, bulkhead and rate
   * limiter for the agency, so an adapter builds its client once, when it is created.
   *
   * @param agencyId the agency
   * @param config its settings
   * @return the client
   */
  AgencyHttpClient create(AgencyId agencyId, AgencyHttpConfig config);
}
