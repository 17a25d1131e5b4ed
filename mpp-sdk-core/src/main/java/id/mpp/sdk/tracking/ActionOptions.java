package id.mpp.sdk.tracking;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of one {@link Tracker#perform} call.
 *
 * @param reason why the action is taken (required by actions such as {@code REJECT}); shown to
 *     the citizen on the tracking page, so never personal data; at most 500 characters; or
 *     {@code null}
 * @param eventId the id of the event to record, so a repeated call (a double click) is applied
 *     once; or {@code null} for a new id
 * @param expectedVersion the version the caller saw, to refuse the action if the application
 *     changed since ({@code ConflictException} {@code version_conflict}); or {@code null}
 */
public record ActionOptions(String reason, String eventId, Long expectedVersion) {

  /** Checks the lengths. */
  public ActionOptions {
    if (reason != null && (reason.isBlank() || reason.length() > 500)) {
      throw new IllegalArgumentException("a reason must be 1-500 characters");
    }
    if (eventId != null && (eventId.isBlank() || eventId.length() > 200)) {
      throw new IllegalArgumentException("an event id must be 1-200 characters");
    }
  }

  /** @return no reason, a new event id, no version check */
  public static ActionOptions defaults() {
    return new ActionOptions(null, null, null);
  }

  /**
   * @param text the reason
   * @return a copy with the reason
   */
  public ActionOptions withReason(String text) {
    return new ActionOptions(Objects.requireNonNull(text, "text"), eventId, expectedVersion);
  }

  /**
   * @param id the event id
   * @return a copy with the event id
   */
  public ActionOptions withEventId(String id) {
    return new ActionOptions(reason, Objects.requireNonNull(id, "id"), expectedVersion);
  }

  /**
   * @param version the version the caller saw
   * @return a copy that checks the version
   */
  public ActionOptions withExpectedVersion(long version) {
    return new ActionOptions(reason, eventId, version);
  }

  /** @return the expected version, if set */
  public Optional<Long> findExpectedVersion() {
    return Optional.ofNullable(expectedVersion);
  }
}
