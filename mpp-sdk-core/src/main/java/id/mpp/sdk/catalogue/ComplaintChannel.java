package id.mpp.sdk.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One way to file a complaint, suggestion or feedback (penanganan pengaduan, saran dan masukan;
 * Standar Pelayanan, service-delivery component 6).
 *
 * <pre>{@code
 * new ComplaintChannel(ComplaintChannelType.LAPOR, "https://www.lapor.go.id");
 * new ComplaintChannel(ComplaintChannelType.PHONE, "165");
 * }</pre>
 *
 * @param type LAPOR!, phone, email, desk …
 * @param contact where: an address, number, URL or place (an institution's, never a person's)
 */
public record ComplaintChannel(
    @NotNull ComplaintChannelType type,
    @NotBlank @Size(max = 300) String contact) {

  /** Normalises: an absent type becomes {@code UNKNOWN}. */
  public ComplaintChannel {
    if (type == null) {
      type = ComplaintChannelType.UNKNOWN;
    }
  }

  /**
   * SP4N-LAPOR!, the national complaint system.
   *
   * @return the channel
   */
  public static ComplaintChannel lapor() {
    return new ComplaintChannel(ComplaintChannelType.LAPOR, "https://www.lapor.go.id");
  }
}
