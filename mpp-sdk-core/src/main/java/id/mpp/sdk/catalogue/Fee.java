package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Biaya/tarif: what a service costs (Standar Pelayanan, service-delivery component 4). A service is
 * either free, or charged with one or more tariff lines; a PNBP or retribusi must name its legal
 * basis (the completeness check reports a charge without one).
 *
 * <pre>{@code
 * Fee skck = Fee.charged(FeeType.PNBP, List.of(FeeItem.of("Penerbitan SKCK", 30_000)),
 *     LegalReference.of("PP No. 76 Tahun 2020"));
 * Fee ktp = Fee.free(LegalReference.of("UU No. 24 Tahun 2013 Pasal 79A"));
 * }</pre>
 *
 * @param type free, PNBP, retribusi or another charge
 * @param items the tariff lines; empty when free; when charged, at least one line or a note on how
 *     the amount is computed
 * @param legalBasis the regulation that sets the tariff (or that makes it free), or {@code null}
 * @param note how the amount is computed or paid, or {@code null}, for example "dibayar melalui
 *     BRIVA"
 */
public record Fee(
    @NotNull FeeType type,
    @Size(max = 30) List<@NotNull @Valid FeeItem> items,
    @Valid LegalReference legalBasis,
    @Size(max = 1000) String note) {

  /** Normalises: an absent type becomes {@code UNKNOWN}, absent items empty, a blank note {@code null}. */
  public Fee {
    if (type == null) {
      type = FeeType.UNKNOWN;
    }
    items = Texts.list(items);
    note = Texts.optional(note);
  }

  /**
   * A free service.
   *
   * @param legalBasis the regulation that makes it free, or {@code null}
   * @return the fee
   */
  public static Fee free(LegalReference legalBasis) {
    return new Fee(FeeType.FREE, List.of(), legalBasis, null);
  }

  /**
   * A charged service.
   *
   * @param type PNBP, retribusi or another charge
   * @param items the tariff lines
   * @param legalBasis the regulation that sets the tariff, or {@code null}
   * @return the fee
   */
  public static Fee charged(FeeType type, List<FeeItem> items, LegalReference legalBasis) {
    return new Fee(type, items, legalBasis, null);
  }

  /** @return whether the service is free of charge */
  public boolean free() {
    return type == FeeType.FREE;
  }

  /**
   * The checked rule: a free fee lists no non-zero amount, and a charged fee has at least one line
   * or a note on how it is computed.
   *
   * @return whether the amounts agree with the type
   */
  @JsonIgnore
  @AssertTrue(message = "{catalogue.fee.amounts}")
  public boolean isAmountsConsistent() {
    if (type == FeeType.FREE) {
      return items.stream().allMatch(i -> i == null || i.amount() == null || i.amount().isZero());
    }
    if (type == FeeType.UNKNOWN) {
      return true;
    }
    return !items.isEmpty() || note != null;
  }
}
