package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.OptionalInt;

/**
 * Loket: a counter of one agency, the services it calls with their weights, and where its calls
 * are shown and announced.
 *
 * @param id the counter's id
 * @param agency the agency that staffs it; every service it calls belongs to this agency
 * @param number the number called out, 1–999: "silakan menuju loket <i>lima</i>"
 * @param label a label for displays, for example {@code Loket 5 (KTP-el)}
 * @param kind what the counter is called in announcements (loket, ruang, meja)
 * @param displayZone the display zone; {@code null} to use the agency's
 * @param services the services it calls, each once, in the order used to break ties
 */
public record CounterDefinition(
    @NotNull CounterId id,
    @NotNull AgencyId agency,
    @Min(1) @Max(999) int number,
    @NotBlank @Size(max = 120) String label,
    @NotNull CounterKind kind,
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{queue.zone.format}")
    @Size(max = 60) String displayZone,
    @NotEmpty @Size(max = 64) List<@NotNull @Valid CounterService> services) {

  /** Copies the services. */
  public CounterDefinition {
    services = services == null ? List.of() : List.copyOf(services);
  }

  /**
   * The weight of a service at this counter.
   *
   * @param service the service
   * @return its weight, or empty when the counter does not call it
   */
  public OptionalInt weightOf(ServiceCode service) {
    for (CounterService s : services) {
      if (s.service().equals(service)) {
        return OptionalInt.of(s.weight());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether this counter calls a service.
   *
   * @param service the service
   * @return {@code true} when it is one of {@link #services()}
   */
  public boolean calls(ServiceCode service) {
    return weightOf(service).isPresent();
  }
}
