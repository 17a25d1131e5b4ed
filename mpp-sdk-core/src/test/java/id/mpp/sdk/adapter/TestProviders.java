package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.config.Setting;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;

/** Small providers used by the registry tests. */
final class TestProviders {

  private TestProviders() {
  }

  /** The settings of {@link Configured}. */
  record UjiConfig(
      @Setting(description = "Base URL") @NotNull URI baseUrl,
      @Setting(description = "API key") @NotNull Secret apiKey,
      @Setting(description = "Page size", defaultValue = "20") @Min(1) int pageSize) {
  }

  /** An adapter that only reports health, implements identity, and remembers its context. */
  static final class SimpleAdapter implements AgencyAdapter, IdentityCapability {
    final AdapterDescriptor descriptor;
    final AdapterContext<?> context;
    boolean closed;

    SimpleAdapter(AdapterDescriptor descriptor, AdapterContext<?> context) {
      this.descriptor = descriptor;
      this.context = context;
    }

    @Override
    public AdapterDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public AdapterHealth health() {
      return AdapterHealth.from(id.mpp.sdk.http.CircuitState.CLOSED, Optional.empty(),
          context.clock().instant());
    }

    @Override
    public IdentityMatch verify(IdentityCheck check) {
      return new IdentityMatch(false, java.util.Map.of());
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** A provider without settings for any agency id and SPI version. */
  static class Plain implements AgencyAdapterProvider<NoConfig> {
    private final AdapterDescriptor descriptor;

    Plain(String agency, String version, SpiVersion spi) {
      this.descriptor = new AdapterDescriptor(AgencyId.of(agency), "Uji " + agency, version, spi);
    }

    @Override
    public AdapterDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public Class<NoConfig> configType() {
      return NoConfig.class;
    }

    @Override
    public AgencyAdapter create(AdapterContext<NoConfig> context) {
      return new SimpleAdapter(descriptor, context);
    }
  }

  /** A provider whose adapter needs settings. */
  static final class Configured implements AgencyAdapterProvider<UjiConfig> {
    private final AdapterDescriptor descriptor;

    Configured(String agency) {
      this.descriptor = new AdapterDescriptor(AgencyId.of(agency), "Uji " + agency, "1.0.0",
          SpiVersion.CURRENT);
    }

    @Override
    public AdapterDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public Class<UjiConfig> configType() {
      return UjiConfig.class;
    }

    @Override
    public AgencyAdapter create(AdapterContext<UjiConfig> context) {
      return new SimpleAdapter(descriptor, context);
    }
  }
}
