package id.mpp.sdk.catalogue;

import id.mpp.sdk.json.WireDocument;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Laporan kelengkapan Standar Pelayanan ({@code kind: CompletenessReport}): for every service of a
 * catalogue, which of the six service-delivery components that must be published are missing or
 * flawed (what the Ombudsman's compliance assessment of public services looks at), and, as
 * secondary findings, which of the eight management components are.
 *
 * <pre>{@code
 * CompletenessReport report = Catalogue.sample().checkCompleteness();
 * System.out.println(report.toText(MppValidator.INDONESIAN));
 * }</pre>
 *
 * @param catalogueRevision the revision of the checked catalogue, or {@code null}
 * @param services one entry per service, in catalogue order, complete ones included
 */
public record CompletenessReport(String catalogueRevision, List<ServiceCompleteness> services)
    implements WireDocument {

  /** Copies the entries. */
  public CompletenessReport {
    catalogueRevision = Texts.optional(catalogueRevision);
    services = Texts.list(services);
  }

  /**
   * Checks every service of a list.
   *
   * @param catalogueRevision the catalogue's revision, or {@code null}
   * @param definitions the services
   * @return the report
   */
  public static CompletenessReport of(String catalogueRevision,
      List<ServiceDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions");
    return new CompletenessReport(catalogueRevision,
        definitions.stream().map(ServiceCompleteness::of).toList());
  }

  /** @return the services with at least one gap in a service-delivery component */
  public List<ServiceCompleteness> deliveryIncomplete() {
    return services.stream().filter(s -> !s.deliveryComplete()).toList();
  }

  /** @return the services with at least one gap in a management component */
  public List<ServiceCompleteness> managementIncomplete() {
    return services.stream().filter(s -> !s.managementFindings().isEmpty()).toList();
  }

  /** @return how many services publish all six service-delivery components soundly */
  public int deliveryCompleteCount() {
    return (int) services.stream().filter(ServiceCompleteness::deliveryComplete).count();
  }

  /**
   * How many services have a gap in one component.
   *
   * @param component the component
   * @return the number of services missing it or with a flaw in it
   */
  public int countLacking(StandardComponent component) {
    return (int) services.stream().filter(s -> s.lacks(component)).count();
  }

  /**
   * Looks up one service's entry.
   *
   * @param code the service code
   * @return the entry
   * @throws id.mpp.sdk.NotFoundException if the service was not checked
   */
  public ServiceCompleteness getService(ServiceCode code) {
    return services.stream().filter(s -> s.service().equals(code)).findFirst()
        .orElseThrow(() -> new id.mpp.sdk.NotFoundException("service", code.value()));
  }

  /**
   * Renders the report as plain text a person can read.
   *
   * @param locale {@code id} for Bahasa Indonesia, anything else for English
   * @return the text, lines separated by {@code \n}
   */
  public String toText(Locale locale) {
    return CompletenessText.render(this, Objects.requireNonNull(locale, "locale"));
  }
}
