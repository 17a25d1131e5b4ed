package id.mpp.sdk.tracking;

import id.mpp.sdk.MppValidationException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The status messages a citizen receives, per status, in Bahasa Indonesia and English. A status
 * without a template sends nothing. {@link #defaults()} covers every canonical status in both
 * languages; an integrator replaces or removes single templates with {@link #newBuilder()}.
 *
 * <pre>{@code
 * NotificationTemplates templates = NotificationTemplates.defaults().newBuilder()
 *     .put(ApplicationStatus.READY_FOR_PICKUP, "id", new NotificationTemplate(
 *         "Siap diambil", "{serviceName} {trackingNumber} siap diambil di loket 5."))
 *     .remove(ApplicationStatus.RECEIVED)
 *     .build();
 * }</pre>
 *
 * <p>Language: {@code en} selects English; every other locale selects Bahasa Indonesia, the
 * language every MPP serves in. Immutable and thread-safe.
 */
public final class NotificationTemplates {

  /** Bahasa Indonesia. */
  public static final String INDONESIAN = "id";
  /** English. */
  public static final String ENGLISH = "en";

  private static final NotificationTemplates DEFAULTS = buildDefaults();

  private final Map<String, Map<ApplicationStatus, NotificationTemplate>> byLanguage;

  private NotificationTemplates(Map<String, Map<ApplicationStatus, NotificationTemplate>> map) {
    Map<String, Map<ApplicationStatus, NotificationTemplate>> copy = new LinkedHashMap<>();
    map.forEach((lang, templates) -> copy.put(lang, Map.copyOf(templates)));
    this.byLanguage = Map.copyOf(copy);
  }

  /** @return templates for every canonical status in Bahasa Indonesia and English */
  public static NotificationTemplates defaults() {
    return DEFAULTS;
  }

  /** @return an empty builder: no status sends anything until a template is put */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** @return a builder holding these templates, to change some */
  public Builder newBuilder() {
    return new Builder(byLanguage);
  }

  /**
   * The template for a status in a locale's language.
   *
   * @param status the status
   * @param locale the citizen's locale; {@code en} for English, anything else for Indonesian
   * @return the template, or empty when that status sends no message
   */
  public Optional<NotificationTemplate> find(ApplicationStatus status, Locale locale) {
    String lang = ENGLISH.equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    return Optional.ofNullable(byLanguage.getOrDefault(lang, Map.of()).get(status));
  }

  /** Builds {@link NotificationTemplates}. */
  public static final class Builder {

    private final Map<String, Map<ApplicationStatus, NotificationTemplate>> map =
        new LinkedHashMap<>();

    private Builder(Map<String, Map<ApplicationStatus, NotificationTemplate>> from) {
      from.forEach((lang, templates) -> {
        Map<ApplicationStatus, NotificationTemplate> copy = new EnumMap<>(ApplicationStatus.class);
        copy.putAll(templates);
        map.put(lang, copy);
      });
    }

    /**
     * Sets the template of a status in a language.
     *
     * @param status the status; not {@code UNKNOWN}
     * @param language {@value #INDONESIAN} or {@value #ENGLISH}
     * @param template the template
     * @return this builder
     * @throws MppValidationException if the status is unknown or the language unsupported
     */
    public Builder put(ApplicationStatus status, String language, NotificationTemplate template) {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(template, "template");
      if (status == ApplicationStatus.UNKNOWN) {
        throw MppValidationException.of("status", "notificationTemplates.status",
            "a template needs a known status");
      }
      if (!INDONESIAN.equals(language) && !ENGLISH.equals(language)) {
        throw MppValidationException.of("language", "notificationTemplates.language",
            "the language must be 'id' or 'en'");
      }
      map.computeIfAbsent(language, l -> new EnumMap<>(ApplicationStatus.class))
          .put(status, template);
      return this;
    }

    /**
     * Removes a status's templates in every language, so it sends no message.
     *
     * @param status the status
     * @return this builder
     */
    public Builder remove(ApplicationStatus status) {
      map.values().forEach(m -> m.remove(status));
      return this;
    }

    /** @return the templates */
    public NotificationTemplates build() {
      return new NotificationTemplates(map);
    }
  }

  private static NotificationTemplates buildDefaults() {
    Builder b = builder();
    id(b, ApplicationStatus.SUBMITTED, "Permohonan diajukan",
        "Permohonan {serviceName} Anda telah diajukan di MPP. Nomor lacak: {trackingNumber}."
            + " Simpan nomor ini untuk memantau status.");
    en(b, ApplicationStatus.SUBMITTED, "Application submitted",
        "Your application for {serviceName} was submitted at the MPP. Tracking number:"
            + " {trackingNumber}. Keep it to follow the status.");
    id(b, ApplicationStatus.RECEIVED, "Permohonan diterima instansi",
        "Permohonan {serviceName} ({trackingNumber}) telah diterima instansi.");
    en(b, ApplicationStatus.RECEIVED, "Application received by the agency",
        "Your application for {serviceName} ({trackingNumber}) was received by the agency.");
    id(b, ApplicationStatus.NEEDS_REVISION, "Berkas dikembalikan",
        "Berkas permohonan {serviceName} ({trackingNumber}) dikembalikan. Lihat keterangannya"
            + " di halaman lacak atau di loket, lalu lengkapi berkas Anda.");
    en(b, ApplicationStatus.NEEDS_REVISION, "Documents returned",
        "The documents for your {serviceName} application ({trackingNumber}) were returned. See"
            + " why on the tracking page or at the counter, then complete them.");
    id(b, ApplicationStatus.IN_PROCESS, "Permohonan diproses",
        "Permohonan {serviceName} ({trackingNumber}) sedang diproses.");
    en(b, ApplicationStatus.IN_PROCESS, "Application in process",
        "Your application for {serviceName} ({trackingNumber}) is being processed.");
    id(b, ApplicationStatus.READY_FOR_PICKUP, "Siap diambil",
        "Hasil permohonan {serviceName} ({trackingNumber}) siap diambil di MPP. Bawa tanda"
            + " terima permohonan.");
    en(b, ApplicationStatus.READY_FOR_PICKUP, "Ready for pickup",
        "The result of your {serviceName} application ({trackingNumber}) is ready for pickup at"
            + " the MPP. Bring your receipt.");
    id(b, ApplicationStatus.COMPLETED, "Permohonan selesai",
        "Permohonan {serviceName} ({trackingNumber}) telah selesai. Terima kasih; mohon isi"
            + " survei kepuasan masyarakat (SKM).");
    en(b, ApplicationStatus.COMPLETED, "Application completed",
        "Your application for {serviceName} ({trackingNumber}) is completed. Thank you; please"
            + " fill in the satisfaction survey (SKM).");
    id(b, ApplicationStatus.REJECTED, "Permohonan ditolak",
        "Permohonan {serviceName} ({trackingNumber}) ditolak. Alasannya dapat dilihat di halaman"
            + " lacak atau di loket.");
    en(b, ApplicationStatus.REJECTED, "Application rejected",
        "Your application for {serviceName} ({trackingNumber}) was rejected. See why on the"
            + " tracking page or at the counter.");
    id(b, ApplicationStatus.CANCELLED, "Permohonan dibatalkan",
        "Permohonan {serviceName} ({trackingNumber}) telah dibatalkan.");
    en(b, ApplicationStatus.CANCELLED, "Application cancelled",
        "Your application for {serviceName} ({trackingNumber}) was cancelled.");
    id(b, ApplicationStatus.EXPIRED, "Permohonan kedaluwarsa",
        "Permohonan {serviceName} ({trackingNumber}) kedaluwarsa karena tidak dilanjutkan dalam"
            + " batas waktu.");
    en(b, ApplicationStatus.EXPIRED, "Application expired",
        "Your application for {serviceName} ({trackingNumber}) expired because it was not"
            + " continued in time.");
    return b.build();
  }

  private static void id(Builder b, ApplicationStatus s, String subject, String text) {
    b.put(s, INDONESIAN, new NotificationTemplate(subject, text));
  }

  private static void en(Builder b, ApplicationStatus s, String subject, String text) {
    b.put(s, ENGLISH, new NotificationTemplate(subject, text));
  }
}
