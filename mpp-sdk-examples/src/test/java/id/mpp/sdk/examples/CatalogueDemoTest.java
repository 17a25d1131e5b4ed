package id.mpp.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.validation.MppValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CatalogueDemoTest {

  private static String run(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    CatalogueDemo.run(out, locale);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_whenIndonesian_searchesFindTheExpectedServicesFirst() {
    String text = run(MppValidator.INDONESIAN);
    assertThat(text)
        .contains("Cari: \"bikin ktp\"\n   1. Penerbitan KTP-el baru (perekaman pertama)  [Disdukcapil]"
            + "  1 hari kerja, gratis\n")
        .contains("Cari: \"perpanjang SIM\"\n   1. Perpanjangan SIM A dan SIM C  [Polres]"
            + "  60 menit, Rp75.000 / Rp80.000\n")
        .contains("Cari: \"cek sertifikat tanah\"\n   1. Pengecekan sertipikat hak atas tanah")
        .contains("Cari: \"KTP-el hilang\"\n   1. Penggantian KTP-el hilang, rusak, atau perubahan data");
  }

  @Test
  void run_whenIndonesian_showsTheSkckStandard() {
    assertThat(run(MppValidator.INDONESIAN))
        .contains("Standar Pelayanan: Penerbitan SKCK baru (Polres)")
        .contains("  - Pas foto berwarna 4x6 latar merah, wajah terlihat penuh (6x, wajib)")
        .contains("Biaya: Rp30.000 (dasar: PP No. 76 Tahun 2020)")
        .contains("Produk: Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan")
        .contains("Pengaduan: https://www.lapor.go.id; 110 (Call Center Polri)");
  }

  @Test
  void run_whenIndonesian_printsTheCompletenessReport() {
    assertThat(run(MppValidator.INDONESIAN))
        .contains("Laporan Kelengkapan Standar Pelayanan (katalog revisi 2026.1)")
        .contains("DPMPTSP-PBG  Persetujuan Bangunan Gedung (PBG)  [dpmptsp]\n"
            + "  - Biaya/tarif: tarif PNBP/retribusi tanpa dasar hukum");
  }

  @Test
  void run_whenEnglish_everyHeadingIsEnglish() {
    assertThat(run(MppValidator.ENGLISH))
        .startsWith("MPP SDK: service catalogue demo\nSample catalogue revision 2026.1: 47 services")
        .contains("Search: \"surat kelakuan baik\"\n   1. ")
        .contains("Service standard: Penerbitan SKCK baru (Polres)")
        .contains("Product: Surat Keterangan Catatan Kepolisian (SKCK), valid for 6 months")
        .contains("Standar Pelayanan Completeness Report");
  }
}
