package id.mpp.sdk.catalogue;

import id.mpp.sdk.time.ProcessingTime;
import java.util.List;

/** Small, complete catalogue records for tests. */
final class CatalogueFixtures {

  static final AgencyId POLRI = AgencyId.of("polri");
  static final AgencyId DUKCAPIL = AgencyId.of("dukcapil");

  private CatalogueFixtures() {
  }

  static Agency polri() {
    return new Agency(POLRI, "Kepolisian Resor", "Polres", AgencyType.VERTICAL_AGENCY);
  }

  static Agency dukcapil() {
    return new Agency(DUKCAPIL, "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil",
        AgencyType.REGIONAL_GOVERNMENT);
  }

  /** A service with all fourteen components. */
  static ServiceDefinition complete(String code, AgencyId agency, String name) {
    return new ServiceDefinition(ServiceCode.of(code), agency, name, "Ringkasan layanan.",
        TargetGroup.CITIZEN, DeliveryChannel.WALK_IN_AND_ONLINE, 3, List.of("kata kunci"), "1.0.0",
        delivery(), management());
  }

  static DeliveryStandard delivery() {
    return new DeliveryStandard(
        List.of(new Requirement("KTP-EL", "KTP-el", DocumentType.IDENTITY_CARD, true,
            DocumentForm.COPY, 1, null)),
        List.of(ProcedureStep.of(1, "Pemohon menyerahkan berkas"),
            ProcedureStep.of(2, "Dokumen diterbitkan")),
        ProcessingTime.workingDays(1),
        Fee.charged(FeeType.PNBP, List.of(FeeItem.of("Penerbitan", 30_000)),
            LegalReference.of("PP No. 76 Tahun 2020")),
        new ServiceProduct("Surat keterangan", ProductForm.PHYSICAL_DOCUMENT, Validity.months(6)),
        List.of(ComplaintChannel.lapor()));
  }

  static ManagementStandard management() {
    return new ManagementStandard(List.of(LegalReference.of("UU No. 25 Tahun 2009")),
        List.of("Ruang tunggu"), List.of("Loket prioritas"), List.of("Pelayanan prima"),
        "Atasan langsung", 3, "Maklumat pelayanan", "Ruang diawasi CCTV", "SKM tiap semester");
  }

  /** A copy of a service with another delivery standard. */
  static ServiceDefinition withDelivery(ServiceDefinition s, DeliveryStandard delivery) {
    return new ServiceDefinition(s.code(), s.agencyId(), s.name(), s.summary(), s.targetGroup(),
        s.channel(), s.onlineMaturityLevel(), s.keywords(), s.version(), delivery, s.management());
  }

  /** A copy of a service with another management standard. */
  static ServiceDefinition withManagement(ServiceDefinition s, ManagementStandard management) {
    return new ServiceDefinition(s.code(), s.agencyId(), s.name(), s.summary(), s.targetGroup(),
        s.channel(), s.onlineMaturityLevel(), s.keywords(), s.version(), s.delivery(), management);
  }
}
