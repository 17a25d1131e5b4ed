package id.mpp.sdk.survey;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An element (unsur) of the SKM questionnaire of PermenPANRB No. 14/2017. The constant names are
 * the stable codes written on the wire and in stores; never rely on the declaration order or on
 * the regulation's numbering (U1 to U9): sources agree on U1 to U7 but list
 * {@link #PENANGANAN_PENGADUAN} and {@link #SARANA_PRASARANA} as U8 and U9 in either order (the
 * order given by {@link #regulationNumber()} is PARTIAL: one source).
 */
public enum SkmElement {

  /** U1 Persyaratan: the requirements. */
  PERSYARATAN(1, "Persyaratan", "Requirements"),
  /** U2 Sistem, Mekanisme, dan Prosedur: the procedure. */
  PROSEDUR(2, "Sistem, Mekanisme, dan Prosedur", "Systems, mechanisms and procedures"),
  /** U3 Waktu Penyelesaian: the time to complete the service. */
  WAKTU_PENYELESAIAN(3, "Waktu Penyelesaian", "Completion time"),
  /** U4 Biaya/Tarif: the fee. */
  BIAYA_TARIF(4, "Biaya/Tarif", "Cost or tariff"),
  /** U5 Produk Spesifikasi Jenis Pelayanan: the product delivered. */
  PRODUK_LAYANAN(5, "Produk Spesifikasi Jenis Pelayanan", "Product specification of the service"),
  /** U6 Kompetensi Pelaksana: the staff's competence. */
  KOMPETENSI_PELAKSANA(6, "Kompetensi Pelaksana", "Staff competence"),
  /** U7 Perilaku Pelaksana: the staff's conduct. */
  PERILAKU_PELAKSANA(7, "Perilaku Pelaksana", "Staff conduct"),
  /** U8 (PARTIAL: order) Penanganan Pengaduan, Saran dan Masukan: complaint handling. */
  PENANGANAN_PENGADUAN(8, "Penanganan Pengaduan, Saran dan Masukan",
      "Handling of complaints, suggestions and feedback"),
  /** U9 (PARTIAL: order) Sarana dan Prasarana: facilities. */
  SARANA_PRASARANA(9, "Sarana dan Prasarana", "Facilities and infrastructure"),
  /** An element this SDK version does not know (read from a newer peer); never scored. */
  @JsonEnumDefaultValue
  UNKNOWN(0, "Tidak diketahui", "Unknown");

  private static final List<SkmElement> NINE = Arrays.stream(values())
      .filter(e -> e != UNKNOWN).toList();

  private final int regulationNumber;
  private final String indonesian;
  private final String english;

  SkmElement(int regulationNumber, String indonesian, String english) {
    this.regulationNumber = regulationNumber;
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * The nine elements of the regulation, in its usual order, without {@link #UNKNOWN}.
   *
   * @return an immutable list of nine elements
   */
  public static List<SkmElement> nine() {
    return NINE;
  }

  /**
   * The element's number in the regulation's usual listing (1 to 9, 0 for {@link #UNKNOWN}),
   * for display only. U8 and U9 are swapped in some sources; identify elements by their code.
   *
   * @return the number shown as {@code U1} to {@code U9}
   */
  public int regulationNumber() {
    return regulationNumber;
  }

  /**
   * The element's name in Bahasa Indonesia, as the regulation writes it.
   *
   * @return for example {@code Waktu Penyelesaian}
   */
  public String indonesianName() {
    return indonesian;
  }

  /**
   * The element's name in English.
   *
   * @return for example {@code Completion time}
   */
  public String englishName() {
    return english;
  }

  /**
   * The element's name in a locale.
   *
   * @param locale {@code id} for Bahasa Indonesia, anything else for English
   * @return the name
   */
  public String label(Locale locale) {
    return isIndonesian(locale) ? indonesian : english;
  }

  static boolean isIndonesian(Locale locale) {
    String language = locale.getLanguage();
    return "id".equals(language) || "in".equals(language);
  }
}
