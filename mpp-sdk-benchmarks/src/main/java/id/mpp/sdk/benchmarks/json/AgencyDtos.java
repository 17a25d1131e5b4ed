package id.mpp.sdk.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The agency documents the JSON benchmark reads and writes, each as a record and as a POJO with
 * the same fields: a ~300 B status answer and a ~2 KB application with applicant, documents and
 * history. Test data only (the NIK is a published test value).
 */
public final class AgencyDtos {

  private AgencyDtos() {
  }

  /** The status of an application at the agency; unknown values read as {@code UNKNOWN}. */
  public enum Status {
    /** Received by the agency. */
    RECEIVED,
    /** Being processed. */
    IN_PROCESS,
    /** Waiting for the applicant. */
    NEEDS_INFORMATION,
    /** Done, ready for pickup. */
    COMPLETED,
    /** Refused. */
    REJECTED,
    /** A value this SDK does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /**
   * ~300 B: the agency's answer to a status query.
   *
   * @param trackingNumber the MPP tracking number
   * @param agencyReference the agency's own number
   * @param status the status
   * @param statusText the agency's text
   * @param serviceCode the service
   * @param agencyId the agency
   * @param updatedAt when the status changed
   * @param dueDate the promised date
   * @param feeRupiah the fee
   * @param officer who handles it
   */
  public record StatusRecord(String trackingNumber, String agencyReference, Status status,
      String statusText, String serviceCode, String agencyId, Instant updatedAt,
      LocalDate dueDate, long feeRupiah, String officer) {
  }

  /** The POJO twin of {@link StatusRecord}. */
  public static final class StatusPojo {
    /** The MPP tracking number. */
    public String trackingNumber;
    /** The agency's own number. */
    public String agencyReference;
    /** The status. */
    public Status status;
    /** The agency's text. */
    public String statusText;
    /** The service. */
    public String serviceCode;
    /** The agency. */
    public String agencyId;
    /** When the status changed. */
    public Instant updatedAt;
    /** The promised date. */
    public LocalDate dueDate;
    /** The fee. */
    public long feeRupiah;
    /** Who handles it. */
    public String officer;
  }

  /**
   * ~2 KB: an application as the agency returns it.
   *
   * @param trackingNumber the MPP tracking number
   * @param agencyReference the agency's own number
   * @param serviceCode the service
   * @param agencyId the agency
   * @param applicant the applicant
   * @param documents the documents handed in
   * @param history the status history
   * @param submittedAt when it was submitted
   * @param dueDate the promised date
   * @param feeRupiah the fee
   * @param paid whether the fee is paid
   * @param note a note of the officer
   */
  public record ApplicationRecord(String trackingNumber, String agencyReference,
      String serviceCode, String agencyId, ApplicantRecord applicant,
      List<DocumentRecord> documents, List<EventRecord> history, Instant submittedAt,
      LocalDate dueDate, long feeRupiah, boolean paid, String note) {
  }

  /**
   * @param nik the NIK
   * @param name the name
   * @param birthDate the birth date
   * @param phone the phone number
   * @param email the e-mail address
   * @param address the address
   */
  public record ApplicantRecord(String nik, String name, LocalDate birthDate, String phone,
      String email, AddressRecord address) {
  }

  /**
   * @param street the street
   * @param rt the RT
   * @param rw the RW
   * @param kelurahan the kelurahan
   * @param kecamatan the kecamatan
   * @param city the city
   * @param province the province
   * @param postalCode the postal code
   */
  public record AddressRecord(String street, String rt, String rw, String kelurahan,
      String kecamatan, String city, String province, String postalCode) {
  }

  /**
   * @param type the document type
   * @param fileName the file name
   * @param sha256 the digest
   * @param sizeBytes the size
   */
  public record DocumentRecord(String type, String fileName, String sha256, long sizeBytes) {
  }

  /**
   * @param status the status
   * @param at when
   * @param note the note
   */
  public record EventRecord(Status status, Instant at, String note) {
  }

  /** The POJO twin of {@link ApplicationRecord}. */
  public static final class ApplicationPojo {
    /** The MPP tracking number. */
    public String trackingNumber;
    /** The agency's own number. */
    public String agencyReference;
    /** The service. */
    public String serviceCode;
    /** The agency. */
    public String agencyId;
    /** The applicant. */
    public ApplicantPojo applicant;
    /** The documents. */
    public List<DocumentPojo> documents;
    /** The history. */
    public List<EventPojo> history;
    /** When it was submitted. */
    public Instant submittedAt;
    /** The promised date. */
    public LocalDate dueDate;
    /** The fee. */
    public long feeRupiah;
    /** Whether the fee is paid. */
    public boolean paid;
    /** A note. */
    public String note;
  }

  /** The POJO twin of {@link ApplicantRecord}. */
  public static final class ApplicantPojo {
    /** The NIK. */
    public String nik;
    /** The name. */
    public String name;
    /** The birth date. */
    public LocalDate birthDate;
    /** The phone. */
    public String phone;
    /** The e-mail. */
    public String email;
    /** The address. */
    public AddressPojo address;
  }

  /** The POJO twin of {@link AddressRecord}. */
  public static final class AddressPojo {
    /** The street. */
    public String street;
    /** The RT. */
    public String rt;
    /** The RW. */
    public String rw;
    /** The kelurahan. */
    public String kelurahan;
    /** The kecamatan. */
    public String kecamatan;
    /** The city. */
    public String city;
    /** The province. */
    public String province;
    /** The postal code. */
    public String postalCode;
  }

  /** The POJO twin of {@link DocumentRecord}. */
  public static final class DocumentPojo {
    /** The type. */
    public String type;
    /** The file name. */
    public String fileName;
    /** The digest. */
    public String sha256;
    /** The size. */
    public long sizeBytes;
  }

  /** The POJO twin of {@link EventRecord}. */
  public static final class EventPojo {
    /** The status. */
    public Status status;
    /** When. */
    public Instant at;
    /** The note. */
    public String note;
  }
}
