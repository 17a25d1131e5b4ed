package id.mpp.sdk.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianStemmerTest {

  private final IndonesianStemmer stemmer = new IndonesianStemmer(
      Set.of("panjang", "ambil", "serah", "periksa", "terbit", "daftar", "cek", "sah", "tabung",
          "nikah", "pindah"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "memperpanjang, panjang",
      "perpanjangannya, panjang",
      "pengambilan, ambil",
      "penyerahan, serah",
      "pemeriksaan, periksa",
      "menerbitkan, terbit",
      "terdaftar, daftar",
      "pengecekan, cek",
      "pengesahan, sah",
      "tabungan, tabung",
      "menikah, nikah",
      "pemindahan, pindah"})
  void stem_whenRootKnown_returnsRoot(String word, String root) {
    assertThat(stemmer.stem(word)).isEqualTo(root);
  }

  @Test
  void stem_whenNoKnownRoot_returnsWordUnchanged() {
    assertThat(stemmer.stem("pasangan")).isEqualTo("pasangan");
  }

  @Test
  void stem_whenShortWord_unchanged() {
    assertThat(stemmer.stem("kia")).isEqualTo("kia");
  }

  @Test
  void stem_whenWordIsARoot_unchanged() {
    assertThat(stemmer.stem("panjang")).isEqualTo("panjang");
  }
}
