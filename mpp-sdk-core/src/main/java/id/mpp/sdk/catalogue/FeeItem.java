package id.mpp.sdk.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line of a service's tariff, for example "SIM A perpanjangan: Rp80.000".
 *
 * @param name what the amount is for, for example "Paspor elektronik 48 halaman"
 * @param amount the amount in rupiah; zero is allowed (for example a marriage at the KUA during
 *     working hours)
 */
public record FeeItem(
    @NotBlank @Size(max = 200) String name,
    @NotNull Rupiah amount) {

  /**
   * A fee line.
   *
   * @param name what it is for
   * @param rupiah the amount in whole rupiah
   * @return the line
   */
  public static FeeItem of(String name, long rupiah) {
    return new FeeItem(name, Rupiah.of(rupiah));
  }
}
