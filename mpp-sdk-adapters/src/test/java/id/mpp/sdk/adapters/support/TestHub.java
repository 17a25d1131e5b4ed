package id.mpp.sdk.adapters.support;

import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.time.ManualClock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A one-adapter hub for adapter tests: registry, shared HTTP stack, clock. Close after use. */
public final class TestHub implements AutoCloseable {

  private final AgencyHttpClients http;
  private final AdapterRegistry registry;
  private final AgencyAdapter adapter;

  private TestHub(AgencyAdapterProvider<?> provider, Map<String, String> settings,
      ManualClock clock) {
    this.http = AgencyHttpClients.builder().clock(clock).sleeper(clock::advance).build();
    String prefix = AdapterRegistry.PROPERTY_PREFIX + provider.descriptor().agencyId() + ".";
    Map<String, String> properties = new LinkedHashMap<>();
    settings.forEach((k, v) -> properties.put(prefix + k, v));
    this.registry = AdapterRegistry.builder().provider(provider).properties(properties)
        .httpClients(http).clock(clock).zone(ZoneId.of("Asia/Jakarta")).build();
    this.adapter = registry.get(provider.descriptor().agencyId());
  }

  /**
   * Builds the hub.
   *
   * @param provider the adapter's provider
   * @param settings settings without the {@code mpp.adapter.<id>.} prefix
   * @param clock the test clock; retry waits advance it
   * @return the hub
   */
  public static TestHub of(AgencyAdapterProvider<?> provider, Map<String, String> settings,
      ManualClock clock) {
    return new TestHub(provider, settings, clock);
  }

  /** @return the adapter */
  public AgencyAdapter adapter() {
    return adapter;
  }

  @Override
  public void close() {
    registry.close();
    http.close();
  }
}
