package id.mpp.sdk.queue;

import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A call to announce in a display zone, in Bahasa Indonesia, as text and as ordered voice parts:
 * "Nomor antrian B nol dua tiga, silakan menuju loket lima". Announcements of one zone are
 * numbered in order and scheduled back to back: each starts when the one before has ended (plus
 * the gap), so a player that follows {@link #startsAt()} never overlaps two calls.
 *
 * @param sequence the position in the zone's announcement list, 1 or more
 * @param zone the display zone
 * @param ticket the ticket called
 * @param number the ticket number, for example {@code B023}
 * @param counter the counter called to
 * @param recall whether this is a recall
 * @param text the sentence to show or speak
 * @param parts the voice parts, in order
 * @param requestedAt when the call was made
 * @param startsAt when to start playing it
 * @param endsAt when it has finished playing
 */
public record Announcement(
    long sequence,
    String zone,
    TicketId ticket,
    String number,
    CounterId counter,
    boolean recall,
    String text,
    List<VoicePart> parts,
    Instant requestedAt,
    Instant startsAt,
    Instant endsAt) implements WireDocument {

  /** Checks the required parts and copies the voice parts. */
  public Announcement {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    parts = List.copyOf(parts);
    if (sequence < 1) {
      throw new IllegalArgumentException("announcement sequence must be positive");
    }
  }
}
