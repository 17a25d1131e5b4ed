package id.mpp.sdk.adapters.bpjskesehatan;

import id.mpp.sdk.validation.Nik;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A booking to report with {@code antrean/add}, before its task times: the 23 fields BPJS asks
 * for. Personal data (NIK, card number, phone, medical-record number): {@link #toString()} shows
 * the booking code and the poli only.
 *
 * @param bookingCode {@code kodebooking}, unique; 1-64 letters, digits, {@code -} or {@code _}
 * @param jkn {@code true} for {@code jenispasien = "JKN"}, {@code false} for {@code "NON JKN"}
 * @param cardNumber {@code nomorkartu}, 13 digits for JKN; empty for NON JKN
 * @param nik {@code nik}
 * @param phone {@code nohp}
 * @param poliCode {@code kodepoli}, for example {@code ANA}
 * @param poliName {@code namapoli}
 * @param newPatient {@code pasienbaru} (1 or 0)
 * @param medicalRecordNumber {@code norm}
 * @param examDate {@code tanggalperiksa}
 * @param doctorCode {@code kodedokter}
 * @param doctorName {@code namadokter}
 * @param practiceHours {@code jampraktek}, {@code HH:mm-HH:mm}
 * @param visitType {@code jeniskunjungan}: 1 Rujukan FKTP, 2 Rujukan Internal, 3 Kontrol, 4
 *     Rujukan Antar RS
 * @param referenceNumber {@code nomorreferensi}; empty for NON JKN
 * @param queueNumber {@code nomorantrean}, for example {@code A-12}
 * @param queuePosition {@code angkaantrean}
 * @param estimatedServiceAt {@code estimasidilayani}
 * @param jknQuotaLeft {@code sisakuotajkn}
 * @param jknQuota {@code kuotajkn}
 * @param nonJknQuotaLeft {@code sisakuotanonjkn}
 * @param nonJknQuota {@code kuotanonjkn}
 * @param note {@code keterangan}
 */
public record AntreanBooking(String bookingCode, boolean jkn, String cardNumber, Nik nik,
    String phone, String poliCode, String poliName, boolean newPatient,
    String medicalRecordNumber, LocalDate examDate, int doctorCode, String doctorName,
    String practiceHours, int visitType, String referenceNumber, String queueNumber,
    int queuePosition, Instant estimatedServiceAt, int jknQuotaLeft, int jknQuota,
    int nonJknQuotaLeft, int nonJknQuota, String note) {

  /**
   * Checks the fields BPJS checks.
   *
   * @throws IllegalArgumentException naming the field, never its value
   */
  public AntreanBooking {
    require(bookingCode != null && bookingCode.matches("[A-Za-z0-9_-]{1,64}"), "bookingCode");
    require(cardNumber != null && (jkn ? cardNumber.matches("\\d{13}") : cardNumber.isEmpty()
        || cardNumber.matches("\\d{13}")), "cardNumber");
    Objects.requireNonNull(nik, "nik");
    require(phone != null && phone.matches("\\+?\\d{8,15}"), "phone");
    require(poliCode != null && !poliCode.isBlank(), "poliCode");
    require(poliName != null && !poliName.isBlank(), "poliName");
    require(medicalRecordNumber != null && !medicalRecordNumber.isBlank(),
        "medicalRecordNumber");
    Objects.requireNonNull(examDate, "examDate");
    require(doctorName != null && !doctorName.isBlank(), "doctorName");
    require(practiceHours != null && practiceHours.matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}"),
        "practiceHours");
    require(visitType >= 1 && visitType <= 4, "visitType");
    require(referenceNumber != null && (!jkn || !referenceNumber.isBlank()), "referenceNumber");
    require(queueNumber != null && !queueNumber.isBlank(), "queueNumber");
    Objects.requireNonNull(estimatedServiceAt, "estimatedServiceAt");
    note = note == null ? "" : note;
  }

  private static void require(boolean ok, String field) {
    if (!ok) {
      throw new IllegalArgumentException("AntreanBooking." + field + " is missing or malformed");
    }
  }

  /** @return the {@code antrean/add} body with BPJS's field names */
  Map<String, Object> toWire() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kodebooking", bookingCode);
    body.put("jenispasien", jkn ? "JKN" : "NON JKN");
    body.put("nomorkartu", cardNumber);
    body.put("nik", nik.value());
    body.put("nohp", phone);
    body.put("kodepoli", poliCode);
    body.put("namapoli", poliName);
    body.put("pasienbaru", newPatient ? 1 : 0);
    body.put("norm", medicalRecordNumber);
    body.put("tanggalperiksa", examDate.toString());
    body.put("kodedokter", doctorCode);
    body.put("namadokter", doctorName);
    body.put("jampraktek", practiceHours);
    body.put("jeniskunjungan", visitType);
    body.put("nomorreferensi", referenceNumber);
    body.put("nomorantrean", queueNumber);
    body.put("angkaantrean", queuePosition);
    body.put("estimasidilayani", estimatedServiceAt.toEpochMilli());
    body.put("sisakuotajkn", jknQuotaLeft);
    body.put("kuotajkn", jknQuota);
    body.put("sisakuotanonjkn", nonJknQuotaLeft);
    body.put("kuotanonjkn", nonJknQuota);
    body.put("keterangan", note);
    return body;
  }

  /** @return the booking code and poli only */
  @Override
  public String toString() {
    return "AntreanBooking[" + bookingCode + ", poli " + poliCode + ", " + examDate + "]";
  }
}
