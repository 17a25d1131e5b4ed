package id.mpp.sdk.adapters.pengadilanagama;

import id.mpp.sdk.catalogue.FeeItem;
import id.mpp.sdk.catalogue.Rupiah;
import java.util.List;
import java.util.Objects;

/**
 * Taksiran panjar biaya perkara: the advance on court costs an applicant pays before the case is
 * registered, by component. What is not spent is returned when the case ends.
 *
 * @param caseType the case
 * @param components the components, in the order of the court's SKUM
 * @param total the sum of the components
 */
public record CourtFeeEstimate(CaseType caseType, List<FeeItem> components, Rupiah total) {

  /** Checks that the total is the sum of the components, and copies them. */
  public CourtFeeEstimate {
    Objects.requireNonNull(caseType, "caseType");
    components = List.copyOf(components);
    Objects.requireNonNull(total, "total");
    Rupiah sum = components.stream().map(FeeItem::amount).reduce(Rupiah.ZERO, Rupiah::plus);
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("total must be the sum of the components");
    }
  }
}
