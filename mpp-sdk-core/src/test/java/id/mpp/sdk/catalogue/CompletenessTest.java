package id.mpp.sdk.catalogue;

import static id.mpp.sdk.catalogue.CatalogueFixtures.POLRI;
import static id.mpp.sdk.catalogue.CatalogueFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.catalogue.Finding.Gap;
import id.mpp.sdk.validation.MppValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTest {

  private static final ServiceDefinition COMPLETE = complete("POLRI-A", POLRI, "Layanan A");

  @Test
  void of_whenEveryComponentPresent_noFindings() {
    ServiceCompleteness c = ServiceCompleteness.of(COMPLETE);
    assertThat(c.findings()).isEmpty();
    assertThat(c.complete()).isTrue();
    assertThat(c.soundDeliveryComponents()).isEqualTo(6);
  }

  @Test
  void of_whenNoDeliveryComponentPublished_reportsAllSixInOrder() {
    ServiceDefinition empty = CatalogueFixtures.withDelivery(COMPLETE,
        new DeliveryStandard(null, null, null, null, null, null));
    ServiceCompleteness c = ServiceCompleteness.of(empty);
    assertThat(c.deliveryFindings()).extracting(Finding::component, Finding::gap).containsExactly(
        tuple(StandardComponent.REQUIREMENTS, Gap.MISSING),
        tuple(StandardComponent.PROCEDURE, Gap.MISSING),
        tuple(StandardComponent.PROCESSING_TIME, Gap.MISSING),
        tuple(StandardComponent.FEE, Gap.MISSING),
        tuple(StandardComponent.PRODUCT, Gap.MISSING),
        tuple(StandardComponent.COMPLAINT_HANDLING, Gap.MISSING));
    assertThat(c.soundDeliveryComponents()).isZero();
    assertThat(c.managementFindings()).isEmpty();
  }

  @Test
  void of_whenPnbpWithoutLegalBasis_feeFlagged() {
    DeliveryStandard d = COMPLETE.delivery();
    ServiceDefinition s = CatalogueFixtures.withDelivery(COMPLETE, new DeliveryStandard(
        d.requirements(), d.procedure(), d.processingTime(),
        Fee.charged(FeeType.PNBP, List.of(FeeItem.of("Penerbitan", 30_000)), null),
        d.product(), d.complaintChannels()));
    assertThat(ServiceCompleteness.of(s).findings()).extracting(Finding::component, Finding::gap)
        .containsExactly(tuple(StandardComponent.FEE, Gap.FEE_WITHOUT_LEGAL_BASIS));
  }

  @Test
  void of_whenOtherChargeOrFreeWithoutLegalBasis_notFlagged() {
    DeliveryStandard d = COMPLETE.delivery();
    for (Fee fee : List.of(Fee.free(null),
        Fee.charged(FeeType.OTHER_CHARGE, List.of(FeeItem.of("Biaya pasang", 500_000)), null))) {
      ServiceDefinition s = CatalogueFixtures.withDelivery(COMPLETE, new DeliveryStandard(
          d.requirements(), d.procedure(), d.processingTime(), fee, d.product(),
          d.complaintChannels()));
      assertThat(ServiceCompleteness.of(s).findings()).as(fee.type().name()).isEmpty();
    }
  }

  @Test
  void of_whenFeeTypeUnknown_feeCountsAsMissing() {
    DeliveryStandard d = COMPLETE.delivery();
    ServiceDefinition s = CatalogueFixtures.withDelivery(COMPLETE, new DeliveryStandard(
        d.requirements(), d.procedure(), d.processingTime(),
        new Fee(FeeType.UNKNOWN, null, null, null), d.product(), d.complaintChannels()));
    assertThat(ServiceCompleteness.of(s).findings()).extracting(Finding::component, Finding::gap)
        .containsExactly(tuple(StandardComponent.FEE, Gap.MISSING));
  }

  @Test
  void of_whenNoFacilitiesForVulnerableGroups_managementFindingOnly() {
    ManagementStandard m = COMPLETE.management();
    ServiceDefinition s = CatalogueFixtures.withManagement(COMPLETE, new ManagementStandard(
        m.legalBasis(), m.facilities(), List.of(), m.staffCompetence(), m.internalSupervision(),
        m.staffCount(), m.serviceGuarantee(), m.safetyGuarantee(), m.performanceEvaluation()));
    ServiceCompleteness c = ServiceCompleteness.of(s);
    assertThat(c.deliveryComplete()).isTrue();
    assertThat(c.complete()).isFalse();
    assertThat(c.findings()).extracting(Finding::component, Finding::gap)
        .containsExactly(tuple(StandardComponent.FACILITIES, Gap.NO_VULNERABLE_GROUP_FACILITIES));
  }

  @Test
  void of_whenManagementEmpty_reportsAllEightManagementComponents() {
    ServiceDefinition s = CatalogueFixtures.withManagement(COMPLETE, ManagementStandard.empty());
    assertThat(ServiceCompleteness.of(s).managementFindings()).extracting(Finding::component)
        .containsExactly(StandardComponent.LEGAL_BASIS, StandardComponent.FACILITIES,
            StandardComponent.STAFF_COMPETENCE, StandardComponent.INTERNAL_SUPERVISION,
            StandardComponent.STAFF_COUNT, StandardComponent.SERVICE_GUARANTEE,
            StandardComponent.SAFETY_GUARANTEE, StandardComponent.PERFORMANCE_EVALUATION);
  }

  @Test
  void checkCompleteness_whenSample_deliveryGapsAreTheDocumentedOnes() {
    CompletenessReport report = Catalogue.sample().checkCompleteness();
    assertThat(report.deliveryIncomplete()).extracting(s -> s.service().value())
        .containsExactly("KEJAKSAAN-KONSULTASI-HUKUM", "DPMPTSP-PBG", "PDAM-SAMBUNG-BARU");
    assertThat(report.getService(ServiceCode.of("KEJAKSAAN-KONSULTASI-HUKUM")).deliveryFindings())
        .extracting(Finding::component)
        .containsExactly(StandardComponent.PROCESSING_TIME, StandardComponent.PRODUCT);
    assertThat(report.getService(ServiceCode.of("DPMPTSP-PBG")).deliveryFindings())
        .extracting(Finding::component, Finding::gap)
        .containsExactly(tuple(StandardComponent.FEE, Gap.FEE_WITHOUT_LEGAL_BASIS));
    assertThat(report.getService(ServiceCode.of("PDAM-SAMBUNG-BARU")).deliveryFindings())
        .extracting(Finding::component)
        .containsExactly(StandardComponent.PROCEDURE, StandardComponent.COMPLAINT_HANDLING);
  }

  @Test
  void checkCompleteness_whenSample_managementGapsAreTheDocumentedOnes() {
    CompletenessReport report = Catalogue.sample().checkCompleteness();
    assertThat(report.managementIncomplete()).extracting(s -> s.service().value())
        .containsExactly("KEJAKSAAN-KONSULTASI-HUKUM", "BANKLAMPUNG-KUR", "PDAM-SAMBUNG-BARU");
    assertThat(report.getService(ServiceCode.of("BANKLAMPUNG-KUR")).managementFindings())
        .extracting(Finding::component)
        .containsExactly(StandardComponent.STAFF_COUNT, StandardComponent.PERFORMANCE_EVALUATION);
  }

  @Test
  void checkCompleteness_whenSample_countsPerComponent() {
    CompletenessReport report = Catalogue.sample().checkCompleteness();
    assertThat(report.services()).hasSize(Catalogue.sample().listServices().size());
    assertThat(report.deliveryCompleteCount()).isEqualTo(report.services().size() - 3);
    assertThat(report.countLacking(StandardComponent.REQUIREMENTS)).isZero();
    assertThat(report.countLacking(StandardComponent.FACILITIES)).isEqualTo(2);
    assertThat(report.catalogueRevision()).isEqualTo("2026.1");
  }

  @Test
  void getService_whenNotChecked_throwsNotFound() {
    CompletenessReport report = CompletenessReport.of(null, List.of(COMPLETE));
    assertThatThrownBy(() -> report.getService(ServiceCode.of("POLRI-Z")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void toText_whenIndonesian_readableWithFindingsAndSummary() {
    String text = Catalogue.sample().checkCompleteness().toText(MppValidator.INDONESIAN);
    assertThat(text)
        .startsWith("Laporan Kelengkapan Standar Pelayanan (katalog revisi 2026.1)\n")
        .contains("Layanan diperiksa: 47\n")
        .contains("(wajib dipublikasikan) lengkap: 44 dari 47 layanan (93,6%)")
        .contains("DPMPTSP-PBG  Persetujuan Bangunan Gedung (PBG)  [dpmptsp]\n"
            + "  - Biaya/tarif: tarif PNBP/retribusi tanpa dasar hukum\n")
        .contains("  - Jangka waktu pelayanan: belum dipublikasikan\n")
        .contains("* Jangka waktu pelayanan")
        .contains("Komponen pengelolaan pelayanan yang belum lengkap (sekunder)");
  }

  @Test
  void toText_whenEnglish_readableWithFindingsAndSummary() {
    String text = Catalogue.sample().checkCompleteness().toText(MppValidator.ENGLISH);
    assertThat(text)
        .startsWith("Standar Pelayanan Completeness Report (catalogue revision 2026.1)\n")
        .contains("must be published) complete: 44 of 47 services (93.6%)")
        .contains("  - Fee: PNBP/retribusi charge without its legal basis\n")
        .contains("  - Processing time: not published\n")
        .contains("Management components missing or flawed (secondary)");
  }

  @Test
  void toText_whenEverythingComplete_saysNone() {
    String text = CompletenessReport.of(null, List.of(COMPLETE)).toText(MppValidator.ENGLISH);
    assertThat(text).contains("Service-delivery components missing or flawed\n"
        + "---------------------------------------------\n(none)\n");
  }
}
