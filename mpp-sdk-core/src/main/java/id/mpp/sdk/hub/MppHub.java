package id.mpp.sdk.hub;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AgencyCallListener;
import id.mpp.sdk.http.AgencyHttpClientFactory;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.queue.IssueGate;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.report.Reporter;
import id.mpp.sdk.survey.SurveyBook;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.tracking.Tracker;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.validation.MppValidator;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The hub of one MPP site: the catalogue, the queue desk, the tracker, the survey book, the
 * reporter and the agencies' adapters, wired to one site, zone, working calendar, clock and set
 * of {@link Stores}.
 *
 * <pre>{@code
 * try (MppHub hub = MppHub.builder()
 *     .site(SiteId.of("mpp-kota-bandung"), "3273").siteName("MPP Kota Bandung")
 *     .zone(SiteZone.WIB.zoneId()).clock(Clock.system(SiteZone.WIB.zoneId()))
 *     .catalogue(Catalogue.sample())
 *     .jdbcUrl("jdbc:postgresql://db:5432/mpp", "mpp", Secret.of(password)) // needs mpp-sdk-jdbc
 *     .properties(settings)             // mpp.adapter.<agency-id>.<setting>=value
 *     .build()) {
 *   hub.queue().issue(IssueRequest.walkIn(skck), CommandOptions.by(Actor.kiosk("kiosk-1")));
 *   hub.health();                       // every adapter: UP, DEGRADED or DOWN
 * }
 * }</pre>
 *
 * <p>Adapters are found with {@link ServiceLoader} (unless {@link Builder#discoverAdapters
 * discovery is off}) and given explicitly; each reads its settings under
 * {@code mpp.adapter.<agency-id>.}. While an agency's adapter is DOWN, the queue desk issues no
 * walk-in ticket for that agency's services and throws {@link id.mpp.sdk.AgencyDownException},
 * whose {@code citizenMessage} the kiosk shows (see {@link IssueGate}).
 *
 * <p>The hub adds no logic of its own: use the engines through their accessors. Immutable and
 * thread-safe; several hubs of one site (several processes) may share PostgreSQL stores.
 * {@link #close()} closes the adapters, the HTTP clients and the stores the hub opened.
 */
public final class MppHub implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(MppHub.class.getName());

  private final SiteId site;
  private final String siteCode;
  private final ZoneId zone;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final Catalogue catalogue;
  private final Stores stores;
  private final boolean ownsStores;
  private final AgencyHttpClients ownedHttp;
  private final AdapterRegistry adapters;
  private final QueueDesk queue;
  private final Tracker tracker;
  private final SurveyBook survey;
  private final Reporter reporter;

  private MppHub(Builder b, Wiring w) {
    this.site = b.site;
    this.siteCode = b.siteCode;
    this.zone = b.zone;
    this.clock = b.clock;
    this.calendar = w.calendar;
    this.catalogue = b.catalogue;
    this.stores = w.stores;
    this.ownsStores = w.ownsStores;
    this.ownedHttp = w.ownedHttp;
    this.adapters = w.adapters;
    this.queue = w.queue;
    this.tracker = w.tracker;
    this.survey = w.survey;
    this.reporter = w.reporter;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the site's id */
  public SiteId site() {
    return site;
  }

  /** @return the site code that starts every tracking number, for example {@code 3273} */
  public String siteCode() {
    return siteCode;
  }

  /** @return the site's zone */
  public ZoneId zone() {
    return zone;
  }

  /** @return the hub's clock */
  public Clock clock() {
    return clock;
  }

  /** @return the site's working calendar, on which bookings and SLA clocks count */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** @return the service catalogue */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** @return the queue desk */
  public QueueDesk queue() {
    return queue;
  }

  /** @return the tracker of applications */
  public Tracker tracker() {
    return tracker;
  }

  /** @return the SKM survey book */
  public SurveyBook survey() {
    return survey;
  }

  /** @return the reporter (JSON, CSV and HTML reports of the site) */
  public Reporter reporter() {
    return reporter;
  }

  /** @return the loaded agency adapters */
  public AdapterRegistry adapters() {
    return adapters;
  }

  /** @return the stores the queue desk and the tracker run on */
  public Stores stores() {
    return stores;
  }

  /**
   * The health of every loaded adapter, as {@link AdapterRegistry#health()} reports it.
   *
   * @return agency id to health (UP, DEGRADED or DOWN, with reasons for citizens), ordered by
   *     agency id
   */
  public Map<AgencyId, AdapterHealth> health() {
    return adapters.health();
  }

  /** Closes the adapters, then the HTTP clients and the stores the hub opened; never throws. */
  @Override
  public void close() {
    adapters.close();
    if (ownedHttp != null) {
      ownedHttp.close();
    }
    if (ownsStores) {
      stores.close();
    }
  }

  @Override
  public String toString() {
    return "MppHub[" + site + ", " + zone + ", " + stores + ", " + adapters.list().size()
        + " adapters]";
  }

  /** What {@link Builder#build()} made, before the hub holds it. */
  private static final class Wiring {
    private WorkingCalendar calendar;
    private Stores stores;
    private boolean ownsStores;
    private AgencyHttpClients ownedHttp;
    private AdapterRegistry adapters;
    private QueueDesk queue;
    private Tracker tracker;
    private SurveyBook survey;
    private Reporter reporter;

    /** Closes what was opened when a later step fails. */
    void abandon(RuntimeException failure) {
      List<AutoCloseable> opened = new ArrayList<>();
      if (adapters != null) {
        opened.add(adapters);
      }
      if (ownedHttp != null) {
        opened.add(ownedHttp);
      }
      if (ownsStores && stores != null) {
        opened.add(stores);
      }
      for (AutoCloseable c : opened) {
        try {
          c.close();
        } catch (Exception e) {
          failure.addSuppressed(e);
        }
      }
    }
  }

  /**
   * Builds an {@link MppHub}. Required: {@link #site}, {@link #zone}, {@link #clock}. Not
   * thread-safe.
   */
  public static final class Builder {

    private SiteId site;
    private String siteCode;
    private String siteName;
    private ZoneId zone;
    private Clock clock;
    private WorkingCalendar calendar;
    private Supplier<String> ids;
    private Locale locale = MppValidator.ENGLISH;
    private Catalogue catalogue;
    private Stores stores;
    private String jdbcUrl;
    private String jdbcUser;
    private Secret jdbcPassword;
    private DataSource dataSource;
    private ClassLoader classLoader;
    private boolean discover = true;
    private final List<AgencyAdapterProvider<?>> providers = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private AgencyHttpClientFactory httpClients;
    private AgencyCallListener callListener = AgencyCallListener.NONE;
    private boolean refuseWhenDown = true;
    private Consumer<QueueDesk.Builder> queueSettings = b -> { };
    private Consumer<Tracker.Builder> trackerSettings = b -> { };

    private Builder() {
    }

    /**
     * The site (required).
     *
     * @param id the site's id, for example {@code mpp-kota-bandung}
     * @param code the site code that starts every tracking number (2–6 characters of the
     *     tracking-number alphabet), for example the Kemendagri code {@code 3273}
     * @return this builder
     */
    public Builder site(SiteId id, String code) {
      this.site = id;
      this.siteCode = code;
      return this;
    }

    /**
     * The site's name in reports; the site id when not set.
     *
     * @param name 1–200 characters, for example {@code MPP Kota Bandung}
     * @return this builder
     */
    public Builder siteName(String name) {
      this.siteName = name;
      return this;
    }

    /**
     * The site's zone (required): {@code Asia/Jakarta} (WIB), {@code Asia/Makassar} (WITA) or
     * {@code Asia/Jayapura} (WIT).
     *
     * @param siteZone the zone
     * @return this builder
     */
    public Builder zone(ZoneId siteZone) {
      this.zone = siteZone;
      return this;
    }

    /**
     * The clock of every engine and adapter (required); a {@code ManualClock} in tests and
     * simulations.
     *
     * @param hubClock the clock
     * @return this builder
     */
    public Builder clock(Clock hubClock) {
      this.clock = hubClock;
      return this;
    }

    /**
     * The site's working calendar; the default is the bundled calendar of the zone.
     *
     * @param siteCalendar the calendar, in the site's zone
     * @return this builder
     */
    public Builder calendar(WorkingCalendar siteCalendar) {
      this.calendar = siteCalendar;
      return this;
    }

    /**
     * The id generator of tickets, bookings, events and outbox messages; each id must be unique
     * across the hub instances sharing the stores and made of 1–64 letters, digits, {@code _}
     * or {@code -}. The default is each engine's own.
     *
     * @param generator the generator
     * @return this builder
     */
    public Builder ids(Supplier<String> generator) {
      this.ids = generator;
      return this;
    }

    /**
     * The locale of validation messages ({@link MppValidator#ENGLISH}, the default, or
     * {@link MppValidator#INDONESIAN}).
     *
     * @param messageLocale the locale
     * @return this builder
     */
    public Builder locale(Locale messageLocale) {
      this.locale = messageLocale;
      return this;
    }

    /**
     * The service catalogue; the default is an empty one.
     *
     * @param services the catalogue, for example {@link Catalogue#sample()}
     * @return this builder
     */
    public Builder catalogue(Catalogue services) {
      this.catalogue = services;
      return this;
    }

    /**
     * Stores the caller made and closes (for example a test's); the default is
     * {@link Stores#inMemory()}. Exclusive with {@link #jdbcUrl} and {@link #dataSource}.
     *
     * @param own the stores
     * @return this builder
     */
    public Builder stores(Stores own) {
      this.stores = own;
      return this;
    }

    /**
     * Stores in a database: the {@link StoresProvider} found by {@link ServiceLoader} that
     * accepts the URL opens them (with its own connection pool, closed with the hub) and
     * migrates the schema. PostgreSQL needs {@code id.mpp:mpp-sdk-jdbc} on the class path.
     *
     * @param url the JDBC URL, for example {@code jdbc:postgresql://db:5432/mpp}
     * @param user the database user
     * @param password the password, or null when the server needs none
     * @return this builder
     */
    public Builder jdbcUrl(String url, String user, Secret password) {
      this.jdbcUrl = url;
      this.jdbcUser = user;
      this.jdbcPassword = password;
      return this;
    }

    /**
     * Stores in the database of a pooled data source the caller owns (and closes): the one
     * {@link StoresProvider} on the class path opens them and migrates the schema.
     *
     * @param pool the data source
     * @return this builder
     */
    public Builder dataSource(DataSource pool) {
      this.dataSource = pool;
      return this;
    }

    /**
     * Where {@link ServiceLoader} looks for adapter and store providers; the default is the
     * thread's context class loader, else the SDK's.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /**
     * Whether to load every adapter provider {@link ServiceLoader} finds (default true).
     *
     * @param enabled false to load only the providers given with {@link #adapter}
     * @return this builder
     */
    public Builder discoverAdapters(boolean enabled) {
      this.discover = enabled;
      return this;
    }

    /**
     * Adds an adapter provider explicitly (besides those discovered).
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder adapter(AgencyAdapterProvider<?> provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Adds settings; the adapters read those under {@code mpp.adapter.<agency-id>.}. A later
     * value of a key replaces an earlier one.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder properties(Map<String, String> settings) {
      properties.putAll(Map.copyOf(settings));
      return this;
    }

    /**
     * Adds settings from a {@link Properties} file's content.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder properties(Properties settings) {
      for (String name : settings.stringPropertyNames()) {
        properties.put(name, settings.getProperty(name));
      }
      return this;
    }

    /**
     * The factory of the adapters' HTTP clients, which the caller closes; the default is an
     * {@link AgencyHttpClients} on the hub's clock, closed with the hub.
     *
     * @param factory the factory
     * @return this builder
     */
    public Builder httpClients(AgencyHttpClientFactory factory) {
      this.httpClients = factory;
      return this;
    }

    /**
     * The listener of every agency call.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder callListener(AgencyCallListener listener) {
      this.callListener = listener;
      return this;
    }

    /**
     * Whether the queue desk refuses walk-in tickets for the services of an agency whose
     * adapter is DOWN (default true).
     *
     * @param refuse false to issue tickets whatever the agency's health
     * @return this builder
     */
    public Builder refuseTicketsWhenAgencyDown(boolean refuse) {
      this.refuseWhenDown = refuse;
      return this;
    }

    /**
     * Further settings of the queue desk (rules, NIK hasher, listeners). The hub then sets the
     * site, zone, clock, store, calendar, locale, ids and issue gate itself.
     *
     * @param settings applied to the desk's builder
     * @return this builder
     */
    public Builder customizeQueue(Consumer<QueueDesk.Builder> settings) {
      this.queueSettings = settings;
      return this;
    }

    /**
     * Further settings of the tracker (status machines, webhooks, notifications, outbox policy).
     * The hub then sets the clock, zone, site code, store, calendar, adapters and ids itself.
     *
     * @param settings applied to the tracker's builder
     * @return this builder
     */
    public Builder customizeTracker(Consumer<Tracker.Builder> settings) {
      this.trackerSettings = settings;
      return this;
    }

    /**
     * Checks every setting, opens the stores, loads the adapters and builds the engines. When a
     * step fails, what was opened before it is closed again.
     *
     * @return the hub
     * @throws MppValidationException naming every missing or bad hub setting, or every bad
     *     adapter setting
     * @throws MissingStoresProviderException if a JDBC URL or data source is set and no store
     *     provider on the class path takes it
     * @throws id.mpp.sdk.AdapterIncompatibleException if an adapter cannot be loaded
     */
    public MppHub build() {
      WorkingCalendar siteCalendar = check();
      Wiring w = new Wiring();
      w.calendar = siteCalendar;
      try {
        openStores(w);
        AgencyHttpClientFactory http = httpClients;
        if (http == null) {
          w.ownedHttp = AgencyHttpClients.builder().clock(clock).listener(callListener).build();
          http = w.ownedHttp;
        }
        AdapterRegistry.Builder registry = AdapterRegistry.builder().properties(properties)
            .httpClients(http).clock(clock).zone(zone).listener(callListener).locale(locale);
        if (discover) {
          registry.discover(loader());
        }
        providers.forEach(registry::provider);
        w.adapters = registry.build();
        w.queue = queueDesk(w);
        w.tracker = tracker(w);
        w.survey = SurveyBook.builder().site(site).zone(zone).clock(clock).build();
        w.reporter = Reporter.builder().queue(w.queue).tracker(w.tracker).survey(w.survey)
            .catalogue(catalogue).siteName(siteName).clock(clock).build();
      } catch (RuntimeException e) {
        w.abandon(e);
        throw e;
      }
      MppHub hub = new MppHub(this, w);
      LOG.log(Level.INFO, "{0} ready", hub);
      return hub;
    }

    private QueueDesk queueDesk(Wiring w) {
      QueueDesk.Builder b = QueueDesk.builder();
      queueSettings.accept(b);
      b.site(site, zone).clock(clock).store(w.stores.queueStore()).calendar(w.calendar)
          .locale(locale);
      if (ids != null) {
        b.ids(ids);
      }
      AdapterRegistry registry = w.adapters;
      if (refuseWhenDown) {
        b.issueGate(service -> registry.find(service.agency())
            .map(adapter -> registry.health().get(service.agency()))
            .filter(health -> !health.acceptsWork()));
      }
      return b.build();
    }

    private Tracker tracker(Wiring w) {
      Tracker.Builder b = Tracker.builder();
      trackerSettings.accept(b);
      b.clock(clock).zone(zone).siteCode(siteCode).store(w.stores.trackingStore())
          .calendar(w.calendar).adapters(w.adapters);
      if (ids != null) {
        b.idGenerator(ids);
      }
      return b.build();
    }

    private WorkingCalendar check() {
      List<Violation> v = new ArrayList<>();
      if (site == null) {
        v.add(new Violation("site", "hub.site", "the site id is required"));
      }
      if (siteCode == null || !TrackingNumber.isSiteCode(siteCode)) {
        v.add(new Violation("siteCode", TrackingNumber.RULE_SITE, "the site code must be 2-6"
            + " digits or upper-case letters other than I, L, O, S, B, Z and U"));
      }
      if (siteName != null && (siteName.isBlank() || siteName.length() > 200)) {
        v.add(new Violation("siteName", "hub.siteName", "the site name must be 1-200"
            + " characters"));
      }
      if (zone == null) {
        v.add(new Violation("zone", "hub.zone", "the site's zone is required"));
      }
      if (clock == null) {
        v.add(new Violation("clock", "hub.clock", "a clock is required"));
      }
      if (locale == null) {
        v.add(new Violation("locale", "hub.locale", "a locale is required"));
      }
      if (queueSettings == null || trackerSettings == null) {
        v.add(new Violation(queueSettings == null ? "customizeQueue" : "customizeTracker",
            "hub.customize", "must not be null"));
      }
      if (callListener == null) {
        v.add(new Violation("callListener", "hub.callListener", "must not be null"));
      }
      checkStores(v);
      WorkingCalendar siteCalendar = calendar;
      if (zone != null && siteCalendar == null) {
        try {
          siteCalendar = WorkingCalendar.builder().zone(zone).build();
        } catch (MppValidationException notIndonesian) {
          v.add(new Violation("calendar", "hub.calendar", "the zone " + zone + " has no bundled"
              + " working calendar; set calendar(...)"));
        }
      } else if (zone != null && !siteCalendar.zone().equals(zone)) {
        v.add(new Violation("calendar", "hub.calendarZone", "the calendar's zone "
            + siteCalendar.zone() + " differs from the site's zone " + zone));
      }
      if (catalogue == null) {
        catalogue = Catalogue.builder().build();
      }
      if (!v.isEmpty()) {
        throw new MppValidationException(v);
      }
      return siteCalendar;
    }

    private void checkStores(List<Violation> v) {
      int chosen = (stores == null ? 0 : 1) + (jdbcUrl == null ? 0 : 1)
          + (dataSource == null ? 0 : 1);
      if (chosen > 1) {
        v.add(new Violation("stores", "hub.stores.oneOf", "set only one of stores(...),"
            + " jdbcUrl(...) and dataSource(...)"));
      }
      if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
        v.add(new Violation("jdbcUrl", "hub.jdbcUrl", "a JDBC URL starts with 'jdbc:', for"
            + " example jdbc:postgresql://db:5432/mpp"));
      }
      if (jdbcUrl != null && (jdbcUser == null || jdbcUser.isBlank())) {
        v.add(new Violation("jdbcUser", "hub.jdbcUser", "the database user is required with a"
            + " JDBC URL"));
      }
    }

    private void openStores(Wiring w) {
      if (stores != null) {
        w.stores = stores;
        return;
      }
      w.ownsStores = true;
      if (jdbcUrl == null && dataSource == null) {
        w.stores = Stores.inMemory();
        return;
      }
      List<StoresProvider> found = new ArrayList<>();
      ServiceLoader.load(StoresProvider.class, loader()).forEach(found::add);
      if (jdbcUrl != null) {
        StoresProvider provider = found.stream().filter(p -> p.accepts(jdbcUrl)).findFirst()
            .orElseThrow(() -> missing(scheme(jdbcUrl), "the JDBC URL '" + scheme(jdbcUrl)
                + ":…'", found));
        w.stores = provider.open(jdbcUrl, jdbcUser, jdbcPassword);
        return;
      }
      if (found.size() != 1) {
        throw found.isEmpty() ? missing("DataSource", "a DataSource", found)
            : new MissingStoresProviderException("DataSource", "several store providers are"
                + " on the class path (" + names(found) + "); open the stores with the one you"
                + " want, provider.open(dataSource), and pass them to stores(...)");
      }
      w.stores = found.get(0).open(dataSource);
    }

    private static MissingStoresProviderException missing(String scheme, String what,
        List<StoresProvider> found) {
      return new MissingStoresProviderException(scheme, "no " + StoresProvider.class.getName()
          + " on the class path takes " + what + (found.isEmpty() ? " (none is there)"
          : " (found: " + names(found) + ")") + "; add the dependency id.mpp:mpp-sdk-jdbc,"
          + " which provides the PostgreSQL stores, or leave out jdbcUrl/dataSource to run on"
          + " in-memory stores");
    }

    private static String names(List<StoresProvider> found) {
      return String.join(", ", found.stream().map(StoresProvider::name).toList());
    }

    /** The URL's scheme only ({@code jdbc:postgresql}): the rest may hold a host or password. */
    private static String scheme(String url) {
      int second = url.indexOf(':', "jdbc:".length());
      String scheme = second < 0 ? url : url.substring(0, second);
      return scheme.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ':' || c == '-')
          && scheme.length() <= 40 ? scheme : "jdbc:?";
    }

    private ClassLoader loader() {
      if (classLoader != null) {
        return classLoader;
      }
      return Optional.ofNullable(Thread.currentThread().getContextClassLoader())
          .orElse(MppHub.class.getClassLoader());
    }
  }
}
