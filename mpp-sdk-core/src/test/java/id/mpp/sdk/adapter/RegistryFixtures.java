package id.mpp.sdk.adapter;

import id.mpp.sdk.http.AgencyHttpClientFactory;
import id.mpp.sdk.http.AgencyHttpClients;
import java.time.Clock;

/** What the registry tests give the registry. */
final class RegistryFixtures {

  private RegistryFixtures() {
  }

  /** The hub's real HTTP stack on the test clock (the registry tests' adapters call nothing). */
  static AgencyHttpClientFactory httpClients(Clock clock) {
    return AgencyHttpClients.builder().clock(clock).build();
  }
}
