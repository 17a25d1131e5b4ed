package id.mpp.sdk.adapter;

import id.mpp.sdk.http.AgencyHttpClientFactory;
import java.time.Clock;

/** What the registry tests give the registry. */
final class RegistryFixtures {

  private RegistryFixtures() {
  }

  /** The registry tests' adapters make no HTTP calls; the factory refuses to be used. */
  static AgencyHttpClientFactory httpClients(Clock clock) {
    return (agencyId, config) -> {
      throw new AssertionError("the registry tests' adapters make no HTTP calls");
    };
  }
}
