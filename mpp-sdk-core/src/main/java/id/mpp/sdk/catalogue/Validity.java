package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Masa berlaku: how long a product stays valid, for example 6 months for an SKCK, 5 years for a
 * SIM, a lifetime for a KTP-el.
 *
 * @param amount how many units; 0 only for {@link Unit#LIFETIME}
 * @param unit days, months, years, or a lifetime
 */
public record Validity(@Min(0) @Max(1200) int amount, @NotNull Unit unit) {

  /** The unit of a validity. */
  public enum Unit {
    /** Hari: calendar days. */
    DAYS,
    /** Bulan: months. */
    MONTHS,
    /** Tahun: years. */
    YEARS,
    /** Seumur hidup: valid for life; the amount is 0. */
    LIFETIME,
    /** A unit this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** Normalises: an absent unit becomes {@code UNKNOWN}. */
  public Validity {
    if (unit == null) {
      unit = Unit.UNKNOWN;
    }
  }

  /**
   * Valid for some months.
   *
   * @param months 1 or more
   * @return the validity
   */
  public static Validity months(int months) {
    return new Validity(months, Unit.MONTHS);
  }

  /**
   * Valid for some years.
   *
   * @param years 1 or more
   * @return the validity
   */
  public static Validity years(int years) {
    return new Validity(years, Unit.YEARS);
  }

  /** @return valid for life (seumur hidup) */
  public static Validity lifetime() {
    return new Validity(0, Unit.LIFETIME);
  }

  /**
   * The checked rule: a lifetime has amount 0, every other unit 1 or more.
   *
   * @return whether amount and unit agree
   */
  @JsonIgnore
  @AssertTrue(message = "{catalogue.validity.amount}")
  public boolean isAmountConsistent() {
    return unit == Unit.LIFETIME ? amount == 0 : amount >= 1;
  }

  /** @return for example {@code "6 bulan"} or {@code "seumur hidup"} */
  public String toIndonesian() {
    return switch (unit) {
      case DAYS -> amount + " hari";
      case MONTHS -> amount + " bulan";
      case YEARS -> amount + " tahun";
      case LIFETIME -> "seumur hidup";
      case UNKNOWN -> String.valueOf(amount);
    };
  }

  /** @return for example {@code "6 months"} or {@code "lifetime"} */
  @Override
  public String toString() {
    return switch (unit) {
      case DAYS -> amount + " days";
      case MONTHS -> amount + " months";
      case YEARS -> amount + " years";
      case LIFETIME -> "lifetime";
      case UNKNOWN -> String.valueOf(amount);
    };
  }
}
