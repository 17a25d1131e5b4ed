package id.mpp.sdk.catalogue;

import static id.mpp.sdk.catalogue.CatalogueFixtures.POLRI;
import static id.mpp.sdk.catalogue.CatalogueFixtures.complete;
import static id.mpp.sdk.catalogue.CatalogueFixtures.polri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over the sample catalogue in a citizen's own words. */
class CatalogueSearchTest {

  private static final Catalogue SAMPLE = Catalogue.sample();

  private static List<String> codes(String query, int limit) {
    return SAMPLE.search(query, SearchOptions.defaults().withLimit(limit)).stream()
        .map(h -> h.service().code().value()).toList();
  }

  private static String first(String query) {
    List<String> codes = codes(query, 1);
    assertThat(codes).as("results for '%s'", query).isNotEmpty();
    return codes.get(0);
  }

  @ParameterizedTest(name = "''{0}'' finds {1} first")
  @CsvSource(delimiter = '|', value = {
      "bikin ktp                      | DUKCAPIL-KTP-EL-BARU",
      "perpanjang sim                 | POLRI-SIM-PERPANJANG",
      "akta lahir anak                | DUKCAPIL-AKTA-LAHIR",
      "cek sertifikat tanah           | ATRBPN-CEK-SERTIPIKAT",
      "paspor baru                    | IMIGRASI-PASPOR-BARU",
      "perpanjangan paspor            | IMIGRASI-PASPOR-GANTI",
      "nikah                          | KEMENAG-PENDAFTARAN-NIKAH",
      "daftar nikah di KUA            | KEMENAG-PENDAFTARAN-NIKAH",
      "izin usaha                     | DPMPTSP-NIB",
      "KTP-el hilang                  | DUKCAPIL-KTP-EL-GANTI",
      "e-KTP saya rusak               | DUKCAPIL-KTP-EL-GANTI",
      "klaim JHT                      | BPJSTK-KLAIM-JHT",
      "cara daftar NPWP               | DJP-NPWP",
      "bayar pajak motor              | SAMSAT-PKB-TAHUNAN",
      "mau buat kartu keluarga        | DUKCAPIL-KK-BARU",
      "pendaftaran haji               | KEMENAG-HAJI",
      "IMB rumah                      | DPMPTSP-PBG",
      "gugat cerai                    | PA-PERCERAIAN",
      "nikah siri                     | PA-ISBAT-NIKAH",
      "surat pindah domisili          | DUKCAPIL-PINDAH",
      "akta kematian                  | DUKCAPIL-AKTA-MATI",
      "balik nama sertipikat          | ATRBPN-BALIK-NAMA",
      "ambil SIM yang kena tilang     | KEJAKSAAN-TILANG",
      "pinjaman modal usaha KUR       | BANKLAMPUNG-KUR",
      "buka rekening tabungan         | BANKLAMPUNG-TABUNGAN",
      "pasang air PDAM                | PDAM-SAMBUNG-BARU",
      "legalisir buku nikah           | KEMENAG-DUPLIKAT-BUKU-NIKAH",
      "kartu identitas anak           | DUKCAPIL-KIA"})
  void search_whenEverydayQuery_expectedServiceFirst(String query, String expected) {
    assertThat(first(query)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"skck", "SKCK", "surat kelakuan baik", "surat keterangan catatan kepolisian",
      "surat berkelakuan baik"})
  void search_whenSkckInAnyWords_bothSkckServicesComeFirst(String query) {
    assertThat(codes(query, 2))
        .containsExactlyInAnyOrder("POLRI-SKCK-BARU", "POLRI-SKCK-PERPANJANG");
  }

  @Test
  void search_whenDaftarBpjs_bothBpjsRegistrationsComeFirst() {
    assertThat(codes("daftar bpjs", 2))
        .containsExactlyInAnyOrder("BPJSKES-DAFTAR-PBPU", "BPJSTK-DAFTAR-BPU");
  }

  @Test
  void search_whenNikah_firstResultsAreAllMarriageServices() {
    assertThat(codes("nikah", 4)).allSatisfy(code -> assertThat(code).isIn(
        "KEMENAG-PENDAFTARAN-NIKAH", "PA-ISBAT-NIKAH", "PA-DISPENSASI-KAWIN",
        "DUKCAPIL-AKTA-KAWIN", "KEMENAG-DUPLIKAT-BUKU-NIKAH"));
  }

  @Test
  void search_whenKtpWrittenInEveryCommonWay_sameResults() {
    List<String> expected = codes("ktp", 10);
    assertThat(expected).startsWith("DUKCAPIL-KTP-EL-BARU", "DUKCAPIL-KTP-EL-GANTI");
    for (String variant : List.of("KTP", "e-KTP", "E-KTP", "eKTP", "KTP-el", "ktp el",
        "KTP elektronik", "Kartu Tanda Penduduk", "kartu tanda penduduk elektronik")) {
      assertThat(codes(variant, 10)).as(variant).isEqualTo(expected);
    }
  }

