package id.mpp.sdk.catalogue;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.internal.catalogue.IndonesianAnalyzer;
import id.mpp.sdk.internal.catalogue.TextIndex;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.validation.MppValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Katalog layanan: the agencies of an MPP and their public services, each with its Standar
 * Pelayanan as structured data; lookups, search in a citizen's own words, and the completeness
 * check of the published components.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.sample();                  // or Catalogue.load(stream)
 * ServiceDefinition skck = catalogue.getService(ServiceCode.of("POLRI-SKCK-BARU"));
 * List<SearchHit> hits = catalogue.search("surat kelakuan baik");
 * CompletenessReport report = catalogue.checkCompleteness();
 * }</pre>
 *
 * <p>A catalogue is always valid: {@link Builder#build()}, {@link #from(CatalogueDocument)} and
 * {@link #load(InputStream)} check every record's constraints and refuse duplicate agency ids,
 * duplicate service codes and services of agencies not in the catalogue, reporting every problem
 * at once with its path (for example {@code services[3].delivery.requirements[0].name}).
 *
 * <p>Search folds case, accents and punctuation, knows the common abbreviations, synonyms and
 * spelling variants of Indonesian public services (KTP, e-KTP, KTP-el and "kartu tanda penduduk";
 * SKCK and "surat kelakuan baik"; "sertipikat" and "sertifikat" …), reduces words to their root
 * ("perpanjangan" and "perpanjang"), and ranks by BM25F relevance over the service name (weighs
 * most), keywords, product, agency and summary. Equal scores are ordered by service code.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

  /** Where the sample catalogue lives on the class path. */
  public static final String SAMPLE_RESOURCE = "/id/mpp/sdk/catalogue/sample-catalogue.json";

  private static final List<TextIndex.Field> FIELDS = List.of(
      new TextIndex.Field("name", 2.0, 0.5, false),
      new TextIndex.Field("keywords", 1.0, 0.0, true),
      new TextIndex.Field("product", 1.0, 0.75, false),
      new TextIndex.Field("agency", 0.5, 0.5, false),
      new TextIndex.Field("summary", 0.3, 0.75, false));

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::field).thenComparing(Violation::rule);

  private final String revision;
  private final String description;
  private final List<Agency> agencies;
  private final List<ServiceDefinition> services;
  private final Map<AgencyId, Agency> agenciesById;
  private final Map<ServiceCode, ServiceDefinition> servicesByCode;
  private final Map<AgencyId, List<ServiceDefinition>> servicesByAgency;
  private final TextIndex index;

  private Catalogue(String revision, String description, List<Agency> agencies,
      List<ServiceDefinition> services) {
    this.revision = revision;
    this.description = description;
    this.agencies = List.copyOf(agencies);
    this.services = List.copyOf(services);
    Map<AgencyId, Agency> byId = new LinkedHashMap<>();
    Map<AgencyId, List<ServiceDefinition>> byAgency = new LinkedHashMap<>();
    for (Agency agency : agencies) {
      byId.put(agency.id(), agency);
      byAgency.put(agency.id(), new ArrayList<>());
    }
    Map<ServiceCode, ServiceDefinition> byCode = new LinkedHashMap<>();
    TextIndex.Builder indexBuilder = TextIndex.builder(IndonesianAnalyzer.defaults(), FIELDS);
    for (ServiceDefinition service : services) {
      byCode.put(service.code(), service);
      byAgency.get(service.agencyId()).add(service);
      Agency agency = byId.get(service.agencyId());
      indexBuilder.add(service.code().value(), List.of(
          List.of(service.name()),
          service.keywords(),
          service.delivery().product() == null ? List.of()
              : List.of(service.delivery().product().name()),
          List.of(agency.name(), agency.shortName()),
          service.summary() == null ? List.of() : List.of(service.summary())));
    }
    byAgency.replaceAll((id, list) -> List.copyOf(list));
    this.agenciesById = byId;
    this.servicesByCode = byCode;
    this.servicesByAgency = byAgency;
    this.index = indexBuilder.build();
  }

  /**
   * Starts a catalogue.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a catalogue from its wire document, with English messages.
   *
   * @param document the document
   * @return the catalogue
   * @throws MppValidationException with every problem, if the document is not a valid catalogue
   */
  public static Catalogue from(CatalogueDocument document) {
    return from(document, MppValidator.ENGLISH);
  }

  /**
   * Builds a catalogue from its wire document.
   *
   * @param document the document
   * @param locale the language of violation messages ({@code id} or {@code en})
   * @return the catalogue
   * @throws MppValidationException with every problem, if the document is not a valid catalogue
   */
  public static Catalogue from(CatalogueDocument document, Locale locale) {
    Objects.requireNonNull(document, "document");
    return builder().locale(locale).revision(document.revision())
        .description(document.description())
        .addAgencies(document.agencies()).addServices(document.services()).build();
  }

  /**
   * Reads and validates a {@link CatalogueDocument} from JSON, with English messages. The stream
   * is not closed.
   *
   * @param json the UTF-8 JSON stream
   * @return the catalogue
   * @throws MalformedJsonException if the stream is not a well-formed catalogue document
   * @throws MppValidationException with every problem, if the document is not a valid catalogue
   * @throws UncheckedIOException if the stream fails
   */
  public static Catalogue load(InputStream json) {
    return load(json, MppValidator.ENGLISH);
  }

  /**
   * Reads and validates a {@link CatalogueDocument} from JSON. The stream is not closed.
   *
   * @param json the UTF-8 JSON stream
   * @param locale the language of violation messages ({@code id} or {@code en})
   * @return the catalogue
   * @throws MalformedJsonException if the stream is not a well-formed catalogue document
   * @throws MppValidationException with every problem, if the document is not a valid catalogue
   * @throws UncheckedIOException if the stream fails
   */
  public static Catalogue load(InputStream json, Locale locale) {
    Objects.requireNonNull(json, "json");
    return from(MppJson.defaults().read(json, CatalogueDocument.class), locale);
  }

  /**
   * The sample catalogue shipped with the SDK: realistic services of Dukcapil, BPJS Kesehatan,
   * BPJS Ketenagakerjaan, Polres, Kejaksaan, Pengadilan Agama, Kemenag, ATR/BPN, Imigrasi, Bank
   * Lampung, DPMPTSP and other MPP tenants (resource {@value #SAMPLE_RESOURCE}). A few services
   * deliberately lack components so that the completeness report has content; the document's
   * description names them. Loaded once, then shared.
   *
   * @return the sample catalogue
   */
  public static Catalogue sample() {
    return SampleHolder.SAMPLE;
  }

  private static final class SampleHolder {
    private static final Catalogue SAMPLE = loadSample();

    private static Catalogue loadSample() {
      try (InputStream in = Catalogue.class.getResourceAsStream(SAMPLE_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("sample catalogue " + SAMPLE_RESOURCE
              + " is missing from the class path");
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the sample catalogue", e);
      }
    }
  }

  /** @return the catalogue's revision, if it has one */
  public Optional<String> revision() {
    return Optional.ofNullable(revision);
  }

  /** @return the catalogue's description, if it has one */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns a service.
   *
   * @param code the service code
   * @return the service
   * @throws NotFoundException if the catalogue has no such service
   */
  public ServiceDefinition getService(ServiceCode code) {
    return findService(code).orElseThrow(() -> new NotFoundException("service", code.value()));
  }

  /**
   * Looks a service up.
   *
   * @param code the service code
   * @return the service, or empty
   */
  public Optional<ServiceDefinition> findService(ServiceCode code) {
    return Optional.ofNullable(servicesByCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns an agency.
   *
   * @param id the agency id
   * @return the agency
   * @throws NotFoundException if the catalogue has no such agency
   */
  public Agency getAgency(AgencyId id) {
    return findAgency(id).orElseThrow(() -> new NotFoundException("agency", id.value()));
  }

  /**
   * Looks an agency up.
   *
   * @param id the agency id
   * @return the agency, or empty
   */
  public Optional<Agency> findAgency(AgencyId id) {
    return Optional.ofNullable(agenciesById.get(Objects.requireNonNull(id, "id")));
  }

  /** @return every agency, in catalogue order */
  public List<Agency> listAgencies() {
    return agencies;
  }

  /** @return every service, in catalogue order */
  public List<ServiceDefinition> listServices() {
    return services;
  }

  /**
   * Lists the services of one agency.
   *
   * @param agencyId the agency
   * @return its services in catalogue order; empty if the agency is not in the catalogue
   */
  public List<ServiceDefinition> listServices(AgencyId agencyId) {
    return servicesByAgency.getOrDefault(Objects.requireNonNull(agencyId, "agencyId"), List.of());
  }

  /**
   * Searches in a citizen's own words, with {@link SearchOptions#defaults()}.
   *
   * @param citizenWords for example "bikin ktp", "perpanjang SIM", "surat kelakuan baik"
   * @return the best matches first; empty when nothing matches or the words carry no topic
   */
  public List<SearchHit> search(String citizenWords) {
    return search(citizenWords, SearchOptions.defaults());
  }

  /**
   * Searches in a citizen's own words.
   *
   * @param citizenWords for example "akta lahir anak"
   * @param options the limit and an optional agency filter
   * @return the best matches first, at most {@code options.limit()}; ties ordered by service code
   */
  public List<SearchHit> search(String citizenWords, SearchOptions options) {
    Objects.requireNonNull(citizenWords, "citizenWords");
    Objects.requireNonNull(options, "options");
    Set<AgencyId> only = options.agencies();
    return index.search(citizenWords,
            code -> only.isEmpty() || only.contains(servicesByCode.get(ServiceCode.of(code)).agencyId()),
            options.limit())
        .stream()
        .map(hit -> {
          ServiceDefinition service = servicesByCode.get(ServiceCode.of(hit.id()));
          return new SearchHit(service, agenciesById.get(service.agencyId()), hit.score(),
              hit.matchedTerms());
        })
        .toList();
  }

  /**
   * Checks every service for missing or flawed Standar Pelayanan components.
   *
   * @return the report, one entry per service in catalogue order
   */
  public CompletenessReport checkCompleteness() {
    return CompletenessReport.of(revision, services);
  }

  /** @return this catalogue as its wire document */
  public CatalogueDocument toDocument() {
    return new CatalogueDocument(revision, description, agencies, services);
  }

  @Override
  public String toString() {
    return "Catalogue[revision=" + revision + ", agencies=" + agencies.size() + ", services="
        + services.size() + "]";
  }

  /**
   * Builds a {@link Catalogue}. Not thread-safe; {@link #build()} checks everything and reports
   * every problem at once.
   */
  public static final class Builder {
    private String revision;
    private String description;
    private Locale locale = MppValidator.ENGLISH;
    private final List<Agency> agencies = new ArrayList<>();
    private final List<ServiceDefinition> services = new ArrayList<>();

    private Builder() {
    }

    /**
     * Sets the catalogue's revision.
     *
     * @param revision for example {@code 2026.1}, or {@code null}
     * @return this builder
     */
    public Builder revision(String revision) {
      this.revision = revision;
      return this;
    }

    /**
     * Sets the catalogue's description.
     *
     * @param description for people reading the catalogue, or {@code null}
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the language of violation messages.
     *
     * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Adds an agency.
     *
     * @param agency the agency
     * @return this builder
     */
    public Builder addAgency(Agency agency) {
      agencies.add(Objects.requireNonNull(agency, "agency"));
      return this;
    }

    /**
     * Adds agencies.
     *
     * @param agencies the agencies
     * @return this builder
     */
    public Builder addAgencies(Collection<Agency> agencies) {
      agencies.forEach(this::addAgency);
      return this;
    }

    /**
     * Adds a service; its agency must be added too (before or after).
     *
     * @param service the service
     * @return this builder
     */
    public Builder addService(ServiceDefinition service) {
      services.add(Objects.requireNonNull(service, "service"));
      return this;
    }

    /**
     * Adds services.
     *
     * @param services the services
     * @return this builder
     */
    public Builder addServices(Collection<ServiceDefinition> services) {
      services.forEach(this::addService);
      return this;
    }

    /**
     * Checks everything and builds the catalogue.
     *
     * @return the catalogue
     * @throws MppValidationException with every problem at once: each record's constraints, a
     *     duplicate agency id ({@code catalogue.agency.duplicate}), a duplicate service code
     *     ({@code catalogue.service.duplicate}), a service of an agency not in the catalogue
     *     ({@code catalogue.service.unknownAgency})
     */
    public Catalogue build() {
      CatalogueDocument document =
          new CatalogueDocument(revision, description, agencies, services);
      List<Violation> violations = new ArrayList<>(
          MppValidator.defaults().violations(document, locale));
      Set<AgencyId> agencyIds = new HashSet<>();
      for (int i = 0; i < agencies.size(); i++) {
        AgencyId id = agencies.get(i).id();
        if (id != null && !agencyIds.add(id)) {
          violations.add(violation("agencies[" + i + "].id", "catalogue.agency.duplicate"));
        }
      }
      Set<ServiceCode> codes = new HashSet<>();
      for (int i = 0; i < services.size(); i++) {
        ServiceDefinition service = services.get(i);
        if (service.code() != null && !codes.add(service.code())) {
          violations.add(violation("services[" + i + "].code", "catalogue.service.duplicate"));
        }
        if (service.agencyId() != null && !agencyIds.contains(service.agencyId())) {
          violations.add(violation("services[" + i + "].agencyId",
              "catalogue.service.unknownAgency"));
        }
      }
      if (!violations.isEmpty()) {
        throw new MppValidationException(violations.stream().sorted(ORDER).toList());
      }
      return new Catalogue(document.revision(), document.description(), agencies, services);
    }

    private Violation violation(String field, String rule) {
      return new Violation(field, rule, MppValidator.message(rule, locale));
    }
  }
}
