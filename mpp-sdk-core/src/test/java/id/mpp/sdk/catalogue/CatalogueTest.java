package id.mpp.sdk.catalogue;

import static id.mpp.sdk.catalogue.CatalogueFixtures.DUKCAPIL;
import static id.mpp.sdk.catalogue.CatalogueFixtures.POLRI;
import static id.mpp.sdk.catalogue.CatalogueFixtures.complete;
import static id.mpp.sdk.catalogue.CatalogueFixtures.dukcapil;
import static id.mpp.sdk.catalogue.CatalogueFixtures.polri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.validation.MppValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private static Catalogue twoAgencies() {
    return Catalogue.builder().revision("t1").addAgency(polri()).addAgency(dukcapil())
        .addService(complete("POLRI-SKCK-BARU", POLRI, "Penerbitan SKCK baru"))
        .addService(complete("DUKCAPIL-KTP-EL-BARU", DUKCAPIL, "Penerbitan KTP-el baru"))
        .addService(complete("POLRI-SKCK-PERPANJANG", POLRI, "Perpanjangan SKCK"))
        .build();
  }

  private static Catalogue load(String json) {
    return Catalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void getService_whenKnown_returnsIt() {
    assertThat(twoAgencies().getService(ServiceCode.of("DUKCAPIL-KTP-EL-BARU")).name())
        .isEqualTo("Penerbitan KTP-el baru");
  }

  @Test
  void getService_whenUnknown_throwsNotFoundNamingTheCode() {
    assertThatThrownBy(() -> twoAgencies().getService(ServiceCode.of("NOPE")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.kind()).isEqualTo("service");
          assertThat(e.id()).isEqualTo("NOPE");
        });
  }

  @Test
  void findService_whenUnknown_isEmpty() {
    assertThat(twoAgencies().findService(ServiceCode.of("NOPE"))).isEmpty();
  }

  @Test
  void getAgency_whenUnknown_throwsNotFound() {
    assertThatThrownBy(() -> twoAgencies().getAgency(AgencyId.of("imigrasi")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("imigrasi");
  }

  @Test
  void listServices_whenAgency_returnsOnlyItsServicesInCatalogueOrder() {
    assertThat(twoAgencies().listServices(POLRI)).extracting(s -> s.code().value())
        .containsExactly("POLRI-SKCK-BARU", "POLRI-SKCK-PERPANJANG");
  }

  @Test
  void listServices_whenAgencyNotInCatalogue_isEmpty() {
    assertThat(twoAgencies().listServices(AgencyId.of("imigrasi"))).isEmpty();
  }

  @Test
  void listAgencies_whenBuilt_inCatalogueOrder() {
    assertThat(twoAgencies().listAgencies()).extracting(Agency::id).containsExactly(POLRI, DUKCAPIL);
  }

  @Test
  void listServices_whenCalled_isImmutable() {
    List<ServiceDefinition> services = twoAgencies().listServices();
    assertThatThrownBy(services::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_whenDuplicateServiceCode_refusedNamingTheSecondOccurrence() {
    Catalogue.Builder builder = Catalogue.builder().addAgency(polri())
        .addService(complete("POLRI-SKCK-BARU", POLRI, "Penerbitan SKCK baru"))
        .addService(complete("POLRI-SKCK-BARU", POLRI, "Penerbitan SKCK baru (salinan)"));
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(MppValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("services[1].code", "catalogue.service.duplicate")));
  }

  @Test
  void build_whenServiceOfUnknownAgency_refusedNamingIt() {
    Catalogue.Builder builder = Catalogue.builder().addAgency(polri())
        .addService(complete("IMIGRASI-PASPOR-BARU", AgencyId.of("imigrasi"), "Paspor baru"));
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(MppValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("services[0].agencyId", "catalogue.service.unknownAgency")));
  }

  @Test
  void build_whenDuplicateAgency_refused() {
    Catalogue.Builder builder = Catalogue.builder().addAgency(polri()).addAgency(polri());
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(MppValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("agencies[1].id", "catalogue.agency.duplicate")));
  }

  @Test
  void build_whenSeveralProblems_reportsEveryOneAtOnceInIndonesian() {
    ServiceDefinition bad = new ServiceDefinition(ServiceCode.of("POLRI-X"), POLRI, " ", null,
        TargetGroup.CITIZEN, DeliveryChannel.WALK_IN, 5, List.of(), "v1", null, null);
    Catalogue.Builder builder = Catalogue.builder().locale(MppValidator.INDONESIAN)
        .addAgency(polri())
        .addService(bad)
        .addService(complete("POLRI-X", AgencyId.of("kejaksaan"), "Layanan"));
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(MppValidationException.class, e -> {
      assertThat(e.violations()).extracting(Violation::field, Violation::rule)
          .containsExactlyInAnyOrder(
              tuple("services[0].name", "NotBlank"),
              tuple("services[0].onlineMaturityLevel", "Max"),
              tuple("services[0].version", "catalogue.service.version"),
              tuple("services[1].code", "catalogue.service.duplicate"),
              tuple("services[1].agencyId", "catalogue.service.unknownAgency"));
      assertThat(e.violations()).extracting(Violation::message)
          .contains("wajib diisi", "kode layanan muncul lebih dari sekali dalam katalog");
    });
  }

  @Test
  void build_whenFreeFeeListsAnAmount_refused() {
    DeliveryStandard d = CatalogueFixtures.delivery();
    ServiceDefinition s = CatalogueFixtures.withDelivery(complete("POLRI-A", POLRI, "A"),
        new DeliveryStandard(d.requirements(), d.procedure(), d.processingTime(),
            new Fee(FeeType.FREE, List.of(FeeItem.of("Biaya", 10_000)), null, null), d.product(),
            d.complaintChannels()));
    assertThatThrownBy(() -> Catalogue.builder().addAgency(polri()).addService(s).build())
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("services[0].delivery.fee.amountsConsistent",
                    "catalogue.fee.amounts")));
  }

  @Test
  void build_whenChargedFeeHasNeitherAmountNorNote_refused() {
    DeliveryStandard d = CatalogueFixtures.delivery();
    ServiceDefinition s = CatalogueFixtures.withDelivery(complete("POLRI-A", POLRI, "A"),
        new DeliveryStandard(d.requirements(), d.procedure(), d.processingTime(),
            Fee.charged(FeeType.PNBP, List.of(), LegalReference.of("PP No. 76 Tahun 2020")),
            d.product(), d.complaintChannels()));
    assertThatThrownBy(() -> Catalogue.builder().addAgency(polri()).addService(s).build())
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("catalogue.fee.amounts"));
  }

  @Test
  void build_whenProcedureStepsOutOfOrderAndRequirementCodeRepeated_reportsBoth() {
    DeliveryStandard d = CatalogueFixtures.delivery();
    Requirement ktp = d.requirements().get(0);
    ServiceDefinition s = CatalogueFixtures.withDelivery(complete("POLRI-A", POLRI, "A"),
        new DeliveryStandard(List.of(ktp, ktp),
            List.of(ProcedureStep.of(1, "Satu"), ProcedureStep.of(3, "Tiga")),
            d.processingTime(), d.fee(), d.product(), d.complaintChannels()));
    assertThatThrownBy(() -> Catalogue.builder().addAgency(polri()).addService(s).build())
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(
                    tuple("services[0].delivery.procedureInOrder", "catalogue.procedure.order"),
                    tuple("services[0].delivery.requirementCodesUnique",
                        "catalogue.requirement.duplicate")));
  }

  @Test
  void build_whenLifetimeValidityHasAmount_refused() {
    DeliveryStandard d = CatalogueFixtures.delivery();
    ServiceDefinition s = CatalogueFixtures.withDelivery(complete("POLRI-A", POLRI, "A"),
        new DeliveryStandard(d.requirements(), d.procedure(), d.processingTime(), d.fee(),
            new ServiceProduct("KTP-el", ProductForm.PHYSICAL_DOCUMENT,
                new Validity(5, Validity.Unit.LIFETIME)),
            d.complaintChannels()));
    assertThatThrownBy(() -> Catalogue.builder().addAgency(polri()).addService(s).build())
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("services[0].delivery.product.validity.amountConsistent"));
  }

  @Test
  void load_whenDocumentBreaksConstraints_namesEveryPath() {
    String json = """
        {"apiVersion": "mpp.sdk/v1", "kind": "CatalogueDocument",
         "agencies": [{"id": "polri", "name": "Kepolisian Resor", "shortName": ""}],
         "services": [{"code": "POLRI-SKCK-BARU", "agencyId": "polri", "name": "SKCK",
           "onlineMaturityLevel": 0, "version": "1.0.0",
           "delivery": {"requirements": [{"code": "ktp el", "name": "", "mandatory": true,
                                          "count": 0}],
                        "complaintChannels": [{"type": "LAPOR"}]}}]}
        """;
    assertThatThrownBy(() -> load(json)).isInstanceOfSatisfying(MppValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(
            "agencies[0].shortName",
            "services[0].delivery.complaintChannels[0].contact",
            "services[0].delivery.requirements[0].code",
            "services[0].delivery.requirements[0].count",
            "services[0].delivery.requirements[0].name",
            "services[0].onlineMaturityLevel"));
  }

  @Test
  void load_whenServiceCodeMalformed_namesItsPath() {
    String json = """
        {"agencies": [], "services": [{"code": "skck baru"}]}
        """;
    assertThatThrownBy(() -> load(json)).isInstanceOfSatisfying(MppValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("services[0].code", "serviceCode.format")));
  }

  @Test
  void load_whenNotJson_throwsMalformedJson() {
    assertThatThrownBy(() -> load("this is not JSON"))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.SYNTAX));
  }

  @Test
  void load_whenAnotherKind_refused() {
    assertThatThrownBy(() -> load("{\"kind\": \"CompletenessReport\", \"services\": []}"))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.reason()).isEqualTo(MalformedJsonException.Reason.WRONG_VERSION));
  }

  @Test
  void load_whenUnknownEnumValues_mapsToUnknownAndStillLoads() {
    String json = """
        {"agencies": [{"id": "polri", "name": "Polres", "shortName": "Polres", "type": "KOPERASI"}],
         "services": []}
        """;
    assertThat(load(json).getAgency(POLRI).type()).isEqualTo(AgencyType.UNKNOWN);
  }

  @Test
  void toDocument_whenWrittenAndLoaded_givesTheSameCatalogue() {
    Catalogue original = twoAgencies();
    Catalogue reloaded = load(MppJson.defaults().write(original.toDocument()));
    assertThat(reloaded.toDocument()).isEqualTo(original.toDocument());
  }
}
