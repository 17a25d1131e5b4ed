package id.mpp.sdk.internal.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a citizen's words, or a catalogue text, into search terms:
 *
 * <ol>
 *   <li>folds case, accents, full-width forms and punctuation ("e-KTP", "KTP-el", "Akté" become
 *       "e ktp", "ktp el", "akte");</li>
 *   <li>replaces known phrases, abbreviations and spelling variants by one canonical term
 *       ("kartu tanda penduduk", "e ktp" and "ktp el" become {@code ktp}; "surat kelakuan baik"
 *       becomes {@code skck}; "sertipikat" becomes {@code sertifikat});</li>
 *   <li>drops words that carry no topic ("cara", "syarat", "mau", "di" …);</li>
 *   <li>reduces the remaining words to their root with {@link IndonesianStemmer} and maps roots
 *       with the same meaning to one term ("kawin" to {@code nikah}, "buat" and "terbit" to
 *       {@code baru}).</li>
 * </ol>
 *
 * <p>The same analysis is applied to the catalogue and to queries, so both meet on the same
 * terms. Immutable and thread-safe.
 */
public final class IndonesianAnalyzer {

  /** Phrases (folded words joined by one space) and their canonical terms; these are final. */
  private static final Map<String, List<String>> PHRASES = phrases();

  /** The longest phrase, in words. */
  private static final int MAX_PHRASE = PHRASES.keySet().stream()
      .mapToInt(p -> p.split(" ").length).max().orElse(1);

  /** Words without a topic, checked before and after stemming. */
  private static final Set<String> STOPWORDS = Set.of(
      "yang", "yg", "di", "ke", "dari", "untuk", "utk", "dan", "atau", "dengan", "dgn", "serta",
      "saya", "aku", "sy", "kami", "kita", "mau", "ingin", "pengen", "pingin", "cara", "caranya",
      "bagaimana", "gimana", "gmn", "bgmn", "apa", "apakah", "berapa", "brp", "syarat",
      "syaratnya", "biaya", "biayanya", "tarif", "tolong", "mohon", "bisa", "dimana", "mana",
      "kapan", "tentang", "ini", "itu", "juga", "sudah", "udah", "belum", "blm", "lagi", "pada",
      "oleh", "dalam", "atas", "bagi", "secara", "nya", "si", "pak", "bu", "kak", "min", "dong",
      "urus", "layan", "aju", "info", "informasi", "proses", "prosedur", "tata", "the", "of",
      "for", "a", "an", "how", "to", "my", "i");

  /** Roots with one meaning, after stemming. */
  private static final Map<String, String> SAME_MEANING = Map.ofEntries(
      Map.entry("kawin", "nikah"),
      Map.entry("buat", "baru"),
      Map.entry("bikin", "baru"),
      Map.entry("terbit", "baru"),
      Map.entry("periksa", "cek"),
      Map.entry("talak", "cerai"),
      Map.entry("registrasi", "daftar"),
      Map.entry("pinjam", "kredit"),
      Map.entry("lahan", "tanah"),
      Map.entry("legalisasi", "legalisir"),
      Map.entry("polres", "polisi"),
      Map.entry("polri", "polisi"),
      Map.entry("polsek", "polisi"));

  /** Roots the stemmer may reduce to: the vocabulary of public services. */
  static final Set<String> ROOTS = Set.of(
      "adil", "adu", "agama", "ahli", "ajar", "aju", "akad", "aktif", "alih", "ambil", "anak",
      "angkut", "antar", "asuh", "awas", "bangun", "bank", "bantu", "baru", "bayar", "balik",
      "beli", "beri", "bina", "buat", "buka", "bukti", "cabut", "cair", "catat", "cek", "cerai",
      "cetak", "cipta", "daftar", "dakwa", "damai", "data", "datang", "dengar", "didik", "duduk",
      "edar", "gabung", "ganti", "gugat", "guna", "hapus", "hasil", "henti", "hibah", "hilang",
      "hitung", "hubung", "huni", "ikat", "imigrasi", "isi", "iur", "izin", "jaksa", "jalan",
      "jamin", "jual", "kawin", "kelola", "kembali", "kemudi", "kenal", "kendara", "kerja",
      "kirim", "klaim", "kuasa", "lahir", "langgar", "lapor", "layan", "legalisir", "lindung",
      "luar", "lunas", "mati", "milik", "minta", "modal", "mohon", "motor", "mudah", "mukim",
      "nikah", "nilai", "obat", "pakai", "panjang", "pecah", "periksa", "peserta",
      "pindah", "pinjam", "pisah", "polisi", "putus", "rawat", "rekam", "rujuk", "rusak", "sah",
      "sakit", "salin", "sambung", "sedia", "sehat", "serah", "setor", "setuju", "sidang",
      "simpan", "sita", "tabung", "tagih", "tanah", "tanda", "tanggung", "tarik", "tempat",
      "terang", "terbit", "terima", "tetap", "tinggal", "tolak", "tukar", "tunggu", "tunjuk",
      "tuntut", "ubah", "ukur", "urus", "usaha", "wakil", "waris");

  /** Declared after the tables it uses, so that they are initialised first. */
  private static final IndonesianAnalyzer DEFAULT = new IndonesianAnalyzer();

  private final IndonesianStemmer stemmer = new IndonesianStemmer(ROOTS);

  private IndonesianAnalyzer() {
  }

  /** @return the shared analyzer */
  public static IndonesianAnalyzer defaults() {
    return DEFAULT;
  }

