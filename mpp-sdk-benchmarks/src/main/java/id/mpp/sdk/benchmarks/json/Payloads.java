package id.mpp.sdk.benchmarks.json;

import id.mpp.sdk.benchmarks.json.AgencyDtos.AddressRecord;
import id.mpp.sdk.benchmarks.json.AgencyDtos.ApplicantRecord;
import id.mpp.sdk.benchmarks.json.AgencyDtos.ApplicationRecord;
import id.mpp.sdk.benchmarks.json.AgencyDtos.DocumentRecord;
import id.mpp.sdk.benchmarks.json.AgencyDtos.EventRecord;
import id.mpp.sdk.benchmarks.json.AgencyDtos.Status;
import id.mpp.sdk.benchmarks.json.AgencyDtos.StatusRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Builds the benchmark documents from a fixed seed, so every run reads the same bytes. */
public final class Payloads {

  /** The seed of every generated input. */
  public static final long SEED = 20260115L;

  private static final String[] TEXTS = {
      "Berkas sedang diverifikasi oleh petugas",
      "Menunggu tanda tangan kepala kantor",
      "Dokumen siap diambil di loket pengambilan",
      "Mohon lengkapi fotokopi kartu keluarga"};
  private static final String[] SERVICES = {"SKCK-BARU", "KTP-EL-CETAK", "BPJS-DAFTAR",
      "IMB-PBG", "NIKAH-DAFTAR"};
  private static final Status[] STATUSES = {Status.RECEIVED, Status.IN_PROCESS,
      Status.NEEDS_INFORMATION, Status.COMPLETED};

  private Payloads() {
  }

  /**
   * @param count how many
   * @return ~300 B status documents
   */
  public static List<StatusRecord> statuses(int count) {
    Random random = new Random(SEED);
    List<StatusRecord> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(new StatusRecord(
          String.format("MPP-3578-20260115-%06d-K", random.nextInt(1_000_000)),
          "AGY-2026-" + (1_000_000_000L + random.nextInt(1_000_000_000)),
          STATUSES[random.nextInt(STATUSES.length)],
          TEXTS[random.nextInt(TEXTS.length)],
          SERVICES[random.nextInt(SERVICES.length)],
          "polres-surabaya",
          Instant.ofEpochSecond(1_768_400_000L + random.nextInt(1_000_000)),
          LocalDate.of(2026, 1, 15).plusDays(random.nextInt(30)),
          30_000L + 1_000L * random.nextInt(100),
          "Petugas loket " + (1 + random.nextInt(30))));
    }
    return list;
  }

  /**
   * @param count how many
   * @return ~2 KB application documents
   */
  public static List<ApplicationRecord> applications(int count) {
    Random random = new Random(SEED + 1);
    HexFormat hex = HexFormat.of();
    List<ApplicationRecord> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      AddressRecord address = new AddressRecord(
          "Jl. Raya Darmo No. " + (1 + random.nextInt(200)),
          String.format("%03d", 1 + random.nextInt(20)),
          String.format("%03d", 1 + random.nextInt(12)),
          "Keputran", "Tegalsari", "Kota Surabaya", "Jawa Timur", "60265");
      ApplicantRecord applicant = new ApplicantRecord("3201011708900001", "Siti Rahayu Lestari",
          LocalDate.of(1990, 8, 17), "+6281234567890", "siti.rahayu@example.id", address);
      List<DocumentRecord> documents = new ArrayList<>();
      String[] types = {"KTP", "KK", "PAS_FOTO", "SURAT_PENGANTAR"};
      for (String type : types) {
        byte[] digest = new byte[32];
        random.nextBytes(digest);
        documents.add(new DocumentRecord(type, type.toLowerCase() + "-" + i + ".pdf",
            hex.formatHex(digest), 100_000L + random.nextInt(2_000_000)));
      }
      List<EventRecord> history = new ArrayList<>();
      Instant at = Instant.ofEpochSecond(1_768_400_000L + random.nextInt(1_000_000));
      for (int e = 0; e < 6; e++) {
        at = at.plusSeconds(600 + random.nextInt(86_400));
        history.add(new EventRecord(STATUSES[e % STATUSES.length], at,
            TEXTS[random.nextInt(TEXTS.length)]));
      }
      list.add(new ApplicationRecord(
          String.format("MPP-3578-20260115-%06d-K", random.nextInt(1_000_000)),
          "AGY-2026-" + (1_000_000_000L + random.nextInt(1_000_000_000)),
          SERVICES[random.nextInt(SERVICES.length)], "polres-surabaya", applicant,
          documents, history, at, LocalDate.of(2026, 2, 1).plusDays(random.nextInt(30)),
          30_000L, random.nextBoolean(),
          "Pemohon diminta membawa dokumen asli saat pengambilan hasil layanan di MPP."));
    }
    return list;
  }
}
