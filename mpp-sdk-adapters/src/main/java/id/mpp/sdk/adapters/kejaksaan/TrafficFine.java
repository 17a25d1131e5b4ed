package id.mpp.sdk.adapters.kejaksaan;

import id.mpp.sdk.catalogue.Rupiah;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A traffic-fine case (perkara tilang) as the Kejaksaan holds it: the court's verdict sets the
 * denda and the biaya perkara; once both are paid, the Kejaksaan Negeri releases the seized
 * evidence. {@link #toString()} carries no plate.
 *
 * @param registerNumber the register number (nomor register tilang)
 * @param paymentCode the BRIVA code printed on the ticket
 * @param article the article of UU 22/2009 violated, for example {@code Pasal 288 ayat (1)}
 * @param kejari the Kejaksaan Negeri that executes the verdict and holds the evidence
 * @param hearingDate the day of the hearing (sidang)
 * @param status where the case stands
 * @param nativeStatus the Kejaksaan's status as it wrote it
 * @param fine the denda of the verdict, or {@code null} while there is no verdict
 * @param courtCost the biaya perkara of the verdict, or {@code null} while there is no verdict
 * @param paidAt when the fine was paid, or {@code null}
 * @param evidence the evidence seized, with its pickup status
 */
public record TrafficFine(String registerNumber, String paymentCode, String article,
    String kejari, LocalDate hearingDate, Status status, String nativeStatus, Rupiah fine,
    Rupiah courtCost, Instant paidAt, List<Evidence> evidence) {

  /** Checks the required parts and copies the evidence. */
  public TrafficFine {
    Objects.requireNonNull(registerNumber, "registerNumber");
    Objects.requireNonNull(paymentCode, "paymentCode");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kejari, "kejari");
    Objects.requireNonNull(hearingDate, "hearingDate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nativeStatus, "nativeStatus");
    evidence = List.copyOf(evidence);
  }

  /** @return denda + biaya perkara, if the court has given its verdict */
  public Optional<Rupiah> findTotal() {
    return fine == null || courtCost == null ? Optional.empty()
        : Optional.of(fine.plus(courtCost));
  }

  /** @return whether every piece of evidence can be picked up at the Kejari now */
  public boolean evidenceReady() {
    return !evidence.isEmpty() && evidence.stream()
        .allMatch(e -> e.status() == Evidence.Status.READY_FOR_PICKUP);
  }

  /** Where a case stands. */
  public enum Status {
    /** Menunggu putusan: the court has not yet set the fine. */
    AWAITING_VERDICT,
    /** Belum dibayar: the verdict is in, the fine is unpaid. */
    UNPAID,
    /** Lunas: the fine and the court cost are paid. */
    PAID,
    /** A status this adapter version does not know. */
    UNKNOWN
  }

  /**
   * Barang bukti: one thing seized with the ticket.
   *
   * @param kind a driving licence, a vehicle registration or the vehicle
   * @param nativeKind the Kejaksaan's word for it
   * @param status whether it can be picked up
   * @param location where to pick it up
   */
  public record Evidence(Kind kind, String nativeKind, Status status, String location) {

    /** Checks the parts. */
    public Evidence {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(nativeKind, "nativeKind");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(location, "location");
    }

    /** What was seized. */
    public enum Kind {
      /** SIM: the driving licence. */
      DRIVING_LICENCE,
      /** STNK: the vehicle registration certificate. */
      VEHICLE_REGISTRATION,
      /** Kendaraan: the vehicle itself. */
      VEHICLE,
      /** A kind this adapter version does not know. */
      UNKNOWN
    }

    /** The pickup status of a piece of evidence. */
    public enum Status {
      /** Disita: held until the fine is paid. */
      HELD,
      /** Siap diambil: paid; ready for pickup at the Kejari. */
      READY_FOR_PICKUP,
      /** Diambil: handed over. */
      COLLECTED,
      /** A status this adapter version does not know. */
      UNKNOWN
    }
  }
}
