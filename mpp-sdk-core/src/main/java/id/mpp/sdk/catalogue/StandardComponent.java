package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/**
 * Komponen Standar Pelayanan: the 14 components of a service standard (UU 25/2009 Pasal 21),
 * split by PermenPANRB 15/2014 into six service-delivery components, which must be published, and
 * eight management components.
 */
public enum StandardComponent {
  /** Persyaratan: requirements. */
  REQUIREMENTS(Group.SERVICE_DELIVERY, "Persyaratan", "Requirements"),
  /** Sistem, mekanisme dan prosedur: procedure. */
  PROCEDURE(Group.SERVICE_DELIVERY, "Sistem, mekanisme dan prosedur", "Procedure"),
  /** Jangka waktu pelayanan: processing time. */
  PROCESSING_TIME(Group.SERVICE_DELIVERY, "Jangka waktu pelayanan", "Processing time"),
  /** Biaya/tarif: fee. */
  FEE(Group.SERVICE_DELIVERY, "Biaya/tarif", "Fee"),
  /** Produk pelayanan: product. */
  PRODUCT(Group.SERVICE_DELIVERY, "Produk pelayanan", "Product"),
  /** Penanganan pengaduan, saran dan masukan: complaint handling. */
  COMPLAINT_HANDLING(Group.SERVICE_DELIVERY, "Penanganan pengaduan, saran dan masukan",
      "Complaints, suggestions and feedback"),
  /** Dasar hukum: legal basis. */
  LEGAL_BASIS(Group.MANAGEMENT, "Dasar hukum", "Legal basis"),
  /** Sarana, prasarana dan/atau fasilitas: facilities, including for vulnerable groups. */
  FACILITIES(Group.MANAGEMENT, "Sarana, prasarana dan/atau fasilitas",
      "Facilities and infrastructure"),
  /** Kompetensi pelaksana: staff competence. */
  STAFF_COMPETENCE(Group.MANAGEMENT, "Kompetensi pelaksana", "Staff competence"),
  /** Pengawasan internal: internal supervision. */
  INTERNAL_SUPERVISION(Group.MANAGEMENT, "Pengawasan internal", "Internal supervision"),
  /** Jumlah pelaksana: staff count. */
  STAFF_COUNT(Group.MANAGEMENT, "Jumlah pelaksana", "Number of staff"),
  /** Jaminan pelayanan: service guarantee. */
  SERVICE_GUARANTEE(Group.MANAGEMENT, "Jaminan pelayanan", "Service guarantee"),
  /** Jaminan keamanan dan keselamatan pelayanan: safety and security guarantee. */
  SAFETY_GUARANTEE(Group.MANAGEMENT, "Jaminan keamanan dan keselamatan pelayanan",
      "Safety and security guarantee"),
  /** Evaluasi kinerja pelaksana: staff performance evaluation. */
  PERFORMANCE_EVALUATION(Group.MANAGEMENT, "Evaluasi kinerja pelaksana",
      "Staff performance evaluation"),
  /** A component this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN(Group.UNKNOWN, "Tidak dikenal", "Unknown");

  /** The two groups of PermenPANRB 15/2014. */
  public enum Group {
    /** Komponen penyampaian pelayanan (service delivery): must be published. */
    SERVICE_DELIVERY,
    /** Komponen pengelolaan pelayanan (management, "manufacturing"): internal. */
    MANAGEMENT,
    /** A group this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  private final Group group;
  private final String indonesianName;
  private final String englishName;

  StandardComponent(Group group, String indonesianName, String englishName) {
    this.group = group;
    this.indonesianName = indonesianName;
    this.englishName = englishName;
  }

  /** @return the group: service delivery or management */
  public Group group() {
    return group;
  }

  /** @return whether this component must be published (a service-delivery component) */
  public boolean published() {
    return group == Group.SERVICE_DELIVERY;
  }

  /**
   * The component's name for people.
   *
   * @param locale Indonesian ({@code id}) or any other for English
   * @return for example "Jangka waktu pelayanan" or "Processing time"
   */
  public String label(Locale locale) {
    return Texts.indonesian(locale) ? indonesianName : englishName;
  }
}