  /**
   * Folds a text: NFKD, accents removed, lower case, every character other than a-z and 0-9
   * becomes a space, spaces collapsed.
   *
   * @param text any text
   * @return the folded text, possibly empty
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
        sb.append(lower);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == ' ') {
      sb.setLength(end - 1);
    }
    return sb.toString();
  }

  /**
   * Analyses a text into search terms, in order, repeats kept.
   *
   * @param text any text
   * @return the terms, possibly empty
   */
  public List<String> terms(String text) {
    String folded = fold(text);
    if (folded.isEmpty()) {
      return List.of();
    }
    String[] words = folded.split(" ");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int matched = 0;
      for (int n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--) {
        List<String> canonical = PHRASES.get(String.join(" ", Arrays.asList(words).subList(i, i + n)));
        if (canonical != null) {
          out.addAll(canonical);
          matched = n;
          break;
        }
      }
      if (matched > 0) {
        i += matched;
        continue;
      }
      String term = term(words[i]);
      if (term != null) {
        out.add(term);
      }
      i++;
    }
    return out;
  }

  private String term(String word) {
    if (STOPWORDS.contains(word)) {
      return null;
    }
    String root = stemmer.stem(word);
    if (STOPWORDS.contains(root)) {
      return null;
    }
    return SAME_MEANING.getOrDefault(root, root);
  }

  private static Map<String, List<String>> phrases() {
    Map<String, List<String>> m = new HashMap<>();
    put(m, "ktp", "ktp", "e ktp", "ektp", "ktp el", "ktpel", "e ktp el", "ktp elektronik",
        "kartu tanda penduduk", "kartu tanda penduduk elektronik", "kartu tanda penduduk el",
        "kartu penduduk");
    put(m, "kk", "kk", "kartu keluarga");
    put(m, "kia", "kia", "kartu identitas anak");
    put(m, "sim", "sim", "surat izin mengemudi", "surat ijin mengemudi");
    put(m, "skck", "skck", "surat keterangan catatan kepolisian", "catatan kepolisian",
        "surat kelakuan baik", "surat keterangan kelakuan baik", "surat berkelakuan baik",
        "kelakuan baik", "berkelakuan baik", "surat keterangan berkelakuan baik");
    put(m, "npwp", "npwp", "nomor pokok wajib pajak");
    put(m, "nib", "nib", "nomor induk berusaha");
    put(m, "nik", "nik", "nomor induk kependudukan");
    put(m, "kua", "kua", "kantor urusan agama");
    put(m, "jkn", "jkn", "kis", "jkn kis", "kartu indonesia sehat", "jaminan kesehatan nasional",
        "askes");
    put(m, "bpjs jkn", "bpjs kesehatan", "bpjs kes");
    put(m, "bpjs ketenagakerjaan", "bpjs ketenagakerjaan", "bpjs tk", "bpjs naker",
        "bpjamsostek", "bp jamsostek", "jamsostek", "bpjs tenaga kerja");
    put(m, "jht", "jht", "jaminan hari tua");
    put(m, "jkm meninggal", "jaminan kematian");
    put(m, "jkm", "jkm");
    put(m, "jkk", "jkk", "jaminan kecelakaan kerja");
    put(m, "jkp", "jkp", "jaminan kehilangan pekerjaan");
    put(m, "pbg", "pbg", "persetujuan bangunan gedung", "imb", "izin mendirikan bangunan",
        "ijin mendirikan bangunan");
    put(m, "pbb", "pbb", "pbb p2", "pajak bumi dan bangunan", "pajak bumi bangunan");
    put(m, "pkb", "pkb", "pajak kendaraan bermotor", "pajak kendaraan", "pajak motor",
        "pajak mobil", "pajak stnk");
    put(m, "bphtb", "bphtb", "bea perolehan hak atas tanah dan bangunan");
    put(m, "kur", "kur", "kredit usaha rakyat");
    put(m, "sip", "sip", "surat izin praktik", "surat izin praktek", "izin praktik", "izin praktek");
    put(m, "pindah", "skpwni", "skpwni", "surat pindah", "surat keterangan pindah");
    put(m, "meninggal", "meninggal", "meninggal dunia", "kematian", "wafat", "almarhum",
        "almarhumah", "death");
    put(m, "akta", "akta", "akte");
    put(m, "izin", "izin", "ijin");
    put(m, "izin", "perizinan", "perijinan");
    put(m, "sertifikat", "sertifikat", "sertipikat", "sertifkat", "certificate");
    put(m, "paspor", "paspor", "pasport", "passport", "pasfor");
    put(m, "baru", "bikin", "bkin", "bikinin", "buatin", "baru");
    put(m, "cek", "cek", "check", "ceck", "mengecek", "ngecek");
    put(m, "panjang", "perpanjang", "perpanjangan", "memperpanjang", "diperpanjang",
        "perpanjangin", "panjang", "renewal", "renew");
    put(m, "hilang", "hilang", "kehilangan", "ilang", "lost");
    put(m, "nikah", "nikah", "menikah", "pernikahan", "kawin", "perkawinan", "married",
        "marriage");
    put(m, "tabung", "tabungan", "nabung", "menabung", "rekening", "rekening tabungan");
    put(m, "pdam", "pdam", "perumda air minum", "air minum", "air bersih", "ledeng");
    put(m, "legalisir", "legalisir", "legalisasi", "legalisir fotokopi");
    put(m, "tilang", "tilang", "bukti pelanggaran");
    put(m, "haji", "haji", "hajj");
    return Map.copyOf(m);
  }

  private static void put(Map<String, List<String>> m, String canonical, String... phrases) {
    List<String> terms = List.of(canonical.split(" "));
    for (String phrase : phrases) {
      String key = fold(phrase);
      if (!key.equals(phrase.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("synonym phrase must be folded: " + phrase);
      }
      m.put(key, terms);
    }
  }
}
