package id.mpp.sdk.adapter;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How an agency's native statuses map to the canonical {@link ApplicationStatus}, declared as
 * data. Native statuses are matched without regard to case or surrounding spaces; an unmapped one
 * maps to {@link ApplicationStatus#UNKNOWN} (never guessed).
 *
 * <pre>{@code
 * static final StatusMapping STATUSES = StatusMapping.builder()
 *     .map(ApplicationStatus.RECEIVED, "DITERIMA", "REGISTERED")
 *     .map(ApplicationStatus.IN_PROCESS, "VERIFIKASI", "PROSES")
 *     .map(ApplicationStatus.READY_FOR_PICKUP, "SIAP_AMBIL")
 *     .build();
 * STATUSES.toCanonical("proses");   // IN_PROCESS
 * }</pre>
 *
 * <p>Or from properties ({@code native=CANONICAL}) with {@link #fromProperties(Map)}.
 *
 * @param mapping native status (normalised: trimmed, upper case) to canonical status
 */
public record StatusMapping(Map<String, ApplicationStatus> mapping) {

  /**
   * Normalises and copies the mapping.
   *
   * @throws IllegalArgumentException if a native status is blank, maps to UNKNOWN, or appears
   *     twice after normalising
   */
  public StatusMapping {
    Map<String, ApplicationStatus> normalised = new LinkedHashMap<>();
    mapping.forEach((nativeStatus, canonical) -> {
      Objects.requireNonNull(canonical, "canonical");
      String key = normalise(nativeStatus);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("a native status must not be blank");
      }
      if (canonical == ApplicationStatus.UNKNOWN) {
        throw new IllegalArgumentException("native status '" + key
            + "' must map to a known canonical status, not UNKNOWN");
      }
      if (normalised.put(key, canonical) != null) {
        throw new IllegalArgumentException("native status '" + key + "' is mapped twice");
      }
    });
    mapping = Map.copyOf(normalised);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a mapping declared as properties: each key is a native status, each value the name of
   * a canonical status ({@code PROSES=IN_PROCESS}).
   *
   * @param properties native to canonical name
   * @return the mapping
   * @throws MppValidationException naming every key whose value is not a canonical status
   */
  public static StatusMapping fromProperties(Map<String, String> properties) {
    Map<String, ApplicationStatus> map = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    properties.forEach((k, v) -> {
      try {
        ApplicationStatus s = ApplicationStatus.valueOf(v.trim().toUpperCase(Locale.ROOT));
        if (s == ApplicationStatus.UNKNOWN) {
          throw new IllegalArgumentException("UNKNOWN");
        }
        map.put(k, s);
      } catch (IllegalArgumentException e) {
        violations.add(new Violation(k, "statusMapping.canonical",
            "must be one of SUBMITTED, RECEIVED, NEEDS_REVISION, IN_PROCESS, READY_FOR_PICKUP,"
                + " COMPLETED, REJECTED, CANCELLED, EXPIRED"));
      }
    });
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    return new StatusMapping(map);
  }

  /**
   * Maps a native status.
   *
   * @param nativeStatus the agency's status as it wrote it
   * @return the canonical status, {@link ApplicationStatus#UNKNOWN} when unmapped
   */
  public ApplicationStatus toCanonical(String nativeStatus) {
    if (nativeStatus == null) {
      return ApplicationStatus.UNKNOWN;
    }
    return mapping.getOrDefault(normalise(nativeStatus), ApplicationStatus.UNKNOWN);
  }

  /**
   * @param nativeStatus the agency's status
   * @return whether it is mapped
   */
  public boolean isMapped(String nativeStatus) {
    return nativeStatus != null && mapping.containsKey(normalise(nativeStatus));
  }

  /**
   * Builds a status report with the canonical status filled in.
   *
   * @param agencyReference the agency's reference
   * @param nativeStatus the agency's status
   * @param at when it was set
   * @param note a note without personal data, or {@code null}
   * @return the report
   */
  public AgencyStatusReport report(String agencyReference, String nativeStatus, Instant at,
      String note) {
    return new AgencyStatusReport(agencyReference, nativeStatus, toCanonical(nativeStatus), at,
        note);
  }

  /**
   * Builds a submission receipt with the canonical status filled in.
   *
   * @param agencyReference the agency's reference
   * @param nativeStatus the agency's status
   * @param receivedAt when it was received
   * @param note a note without personal data, or {@code null}
   * @return the receipt
   */
  public SubmissionReceipt receipt(String agencyReference, String nativeStatus,
      Instant receivedAt, String note) {
    return new SubmissionReceipt(agencyReference, nativeStatus, toCanonical(nativeStatus),
        receivedAt, note);
  }

  private static String normalise(String nativeStatus) {
    return Objects.requireNonNull(nativeStatus, "nativeStatus").strip().toUpperCase(Locale.ROOT);
  }

  /** Builds a {@link StatusMapping}. */
  public static final class Builder {

    private final Map<String, ApplicationStatus> mapping = new LinkedHashMap<>();

    Builder() {
    }

    /**
     * Maps native statuses to one canonical status.
     *
     * @param canonical the canonical status
     * @param nativeStatuses the agency's statuses that mean it
     * @return this builder
     * @throws IllegalArgumentException if a native status is already mapped
     */
    public Builder map(ApplicationStatus canonical, String... nativeStatuses) {
      for (String n : nativeStatuses) {
        if (mapping.putIfAbsent(n, canonical) != null) {
          throw new IllegalArgumentException("native status '" + n + "' is mapped twice");
        }
      }
      return this;
    }

    /**
     * @return the mapping
     * @throws IllegalArgumentException if two native statuses collide after normalising
     */
    public StatusMapping build() {
      return new StatusMapping(mapping);
    }
  }
}
