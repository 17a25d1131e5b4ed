package id.mpp.sdk.adapter;

import id.mpp.sdk.AdapterIncompatibleException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.config.ConfigBinder;
import id.mpp.sdk.http.AgencyCallListener;
import id.mpp.sdk.http.AgencyHttpClientFactory;
import id.mpp.sdk.validation.MppValidator;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The adapters loaded into one hub, at most one per agency. Built once: it finds providers (by
 * {@link ServiceLoader} and/or given explicitly), refuses duplicates and adapters built for
 * another SPI major version with a message that says what to do (an adapter built for a newer
 * minor version loads unless it needs an SPI type this hub lacks, which is then named), binds and validates every adapter's
 * settings (reporting every violation of every adapter at once), then creates the adapters.
 *
 * <pre>{@code
 * AdapterRegistry adapters = AdapterRegistry.builder()
 *     .discover(Thread.currentThread().getContextClassLoader())
 *     .properties(settings)            // mpp.adapter.<agency-id>.<setting>=value
 *     .httpClients(httpClients)
 *     .clock(clock).zone(ZoneId.of("Asia/Jakarta"))
 *     .build();
 * adapters.get(AgencyId.of("dukcapil")).capability(IdentityCapability.class);
 * }</pre>
 *
 * <p>Thread-safe and immutable once built. {@link #close()} closes every adapter.
 */
public final class AdapterRegistry implements AutoCloseable {

  /** The prefix of every adapter's settings; the agency id and a dot follow. */
  public static final String PROPERTY_PREFIX = "mpp.adapter.";

  private static final System.Logger LOG = System.getLogger(AdapterRegistry.class.getName());

  private final Map<AgencyId, AgencyAdapter> adapters;
  private final Clock clock;

  private AdapterRegistry(Map<AgencyId, AgencyAdapter> adapters, Clock clock) {
    this.adapters = Collections.unmodifiableMap(adapters);
    this.clock = clock;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the providers on a class path with {@link ServiceLoader}, without creating adapters.
   *
   * @param classLoader where to look
   * @return the providers, in class-path order
   * @throws AdapterIncompatibleException if a listed provider cannot be loaded (its message names
   *     the provider and says what to do)
   */
  public static List<AgencyAdapterProvider<?>> discover(ClassLoader classLoader) {
    List<AgencyAdapterProvider<?>> found = new ArrayList<>();
    @SuppressWarnings("rawtypes")
    Iterator<AgencyAdapterProvider> it =
        ServiceLoader.load(AgencyAdapterProvider.class, classLoader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        throw new AdapterIncompatibleException("an adapter provider listed in META-INF/services/"
            + AgencyAdapterProvider.class.getName() + " cannot be loaded (" + e.getMessage()
            + "); check that the adapter jar was built for this mpp-sdk-core (SPI "
            + SpiVersion.CURRENT + ") and that its provider has a public no-argument"
            + " constructor");
      }
    }
    return found;
  }

  /**
   * @param agencyId the agency
   * @return its adapter, if one is loaded
   */
  public Optional<AgencyAdapter> find(AgencyId agencyId) {
    return Optional.ofNullable(adapters.get(Objects.requireNonNull(agencyId, "agencyId")));
  }

  /**
   * @param agencyId the agency
   * @return its adapter
   * @throws NotFoundException if no adapter is loaded for the agency
   */
  public AgencyAdapter get(AgencyId agencyId) {
    return find(agencyId).orElseThrow(() -> new NotFoundException("adapter", agencyId.value()));
  }

  /**
   * A capability of an agency, if its adapter is loaded and offers it.
   *
   * @param agencyId the agency
   * @param type the capability interface
   * @param <C> the capability type
   * @return the capability
   */
  public <C extends AgencyCapability> Optional<C> findCapability(AgencyId agencyId,
      Class<C> type) {
    return find(agencyId).flatMap(a -> a.capability(type));
  }

  /** @return the descriptors of the loaded adapters, ordered by agency id */
  public List<AdapterDescriptor> list() {
    return adapters.values().stream().map(AgencyAdapter::descriptor).toList();
  }

  /**
   * The health of every loaded adapter. An adapter whose {@code health()} throws is reported DOWN.
   *
   * @return agency id to health, ordered by agency id
   */
  public Map<AgencyId, AdapterHealth> health() {
    Map<AgencyId, AdapterHealth> result = new TreeMap<>();
    adapters.forEach((id, adapter) -> {
      AdapterHealth h;
      try {
        h = Objects.requireNonNull(adapter.health(), "health");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "adapter ''{0}'' failed its health check: {1}", id,
            e.getClass().getSimpleName());
        h = AdapterHealth.down("Pemeriksaan kesehatan adaptor instansi gagal.",
            "The agency adapter's health check failed.", clock.instant());
      }
      result.put(id, h);
    });
    return Collections.unmodifiableMap(result);
  }

  /** Closes every adapter; a failure in one does not stop the others. */
  @Override
  public void close() {
    for (AgencyAdapter adapter : adapters.values()) {
      try {
        adapter.close();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "adapter ''{0}'' failed to close: {1}",
            adapter.descriptor().agencyId(), e.getClass().getSimpleName());
      }
    }
  }

  /** Builds an {@link AdapterRegistry}; {@link #build()} checks everything. */
  public static final class Builder {

    private final List<AgencyAdapterProvider<?>> providers = new ArrayList<>();
    private Map<String, String> properties = Map.of();
    private AgencyHttpClientFactory httpClients;
    private Clock clock;
    private ZoneId zone;
    private AgencyCallListener listener = AgencyCallListener.NONE;
    private SpiVersion hubSpiVersion = SpiVersion.CURRENT;
    private Locale locale = MppValidator.ENGLISH;

    Builder() {
    }

    /**
     * Adds every provider {@link ServiceLoader} finds.
     *
     * @param classLoader where to look
     * @return this builder
     */
    public Builder discover(ClassLoader classLoader) {
      providers.addAll(AdapterRegistry.discover(classLoader));
      return this;
    }

    /**
     * Adds a provider explicitly (for example in a test or an application without a class-path
     * scan).
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder provider(AgencyAdapterProvider<?> provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * The hub's settings; each adapter reads those under {@code mpp.adapter.<agency-id>.}. The
     * hub itself reads {@code mpp.adapter.<agency-id>.tls.trust} (PEM files of CA certificates to
     * trust for that agency, separated by commas) and {@code mpp.adapter.<agency-id>.tls.pins}
     * ({@code sha256/} public-key pins, the current key first, then backups), and applies them to
     * every HTTP client the adapter creates; the adapter never sees them.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder properties(Map<String, String> settings) {
      this.properties = Map.copyOf(settings);
      return this;
    }

    /**
     * @param factory makes the adapters' HTTP clients on the hub's shared pool
     * @return this builder
     */
    public Builder httpClients(AgencyHttpClientFactory factory) {
      this.httpClients = factory;
      return this;
    }

    /**
     * @param hubClock the hub's clock
     * @return this builder
     */
    public Builder clock(Clock hubClock) {
      this.clock = hubClock;
      return this;
    }

    /**
     * @param siteZone the MPP site's zone
     * @return this builder
     */
    public Builder zone(ZoneId siteZone) {
      this.zone = siteZone;
      return this;
    }

    /**
     * @param callListener the hub's listener of agency calls
     * @return this builder
     */
    public Builder listener(AgencyCallListener callListener) {
      this.listener = callListener;
      return this;
    }

    /**
     * @param messageLocale the locale of configuration violation messages
     * @return this builder
     */
    public Builder locale(Locale messageLocale) {
      this.locale = messageLocale;
      return this;
    }

    /**
     * The SPI version this hub supports; {@link SpiVersion#CURRENT} unless a test simulates
     * another hub.
     *
     * @param version the hub's SPI version
     * @return this builder
     */
    public Builder hubSpiVersion(SpiVersion version) {
      this.hubSpiVersion = version;
      return this;
    }

    /**
     * Checks every provider, binds every adapter's settings and creates the adapters.
     *
     * @return the registry
     * @throws IllegalStateException if the clock, zone or HTTP client factory is missing
     * @throws AdapterIncompatibleException listing every duplicate agency id and every adapter
     *     built for another SPI major version; or naming the SPI type an adapter built for a
     *     newer SPI minor version needs and this hub lacks
     * @throws MppValidationException with every settings violation of every adapter
     */
    public AdapterRegistry build() {
      if (httpClients == null) {
        throw new IllegalStateException("httpClients must be set");
      }
      if (clock == null) {
        throw new IllegalStateException("clock must be set");
      }
      if (zone == null) {
        throw new IllegalStateException("zone must be set");
      }
      Objects.requireNonNull(listener, "listener");
      Objects.requireNonNull(hubSpiVersion, "hubSpiVersion");

      List<String> problems = new ArrayList<>();
      Map<AgencyId, AgencyAdapterProvider<?>> byAgency = new TreeMap<>();
      for (AgencyAdapterProvider<?> p : providers) {
        AdapterDescriptor d = p.descriptor();
        SpiVersion spi = d.spiVersion();
        if (spi.major() != hubSpiVersion.major()) {
          problems.add(d.toString() + " targets SPI v" + spi.major() + "; this hub supports SPI v"
              + hubSpiVersion.major() + "; use a '" + d.agencyId() + "' adapter built for SPI v"
              + hubSpiVersion.major() + " or " + (spi.major() > hubSpiVersion.major()
              ? "upgrade mpp-sdk-core to a version with SPI v" + spi.major()
              : "ask its maintainer for a build against SPI v" + hubSpiVersion.major()));
          continue;
        }
        if (!hubSpiVersion.supports(spi)) {
          LOG.log(Level.WARNING, "{0} was built against SPI {1}; this hub supports SPI {2}; it"
              + " loads as long as it needs nothing newer than SPI {2}", d, spi, hubSpiVersion);
        }
        AgencyAdapterProvider<?> previous = byAgency.putIfAbsent(d.agencyId(), p);
        if (previous != null) {
          problems.add("two adapters claim agency '" + d.agencyId() + "': "
              + previous.getClass().getName() + " (" + previous.descriptor().adapterVersion()
              + ") and " + p.getClass().getName() + " (" + d.adapterVersion()
              + "); remove one of them from the class path");
        }
      }
      if (!problems.isEmpty()) {
        throw new AdapterIncompatibleException(String.join("; ", problems));
      }

      Map<AgencyId, Record> configs = new LinkedHashMap<>();
      Map<AgencyId, AgencyTlsSettings> tls = new LinkedHashMap<>();
      List<Violation> violations = new ArrayList<>();
      byAgency.forEach((id, p) -> {
        String prefix = PROPERTY_PREFIX + id.value() + ".";
        AgencyTlsSettings agencyTls = AgencyTlsSettings.read(properties, prefix, locale,
            violations);
        if (agencyTls != null) {
          tls.put(id, agencyTls);
        }
        Map<String, String> own = new LinkedHashMap<>(properties);
        own.keySet().removeIf(k -> AgencyTlsSettings.isTlsSetting(k, prefix));
        try {
          configs.put(id, ConfigBinder.bind(p.configType(), own, prefix, locale));
        } catch (MppValidationException e) {
          violations.addAll(e.violations());
        }
      });
      if (!violations.isEmpty()) {
        throw new MppValidationException(violations);
      }

      Map<AgencyId, AgencyAdapter> created = new LinkedHashMap<>();
      try {
        byAgency.forEach((id, p) -> created.put(id, create(p, configs.get(id),
            tls.containsKey(id) ? tls.get(id).applyTo(httpClients) : httpClients)));
      } catch (RuntimeException e) {
        created.values().forEach(a -> {
          try {
            a.close();
          } catch (RuntimeException suppressed) {
            e.addSuppressed(suppressed);
          }
        });
        throw e;
      }
      for (AgencyAdapter a : created.values()) {
        LOG.log(Level.INFO, "loaded {0}", a.descriptor());
      }
      return new AdapterRegistry(created, clock);
    }

    private static String missingName(LinkageError e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return m.replace('/', '.');
    }

    @SuppressWarnings("unchecked")
    private <C extends Record> AgencyAdapter create(AgencyAdapterProvider<C> provider,
        Record config, AgencyHttpClientFactory agencyHttpClients) {
      AdapterContext<C> context = new AdapterContext<>(provider.descriptor(), (C) config,
          agencyHttpClients, clock, zone, listener);
      AgencyAdapter adapter;
      try {
        adapter = Objects.requireNonNull(provider.create(context),
            "provider.create returned null");
      } catch (LinkageError e) {
        AdapterDescriptor d = provider.descriptor();
        throw new AdapterIncompatibleException(d + " needs '" + missingName(e)
            + "', which this hub's SPI " + hubSpiVersion + " lacks; upgrade mpp-sdk-core to a"
            + " version with SPI " + d.spiVersion() + " or later, or use a '" + d.agencyId()
            + "' adapter built for SPI " + hubSpiVersion);
      }
      if (!adapter.descriptor().agencyId().equals(provider.descriptor().agencyId())) {
        throw new AdapterIncompatibleException(provider.getClass().getName()
            + " created an adapter for '" + adapter.descriptor().agencyId() + "' but declares '"
            + provider.descriptor().agencyId() + "'; fix the adapter's descriptor");
      }
      return adapter;
    }
  }
}
