package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of Indonesian rupiah, exact ({@link BigDecimal}, at most two decimals, never
 * negative). On the wire it is a JSON number such as {@code 30000} or {@code 30000.00}.
 *
 * <pre>{@code
 * Rupiah fee = Rupiah.of(30_000);          // SKCK
 * fee.toSnapAmount();                       // "30000.00" for Bank Indonesia SNAP
 * fee.toString();                           // "Rp30.000"
 * }</pre>
 *
 * @param amount the amount, scale 0–2, zero or more
 */
public record Rupiah(BigDecimal amount) implements Comparable<Rupiah> {

  /** Zero rupiah, for free services. */
  public static final Rupiah ZERO = new Rupiah(BigDecimal.ZERO);

  /**
   * Checks the amount.
   *
   * @throws MppValidationException if negative or with more than two decimals
   */
  public Rupiah {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw MppValidationException.of("amount", "rupiah.negative", "amount must not be negative");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw MppValidationException.of("amount", "rupiah.scale",
          "amount must have at most 2 decimals");
    }
  }

  /**
   * An amount in whole rupiah.
   *
   * @param rupiah the amount
   * @return the amount
   */
  public static Rupiah of(long rupiah) {
    return new Rupiah(BigDecimal.valueOf(rupiah));
  }

  /**
   * An exact amount.
   *
   * @param amount the amount, at most two decimals
   * @return the amount
   */
  @JsonCreator
  public static Rupiah of(BigDecimal amount) {
    return new Rupiah(amount);
  }

  /**
   * Parses a SNAP amount string such as {@code "10000.00"}.
   *
   * @param text the amount with exactly two decimals
   * @return the amount
   * @throws MppValidationException if the text is not such an amount
   */
  public static Rupiah parseSnapAmount(String text) {
    if (text == null || !text.matches("\\d{1,16}\\.\\d{2}")) {
      throw MppValidationException.of("amount.value", "rupiah.snapFormat",
          "amount must be digits with exactly 2 decimals, for example 10000.00");
    }
    return new Rupiah(new BigDecimal(text));
  }

  /** @return the amount as written on the wire */
  @JsonValue
  @Override
  public BigDecimal amount() {
    return amount;
  }

  /** @return whether this is zero (a free service) */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Adds another amount.
   *
   * @param other the other amount
   * @return the sum
   */
  public Rupiah plus(Rupiah other) {
    return new Rupiah(amount.add(other.amount));
  }

  /** @return the amount with exactly two decimals, as SNAP wants it: {@code "10000.00"} */
  public String toSnapAmount() {
    return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  @Override
  public int compareTo(Rupiah other) {
    return amount.compareTo(other.amount);
  }

  /** Equal amounts are equal whatever their scale: 30000 equals 30000.00. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Rupiah r && amount.compareTo(r.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  /** @return the amount as Indonesians write it, for example {@code Rp30.000} or {@code Rp1.500,50} */
  @Override
  public String toString() {
    DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0
        ? "#,##0.00" : "#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
    return "Rp" + format.format(amount);
  }
}
