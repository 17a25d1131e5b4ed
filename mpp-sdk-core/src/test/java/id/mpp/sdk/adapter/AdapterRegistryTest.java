package id.mpp.sdk.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.AdapterIncompatibleException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.http.AgencyHttpClientFactory;
import id.mpp.sdk.time.ManualClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterRegistryTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-11-23T01:00:00Z"), WIB);
  private final AgencyHttpClientFactory http = RegistryFixtures.httpClients(clock);

  private AdapterRegistry.Builder builder() {
    return AdapterRegistry.builder().httpClients(http).clock(clock).zone(WIB);
  }

  @Test
  void build_whenTwoProvidersClaimOneAgency_refusesNamingBoth() {
    AdapterRegistry.Builder b = builder()
        .provider(new TestProviders.Plain("dukcapil", "1.0.0", SpiVersion.CURRENT))
        .provider(new TestProviders.Plain("dukcapil", "1.1.0", SpiVersion.CURRENT));

    assertThatThrownBy(b::build)
        .isInstanceOf(AdapterIncompatibleException.class)
        .hasMessageContaining("two adapters claim agency 'dukcapil'")
        .hasMessageContaining("1.0.0").hasMessageContaining("1.1.0")
        .hasMessageContaining("remove one of them");
  }

  @Test
  void build_whenAdapterTargetsNewerMajorSpi_refusesSayingWhatToDo() {
    AdapterRegistry.Builder b = builder()
        .provider(new TestProviders.Plain("bpjs-kesehatan", "2.1.0", SpiVersion.of(2, 0)));

    assertThatThrownBy(b::build)
        .isInstanceOf(AdapterIncompatibleException.class)
        .hasMessageContaining("adapter 'bpjs-kesehatan' 2.1.0")
        .hasMessageContaining("targets SPI v2; this hub supports SPI v1")
        .hasMessageContaining("upgrade mpp-sdk-core");
  }

  @Test
  void build_whenAdapterTargetsOlderMajorSpi_refuses() {
    AdapterRegistry.Builder b = builder().hubSpiVersion(SpiVersion.of(2, 0))
        .provider(new TestProviders.Plain("polres", "1.4.0", SpiVersion.of(1, 0)));

    assertThatThrownBy(b::build)
        .isInstanceOf(AdapterIncompatibleException.class)
        .hasMessageContaining("targets SPI v1; this hub supports SPI v2");
  }

  @Test
  void build_whenAdapterBuiltForNewerMinorNeedsNothingNew_loadsIt() {
    try (AdapterRegistry r = builder()
        .provider(new TestProviders.Plain("kemenag", "1.0.0", SpiVersion.of(1, 7))).build()) {
      assertThat(r.find(AgencyId.of("kemenag"))).isPresent();
    }
  }

  @Test
  void build_whenAdapterNeedsATypeOfANewerMinor_refusesNamingIt() {
    AgencyAdapterProvider<NoConfig> needsFuture =
        new TestProviders.Plain("kemenag", "1.3.0", SpiVersion.of(1, 3)) {
          @Override
          public AgencyAdapter create(AdapterContext<NoConfig> context) {
            // what the JVM throws when the adapter implements an interface this SPI lacks
            throw new NoClassDefFoundError("id/mpp/sdk/adapter/SigningCapability");
          }
        };
    AdapterRegistry.Builder b = builder().provider(needsFuture);

    assertThatThrownBy(b::build)
        .isInstanceOf(AdapterIncompatibleException.class)
        .hasMessageContaining("needs 'id.mpp.sdk.adapter.SigningCapability'")
        .hasMessageContaining("SPI 1.0 lacks")
        .hasMessageContaining("upgrade mpp-sdk-core to a version with SPI 1.3");
  }

  @Test
  void build_whenAdapterBuiltForOlderMinor_loadsIt() {
    try (AdapterRegistry r = builder().hubSpiVersion(SpiVersion.of(1, 3))
        .provider(new TestProviders.Plain("kemenag", "1.0.0", SpiVersion.of(1, 1))).build()) {
      assertThat(r.list()).extracting(AdapterDescriptor::agencyId)
          .containsExactly(AgencyId.of("kemenag"));
    }
  }

  @Test
  void discover_whenProviderListedInServices_findsIt() {
    assertThat(AdapterRegistry.discover(getClass().getClassLoader()))
        .anySatisfy(p -> assertThat(p.descriptor().agencyId().value())
            .isEqualTo(DiscoverableTestProvider.AGENCY));
  }

  @Test
  void build_whenDiscovered_createsAdapterWithContext() {
    try (AdapterRegistry r = builder().discover(getClass().getClassLoader()).build()) {
      AgencyAdapter adapter = r.get(AgencyId.of(DiscoverableTestProvider.AGENCY));

      assertThat(adapter.capability(IdentityCapability.class)).isPresent();
      assertThat(adapter.capabilities()).containsExactly(IdentityCapability.class);
      assertThat(((TestProviders.SimpleAdapter) adapter).context.zone()).isEqualTo(WIB);
    }
  }

  @Test
  void build_whenSettingsBrokenInTwoAdapters_reportsEveryViolationTogether() {
    AdapterRegistry.Builder b = builder()
        .provider(new TestProviders.Configured("dukcapil"))
        .provider(new TestProviders.Configured("polres"))
        .properties(Map.of(
            "mpp.adapter.dukcapil.baseUrl", "https://api.dukcapil.example",
            "mpp.adapter.dukcapil.pageSize", "0",
            "mpp.adapter.polres.baseUrl", "nope nope"));

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "mpp.adapter.dukcapil.apiKey", "mpp.adapter.dukcapil.pageSize",
                "mpp.adapter.polres.apiKey", "mpp.adapter.polres.baseUrl"));
  }

  @Test
  void build_whenSettingsValid_givesAdapterTheBoundConfig() {
    try (AdapterRegistry r = builder()
        .provider(new TestProviders.Configured("dukcapil"))
        .properties(Map.of(
            "mpp.adapter.dukcapil.baseUrl", "https://api.dukcapil.example",
            "mpp.adapter.dukcapil.apiKey", "k-123")).build()) {
      TestProviders.SimpleAdapter a = (TestProviders.SimpleAdapter) r.get(AgencyId.of("dukcapil"));

      assertThat(((TestProviders.UjiConfig) a.context.config()).pageSize()).isEqualTo(20);
    }
  }

  @Test
  void get_whenAgencyNotLoaded_throwsNotFound() {
    try (AdapterRegistry r = builder().build()) {
      assertThatThrownBy(() -> r.get(AgencyId.of("atr-bpn")))
          .isInstanceOf(NotFoundException.class);
      assertThat(r.find(AgencyId.of("atr-bpn"))).isEmpty();
    }
  }

  @Test
  void health_whenAdapterUp_reportsUpPerAgency() {
    try (AdapterRegistry r = builder()
        .provider(new TestProviders.Plain("dukcapil", "1.0.0", SpiVersion.CURRENT)).build()) {
      assertThat(r.health()).containsOnlyKeys(AgencyId.of("dukcapil"));
      assertThat(r.health().get(AgencyId.of("dukcapil")).status()).isEqualTo(HealthStatus.UP);
    }
  }

  @Test
  void close_whenBuilt_closesEveryAdapter() {
    AdapterRegistry r = builder()
        .provider(new TestProviders.Plain("dukcapil", "1.0.0", SpiVersion.CURRENT)).build();
    TestProviders.SimpleAdapter a = (TestProviders.SimpleAdapter) r.get(AgencyId.of("dukcapil"));

    r.close();

    assertThat(a.closed).isTrue();
  }
}