  @Test
  void search_whenCaseAccentsAndPunctuationDiffer_sameResults() {
    assertThat(codes("AKTÉ  KELAHIRAN!!!", 5)).isEqualTo(codes("akta kelahiran", 5));
  }

  @Test
  void search_whenFullWidthLetters_foldedToAscii() {
    assertThat(codes("ＳＫＣＫ", 2)).isEqualTo(codes("skck", 2));
  }

  @Test
  void search_whenWordAffixedDifferently_sameResults() {
    List<String> expected = codes("perpanjangan sim", 5);
    assertThat(codes("perpanjang sim", 5)).isEqualTo(expected);
    assertThat(codes("memperpanjang SIM", 5)).isEqualTo(expected);
  }

  @Test
  void search_whenSpellingVariants_sameResults() {
    assertThat(codes("cek sertipikat", 3)).isEqualTo(codes("cek sertifikat", 3));
    assertThat(codes("ijin usaha", 3)).isEqualTo(codes("izin usaha", 3));
    assertThat(codes("pasport", 3)).isEqualTo(codes("paspor", 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "?!.,", "cara syarat biaya", "xyzzy qwerty"})
  void search_whenNoTopicOrNoMatch_returnsNothing(String query) {
    assertThat(SAMPLE.search(query)).isEmpty();
  }

  @Test
  void search_whenAgencyFilter_onlyThatAgencysServices() {
    List<SearchHit> hits = SAMPLE.search("akta",
        SearchOptions.defaults().withAgencies(AgencyId.of("dukcapil")));
    assertThat(hits).isNotEmpty()
        .allSatisfy(h -> assertThat(h.agency().id()).isEqualTo(AgencyId.of("dukcapil")));
  }

  @Test
  void search_whenAgencyFilterExcludesTheBestMatch_returnsOthers() {
    List<SearchHit> hits = SAMPLE.search("nikah",
        SearchOptions.defaults().withAgencies(AgencyId.of("pengadilan-agama")));
    assertThat(hits).allSatisfy(
        h -> assertThat(h.agency().id()).isEqualTo(AgencyId.of("pengadilan-agama")));
    assertThat(hits.subList(0, 2)).extracting(h -> h.service().code().value())
        .containsExactlyInAnyOrder("PA-ISBAT-NIKAH", "PA-DISPENSASI-KAWIN");
  }

  @Test
  void search_whenLimit_returnsAtMostThatMany() {
    assertThat(SAMPLE.search("pendaftaran", SearchOptions.defaults().withLimit(3))).hasSize(3);
  }

  @Test
  void search_whenDefaultOptions_atMostTenResults() {
    assertThat(SAMPLE.search("penerbitan pendaftaran pembayaran")).hasSize(10);
  }

  @Test
  void searchOptions_whenLimitOutOfRange_refusedNamingTheField() {
    assertThatThrownBy(() -> SearchOptions.defaults().withLimit(0))
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("limit"));
    assertThatThrownBy(() -> SearchOptions.defaults().withLimit(101))
        .isInstanceOf(MppValidationException.class);
  }

  @Test
  void search_whenHit_carriesAgencyScoreAndMatchedTerms() {
    SearchHit hit = SAMPLE.search("bikin e-KTP").get(0);
    assertThat(hit.agency().shortName()).isEqualTo("Disdukcapil");
    assertThat(hit.matchedTerms()).containsExactly("baru", "ktp");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void search_whenResults_scoresNeverIncrease() {
    List<SearchHit> hits = SAMPLE.search("pendaftaran peserta bpjs kesehatan",
        SearchOptions.defaults().withLimit(20));
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
    }
  }

  @Test
  void search_whenScoresTie_orderedByServiceCode() {
    Catalogue twins = Catalogue.builder().addAgency(polri())
        .addService(complete("POLRI-B", POLRI, "Layanan kembar"))
        .addService(complete("POLRI-C", POLRI, "Layanan kembar"))
        .addService(complete("POLRI-A", POLRI, "Layanan kembar"))
        .build();
    List<SearchHit> hits = twins.search("kembar");
    assertThat(hits).extracting(h -> h.service().code().value())
        .containsExactly("POLRI-A", "POLRI-B", "POLRI-C");
    assertThat(hits.get(0).score()).isEqualTo(hits.get(2).score());
  }

  @Test
  void search_whenNameMatchesVersusOnlySummaryMatches_nameMatchRanksFirst() {
    ServiceDefinition inName = complete("POLRI-NAME", POLRI, "Legalisir dokumen");
    ServiceDefinition base = complete("POLRI-SUMMARY", POLRI, "Layanan dokumen");
    ServiceDefinition inSummary = new ServiceDefinition(base.code(), base.agencyId(), base.name(),
        "Termasuk legalisir dokumen.", base.targetGroup(), base.channel(),
        base.onlineMaturityLevel(), base.keywords(), base.version(), base.delivery(),
        base.management());
    Catalogue catalogue = Catalogue.builder().addAgency(polri())
        .addService(inSummary).addService(inName).build();
    assertThat(catalogue.search("legalisir")).extracting(h -> h.service().code().value())
        .containsExactly("POLRI-NAME", "POLRI-SUMMARY");
  }
}
