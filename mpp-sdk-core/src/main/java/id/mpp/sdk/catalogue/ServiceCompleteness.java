package id.mpp.sdk.catalogue;

import id.mpp.sdk.catalogue.Finding.Gap;
import id.mpp.sdk.catalogue.StandardComponent.Group;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The completeness of one service's Standar Pelayanan: every gap found, service-delivery
 * components (which must be published) first, then management components.
 *
 * <p>The rules, per component:
 *
 * <ul>
 *   <li>requirements, procedure, complaint channels, legal basis, staff competence: at least one
 *       entry;</li>
 *   <li>processing time, product, internal supervision, staff count, service guarantee, safety
 *       guarantee, performance evaluation: present;</li>
 *   <li>fee: present, and a PNBP or retribusi names its legal basis
 *       ({@link Gap#FEE_WITHOUT_LEGAL_BASIS});</li>
 *   <li>facilities: at least one, and at least one for vulnerable groups
 *       ({@link Gap#NO_VULNERABLE_GROUP_FACILITIES}).</li>
 * </ul>
 *
 * @param service the service code
 * @param agencyId the agency that delivers it
 * @param serviceName the service's name, for the readable report
 * @param findings every gap, delivery components first, in component order; empty when complete
 */
public record ServiceCompleteness(ServiceCode service, AgencyId agencyId, String serviceName,
    List<Finding> findings) {

  /** Copies the findings. */
  public ServiceCompleteness {
    findings = Texts.list(findings);
  }

  /**
   * Checks one service definition.
   *
   * @param definition the service
   * @return its completeness
   */
  public static ServiceCompleteness of(ServiceDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    List<Finding> findings = new ArrayList<>();
    DeliveryStandard d = definition.delivery();
    missingIf(findings, d.requirements().isEmpty(), StandardComponent.REQUIREMENTS);
    missingIf(findings, d.procedure().isEmpty(), StandardComponent.PROCEDURE);
    missingIf(findings, d.processingTime() == null, StandardComponent.PROCESSING_TIME);
    if (d.fee() == null || d.fee().type() == FeeType.UNKNOWN) {
      findings.add(new Finding(StandardComponent.FEE, Gap.MISSING));
    } else if (d.fee().type().requiresLegalBasis() && d.fee().legalBasis() == null) {
      findings.add(new Finding(StandardComponent.FEE, Gap.FEE_WITHOUT_LEGAL_BASIS));
    }
    missingIf(findings, d.product() == null, StandardComponent.PRODUCT);
    missingIf(findings, d.complaintChannels().isEmpty(), StandardComponent.COMPLAINT_HANDLING);

    ManagementStandard m = definition.management();
    missingIf(findings, m.legalBasis().isEmpty(), StandardComponent.LEGAL_BASIS);
    if (m.facilities().isEmpty()) {
      findings.add(new Finding(StandardComponent.FACILITIES, Gap.MISSING));
    } else if (m.vulnerableGroupFacilities().isEmpty()) {
      findings.add(new Finding(StandardComponent.FACILITIES, Gap.NO_VULNERABLE_GROUP_FACILITIES));
    }
    missingIf(findings, m.staffCompetence().isEmpty(), StandardComponent.STAFF_COMPETENCE);
    missingIf(findings, m.internalSupervision() == null, StandardComponent.INTERNAL_SUPERVISION);
    missingIf(findings, m.staffCount() == null, StandardComponent.STAFF_COUNT);
    missingIf(findings, m.serviceGuarantee() == null, StandardComponent.SERVICE_GUARANTEE);
    missingIf(findings, m.safetyGuarantee() == null, StandardComponent.SAFETY_GUARANTEE);
    missingIf(findings, m.performanceEvaluation() == null,
        StandardComponent.PERFORMANCE_EVALUATION);
    return new ServiceCompleteness(definition.code(), definition.agencyId(), definition.name(),
        findings);
  }

  private static void missingIf(List<Finding> findings, boolean missing,
      StandardComponent component) {
    if (missing) {
      findings.add(new Finding(component, Gap.MISSING));
    }
  }

  /** @return the findings on the six service-delivery components, which must be published */
  public List<Finding> deliveryFindings() {
    return findings.stream().filter(f -> f.component().group() == Group.SERVICE_DELIVERY).toList();
  }

  /** @return the findings on the eight management components (secondary) */
  public List<Finding> managementFindings() {
    return findings.stream().filter(f -> f.component().group() != Group.SERVICE_DELIVERY).toList();
  }

  /** @return whether all six service-delivery components are published and sound */
  public boolean deliveryComplete() {
    return deliveryFindings().isEmpty();
  }

  /** @return whether all fourteen components are present and sound */
  public boolean complete() {
    return findings.isEmpty();
  }

  /** @return how many of the six service-delivery components are published and sound, 0 to 6 */
  public int soundDeliveryComponents() {
    Set<StandardComponent> flawed = EnumSet.noneOf(StandardComponent.class);
    deliveryFindings().forEach(f -> flawed.add(f.component()));
    return 6 - flawed.size();
  }

  /**
   * Whether a component has a finding.
   *
   * @param component the component
   * @return whether it is missing or flawed
   */
  public boolean lacks(StandardComponent component) {
    return findings.stream().anyMatch(f -> f.component() == component);
  }
}
