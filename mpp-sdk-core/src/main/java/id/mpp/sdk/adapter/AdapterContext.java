package id.mpp.sdk.adapter;

import id.mpp.sdk.http.AgencyCallListener;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpClientFactory;
import id.mpp.sdk.http.AgencyHttpConfig;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the hub gives an adapter when it creates it: the validated configuration, a factory of HTTP
 * clients sharing the hub's connection pool, the clock and the site's zone, and the listener of
 * agency calls.
 *
 * @param descriptor the adapter's own descriptor
 * @param config the bound, validated configuration record
 * @param httpClients makes HTTP clients on the hub's shared pool
 * @param clock the hub's clock; adapters never read the system clock
 * @param zone the MPP site's zone (WIB {@code Asia/Jakarta}, WITA {@code Asia/Makassar}, WIT
 *     {@code Asia/Jayapura})
 * @param listener the hub's listener of agency calls (already wired into {@code httpClients})
 * @param <C> the configuration record
 */
public record AdapterContext<C extends Record>(AdapterDescriptor descriptor, C config,
    AgencyHttpClientFactory httpClients, Clock clock, ZoneId zone, AgencyCallListener listener) {

  /** Checks that every part is present. */
  public AdapterContext {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(httpClients, "httpClients");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(listener, "listener");
  }

  /**
   * Creates this adapter's HTTP client for its agency. Call once, when the adapter is created.
   *
   * @param httpConfig where and how to call the agency
   * @return the client
   */
  public AgencyHttpClient httpClient(AgencyHttpConfig httpConfig) {
    return httpClients.create(descriptor.agencyId(), httpConfig);
  }
}
