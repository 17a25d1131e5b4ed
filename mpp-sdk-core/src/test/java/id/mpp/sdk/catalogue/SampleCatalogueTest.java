package id.mpp.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.time.ProcessingTime;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleCatalogueTest {

  private final Catalogue sample = Catalogue.sample();

  @Test
  void sample_whenLoaded_hasAtLeastFortyServicesFromAtLeastTenAgencies() {
    assertThat(sample.listServices()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(sample.listServices().stream().map(ServiceDefinition::agencyId).distinct())
        .hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void sample_whenLoaded_hasTheAgencyIdsAdaptersUseEachWithServices() {
    Set<String> ids = Set.of("dukcapil", "bpjs-kesehatan", "bpjs-ketenagakerjaan", "polri",
        "kejaksaan", "pengadilan-agama", "kemenag", "atr-bpn", "imigrasi", "bank-lampung",
        "dpmptsp");
    for (String id : ids) {
      assertThat(sample.listServices(AgencyId.of(id))).as(id).isNotEmpty();
    }
  }

  @Test
  void sample_whenSkck_hasThePnbpFeeLegalBasisAndSixMonthValidity() {
    ServiceDefinition skck = sample.getService(ServiceCode.of("POLRI-SKCK-BARU"));
    Fee fee = skck.delivery().fee();
    assertThat(fee.type()).isEqualTo(FeeType.PNBP);
    assertThat(fee.items()).extracting(FeeItem::amount).containsExactly(Rupiah.of(30_000));
    assertThat(fee.legalBasis().citation()).isEqualTo("PP No. 76 Tahun 2020");
    assertThat(skck.delivery().product().validity()).isEqualTo(Validity.months(6));
    assertThat(skck.delivery().requirements()).extracting(Requirement::documentType)
        .contains(DocumentType.IDENTITY_CARD, DocumentType.FAMILY_CARD,
            DocumentType.FINGERPRINT_CARD, DocumentType.PHOTO);
  }

  @Test
  void sample_whenKtpEl_isFreeWithLegalBasisAndLifetimeValidity() {
    ServiceDefinition ktp = sample.getService(ServiceCode.of("DUKCAPIL-KTP-EL-BARU"));
    assertThat(ktp.delivery().fee().free()).isTrue();
    assertThat(ktp.delivery().fee().legalBasis().citation()).startsWith("UU No. 24 Tahun 2013");
    assertThat(ktp.delivery().product().validity()).isEqualTo(Validity.lifetime());
    assertThat(ktp.delivery().processingTime()).isEqualTo(ProcessingTime.workingDays(1));
  }

  @Test
  void sample_whenLoadedAgainFromTheResource_givesAnEqualDocument() throws IOException {
    try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.SAMPLE_RESOURCE)) {
      assertThat(Catalogue.load(in).toDocument()).isEqualTo(sample.toDocument());
    }
  }
}
