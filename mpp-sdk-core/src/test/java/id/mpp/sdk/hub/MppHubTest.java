package id.mpp.sdk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.mpp.sdk.AgencyDownException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.DiscoverableTestProvider;
import id.mpp.sdk.adapter.HealthStatus;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.report.MppReport;
import id.mpp.sdk.report.ReportPeriod;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationForm;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.MppValidator;
import id.mpp.sdk.validation.Nik;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub builder's checks and its wiring of engines, adapters and stores. */
class MppHubTest {

  private static final ZoneId WIB = SiteZone.WIB.zoneId();
  private static final SiteId SITE = SiteId.of("mpp-kota-bandung");
  private static final ServiceCode SKCK = ServiceCode.of("POLRI-SKCK-BARU");
  private static final ServiceCode KTP = ServiceCode.of("DUKCAPIL-KTP-EL-BARU");
  private static final AgencyId DUKCAPIL = AgencyId.of("dukcapil");
  private static final CommandOptions KIOSK = CommandOptions.by(Actor.kiosk("kiosk-1"));

  private final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 8, 0), WIB);
  private final UjiAgencyProvider polri = new UjiAgencyProvider();
  private MppHub hub;

  @TempDir
  Path classPath;

  @BeforeEach
  void clearStores() {
    UjiStoresProvider.OPENED.clear();
  }

  @AfterEach
  void close() {
    if (hub != null) {
      hub.close();
    }
  }

  private MppHub.Builder builder() {
    return MppHub.builder().site(SITE, "3273").siteName("MPP Kota Bandung").zone(WIB)
        .clock(clock).catalogue(Catalogue.sample()).discoverAdapters(false).adapter(polri)
        .properties(Map.of("mpp.adapter.polri.office", "BDG"));
  }

  private void openSite() {
    hub.queue().createAgency(new QueueAgency(UjiAgencyProvider.POLRI, "Polrestabes Bandung",
        "lantai-2", (LocalTime) null));
    hub.queue().createAgency(new QueueAgency(DUKCAPIL, "Disdukcapil", "lantai-1",
        (LocalTime) null));
    hub.queue().createService(new ServiceQueue(SKCK, UjiAgencyProvider.POLRI, "SKCK baru", "C",
        3, 0, Duration.ofMinutes(30), Duration.ofMinutes(30), Set.of()));
    hub.queue().createService(new ServiceQueue(KTP, DUKCAPIL, "KTP-el baru", "A", 3, 0,
        Duration.ofMinutes(30), Duration.ofMinutes(30), Set.of()));
  }

  private static Set<String> fields(MppValidationException e) {
    return Set.copyOf(e.violations().stream().map(Violation::field).toList());
  }

  private ClassLoader withStoresProvider() throws IOException {
    Path services = classPath.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(StoresProvider.class.getName()),
        UjiStoresProvider.class.getName() + "\n");
    return new URLClassLoader(new URL[] {classPath.toUri().toURL()},
        MppHubTest.class.getClassLoader());
  }

  private static DataSource dataSource() {
    return (DataSource) Proxy.newProxyInstance(MppHubTest.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void build_whenRequiredSettingsMissing_namesEverySetting() {
    MppValidationException e = catchThrowableOfType(
        () -> MppHub.builder().siteName(" ").build(), MppValidationException.class);

    assertThat(fields(e)).containsExactlyInAnyOrder("site", "siteCode", "siteName", "zone",
        "clock");
  }

  @Test
  void build_whenSiteCodeHasLettersOfNoAlphabet_namesSiteCode() {
    MppValidationException e = catchThrowableOfType(
        () -> builder().site(SITE, "BIL").build(), MppValidationException.class);

    assertThat(fields(e)).containsExactly("siteCode");
  }

  @Test
  void build_whenCalendarIsOfAnotherZone_namesCalendar() {
    MppValidationException e = catchThrowableOfType(
        () -> builder().calendar(WorkingCalendar.of(SiteZone.WITA)).build(),
        MppValidationException.class);

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("calendar");
      assertThat(v.rule()).isEqualTo("hub.calendarZone");
    });
  }

  @Test
  void build_whenZoneIsNotIndonesianAndNoCalendar_namesCalendar() {
    MppValidationException e = catchThrowableOfType(
        () -> builder().zone(ZoneId.of("Europe/Paris")).build(), MppValidationException.class);

    assertThat(fields(e)).containsExactly("calendar");
  }

  @Test
  void build_whenTwoKindsOfStores_namesStoresAndOpensNothing() throws IOException {
    MppValidationException e = catchThrowableOfType(() -> builder()
        .classLoader(withStoresProvider()).stores(Stores.inMemory())
        .jdbcUrl("jdbc:uji://db/mpp", "mpp", Secret.of("rahasia")).build(),
        MppValidationException.class);

    assertThat(fields(e)).containsExactly("stores");
    assertThat(UjiStoresProvider.OPENED).isEmpty();
    assertThat(polri.created).isEmpty();
  }

  @Test
  void build_whenJdbcUrlWithoutUser_namesJdbcUser() {
    MppValidationException e = catchThrowableOfType(() -> builder()
        .jdbcUrl("jdbc:postgresql://db/mpp", " ", null).build(), MppValidationException.class);

    assertThat(fields(e)).containsExactly("jdbcUser");
  }

  @Test
  void build_whenNoProviderTakesTheJdbcUrl_namesModuleAndHidesHostAndPassword() {
    MissingStoresProviderException e = catchThrowableOfType(() -> builder()
        .jdbcUrl("jdbc:postgresql://db.internal:5432/mpp?password=rahasia", "mpp",
            Secret.of("rahasia")).build(), MissingStoresProviderException.class);

    assertThat(e.scheme()).isEqualTo("jdbc:postgresql");
    assertThat(e.getMessage()).contains("id.mpp:mpp-sdk-jdbc").contains("jdbc:postgresql")
        .doesNotContain("db.internal").doesNotContain("rahasia");
    assertThat(polri.created).isEmpty();
  }

  @Test
  void build_whenDataSourceAndNoProvider_failsNamingModule() {
    assertThatThrownBy(() -> builder().dataSource(dataSource()).build())
        .isInstanceOf(MissingStoresProviderException.class).hasMessageContaining("mpp-sdk-jdbc");
  }

  @Test
  void build_whenProviderAcceptsJdbcUrl_runsOnItsStoresAndClosesThemWithTheHub()
      throws IOException {
    hub = builder().classLoader(withStoresProvider())
        .jdbcUrl("jdbc:uji://db/mpp", "mpp", Secret.of("rahasia")).build();
    openSite();
    hub.queue().issue(IssueRequest.walkIn(KTP), KIOSK);

    UjiStoresProvider.Opened opened = UjiStoresProvider.OPENED.get(0);
    assertThat(opened.url).isEqualTo("jdbc:uji://db/mpp");
    assertThat(opened.user).isEqualTo("mpp");
    assertThat(hub.stores()).isSameAs(opened);
    int services = opened.queue.read(SITE, r -> r.listServices().size());
    assertThat(services).isEqualTo(2);
    hub.close();
    assertThat(opened.closed).isTrue();
    hub = null;
  }

  @Test
  void build_whenDataSourceGiven_opensTheOneProviderOnIt() throws IOException {
    DataSource pool = dataSource();
    hub = builder().classLoader(withStoresProvider()).dataSource(pool).build();

    assertThat(UjiStoresProvider.OPENED).singleElement()
        .satisfies(o -> assertThat(o.dataSource).isSameAs(pool));
  }

  @Test
  void build_whenAdapterSettingIsBad_reportsThePropertyAndCreatesNoAdapter() {
    MppValidationException e = catchThrowableOfType(() -> builder()
        .properties(Map.of("mpp.adapter.polri.office", "bandung")).build(),
        MppValidationException.class);

    assertThat(fields(e)).containsExactly("mpp.adapter.polri.office");
    assertThat(polri.created).isEmpty();
  }

  @Test
  void build_whenDiscoveryOn_loadsServiceLoaderProvidersBesideExplicitOnes() {
    hub = builder().discoverAdapters(true).build();

    assertThat(hub.adapters().list()).extracting(d -> d.agencyId().value())
        .containsExactly("polri", DiscoverableTestProvider.AGENCY);
  }

  @Test
  void build_whenValid_wiresEveryEngineToTheSite() {
    hub = builder().build();

    assertThat(hub.site()).isEqualTo(SITE);
    assertThat(hub.queue().site()).isEqualTo(SITE);
    assertThat(hub.queue().zone()).isEqualTo(WIB);
    assertThat(hub.survey().site()).isEqualTo(SITE);
    assertThat(hub.calendar().zone()).isEqualTo(WIB);
    assertThat(hub.catalogue().findService(SKCK)).isPresent();
    assertThat(hub.queue().store()).isSameAs(hub.stores().queueStore());
    assertThat(polri.created.get(0).context.config().office()).isEqualTo("BDG");
  }

  @Test
  void tracker_whenApplicationCreated_submitsThroughTheHubsAdapter() {
    hub = builder().build();
    Application a = hub.tracker().create(ApplicationForm.of(SKCK, "SKCK baru",
        UjiAgencyProvider.POLRI, new Applicant(Nik.parse("3273011708900001"), "Siti Aminah",
            null, null)).withProcessingTime(ProcessingTime.workingDays(3)),
        id.mpp.sdk.tracking.Actor.counterOfficer("petugas-1"));

    hub.tracker().runOutboxOnce();

    Application sent = hub.tracker().get(a.trackingNumber());
    assertThat(sent.trackingNumber().compact()).startsWith("3273");
    assertThat(sent.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(sent.agencyReference()).isEqualTo("BDG-1");
    assertThat(polri.received).hasSize(1);
  }

  @Test
  void reporter_whenTicketsIssued_reportsThemUnderTheSiteName() {
    hub = builder().build();
    openSite();
    hub.queue().issue(IssueRequest.walkIn(SKCK), KIOSK);

    MppReport report = hub.reporter().report(ReportPeriod.day(hub.queue().today()));

    assertThat(report.siteName()).isEqualTo("MPP Kota Bandung");
    assertThat(report.queue().visitors()).isEqualTo(1);
  }

  @Test
  void health_whenAdapterDown_listsItDownWithItsReason() {
    hub = builder().build();
    polri.down.set(true);

    assertThat(hub.health()).containsOnlyKeys(UjiAgencyProvider.POLRI);
    assertThat(hub.health().get(UjiAgencyProvider.POLRI).status()).isEqualTo(HealthStatus.DOWN);
  }

  @Test
  void issue_whenAgencyDown_refusesWithCitizenMessageAndWritesNothing() {
    hub = builder().build();
    openSite();
    polri.down.set(true);

    AgencyDownException e = catchThrowableOfType(
        () -> hub.queue().issue(IssueRequest.walkIn(SKCK), KIOSK), AgencyDownException.class);

    assertThat(e.agencyId()).isEqualTo("polri");
    assertThat(e.service()).isEqualTo(SKCK.value());
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.citizenMessage(MppValidator.INDONESIAN))
        .isEqualTo("Nomor antrean layanan ini sementara tidak dapat diambil."
            + " Sistem Polres sedang gangguan.");
    assertThat(e.citizenMessage(MppValidator.ENGLISH)).endsWith("The Polres system is down.");
    assertThat(hub.queue().listTickets(TicketQuery.day(hub.queue().today()))).isEmpty();
  }

  @Test
  void issue_whenAgencyDown_stillIssuesForAgenciesWithoutAdapterAndAfterRecovery() {
    hub = builder().build();
    openSite();
    polri.down.set(true);

    Ticket ktp = hub.queue().issue(IssueRequest.walkIn(KTP), KIOSK);
    polri.down.set(false);
    Ticket skck = hub.queue().issue(IssueRequest.walkIn(SKCK), KIOSK);

    assertThat(ktp.number()).isEqualTo("A001");
    assertThat(skck.number()).isEqualTo("C001");
  }

  @Test
  void issue_whenRefusalTurnedOff_issuesWhileAgencyDown() {
    hub = builder().refuseTicketsWhenAgencyDown(false).build();
    openSite();
    polri.down.set(true);

    assertThat(hub.queue().issue(IssueRequest.walkIn(SKCK), KIOSK).number()).isEqualTo("C001");
  }

  @Test
  void close_whenStoresGivenByCaller_closesAdaptersButLeavesStoresOpen() {
    UjiStoresProvider.Opened own = new UjiStoresProvider.Opened(null, null, null);
    MppHub built = builder().stores(own).build();

    built.close();

    assertThat(polri.created.get(0).closed).isTrue();
    assertThat(own.closed).isFalse();
  }
}
