package id.mpp.sdk.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianAnalyzerTest {

  private final IndonesianAnalyzer analyzer = IndonesianAnalyzer.defaults();

  @Test
  void fold_whenAccentsCasePunctuation_plainLowerCaseWords() {
    assertThat(IndonesianAnalyzer.fold("  Akté KELAHIRAN / KTP-el!! ")).isEqualTo("akte kelahiran ktp el");
  }

  @Test
  void fold_whenFullWidthAndLigatures_ascii() {
    assertThat(IndonesianAnalyzer.fold("ＫＴＰ ﬁle")).isEqualTo("ktp file");
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
      "e-KTP                              | ktp",
      "KTP-el                             | ktp",
      "kartu tanda penduduk elektronik    | ktp",
      "Kartu Keluarga                     | kk",
      "surat kelakuan baik                | skck",
      "Surat Keterangan Catatan Kepolisian| skck",
      "surat izin mengemudi               | sim",
      "BPJS TK                            | bpjs ketenagakerjaan",
      "BPJS Kesehatan                     | bpjs jkn",
      "jaminan hari tua                   | jht",
      "izin mendirikan bangunan           | pbg",
      "sertipikat                         | sertifikat",
      "akte                               | akta",
      "passport                           | paspor"})
  void terms_whenAbbreviationOrSynonym_canonicalTerms(String text, String expected) {
    assertThat(String.join(" ", analyzer.terms(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
      "perpanjangan   | panjang",
      "memperpanjang  | panjang",
      "diperpanjang   | panjang",
      "pendaftaran    | daftar",
      "pengecekan     | cek",
      "pemeriksaan    | cek",
      "kelahiran      | lahir",
      "penggantian    | ganti",
      "perkawinan     | nikah",
      "pernikahan     | nikah",
      "penerbitan     | baru",
      "pembuatan      | baru",
      "berusaha       | usaha",
      "penyerahan     | serah",
      "pengambilan    | ambil"})
  void terms_whenAffixedWord_root(String word, String root) {
    assertThat(analyzer.terms(word)).containsExactly(root);
  }

  @Test
  void terms_whenWordsWithoutTopic_dropped() {
    assertThat(analyzer.terms("bagaimana cara mengurus syarat dan biaya untuk saya")).isEmpty();
  }

  @Test
  void terms_whenUnknownWord_keptAsIs() {
    assertThat(analyzer.terms("dispensasi isbat")).containsExactly("dispensasi", "isbat");
  }

  @Test
  void terms_whenCoupleNotInstall_pasanganStaysApartFromPemasangan() {
    assertThat(analyzer.terms("pasangan")).doesNotContainAnyElementsOf(analyzer.terms("pasang"));
  }

  @Test
  void terms_whenExpiredColloquialMati_notDeath() {
    assertThat(analyzer.terms("paspor mati")).doesNotContain("meninggal");
    assertThat(analyzer.terms("akta kematian")).containsExactly("akta", "meninggal");
  }
}
