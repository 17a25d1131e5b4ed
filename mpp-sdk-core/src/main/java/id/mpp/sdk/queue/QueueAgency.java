package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/**
 * An agency (instansi) as the queue sees it: its display zone and its closing time. Its
 * services are {@link ServiceQueue}s and its counters {@link CounterDefinition}s.
 *
 * @param id the agency's id, for example {@code dukcapil}
 * @param name the name shown on displays, for example {@code Disdukcapil Kota Surabaya}
 * @param displayZone the display zone (TV screen group and speaker) of its counters, lower-case
 *     words joined by hyphens, for example {@code lantai-1}
 * @param closesAt when the agency stops serving each day; tickets still open then expire at
 *     the next {@link QueueDesk#sweep()}; {@code null} when tickets expire only at day end
 */
public record QueueAgency(
    @NotNull AgencyId id,
    @NotBlank @Size(max = 120) String name,
    @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{queue.zone.format}")
    @Size(max = 60) String displayZone,
    LocalTime closesAt) {
}
