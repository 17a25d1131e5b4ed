package id.mpp.sdk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.validation.MppValidator;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {

  private static final TrackingNumber NUMBER =
      TrackingNumber.of("3273", LocalDate.of(2026, 3, 16), 7);

  @Test
  void defaults_whenEveryKnownStatusAndBothLanguages_haveATemplate() {
    for (ApplicationStatus status : ApplicationStatus.values()) {
      if (status == ApplicationStatus.UNKNOWN) {
        continue;
      }
      assertThat(NotificationTemplates.defaults().find(status, MppValidator.INDONESIAN))
          .as("id %s", status).isPresent();
      assertThat(NotificationTemplates.defaults().find(status, MppValidator.ENGLISH))
          .as("en %s", status).isPresent();
    }
    assertThat(NotificationTemplates.defaults().find(ApplicationStatus.UNKNOWN,
        MppValidator.INDONESIAN)).isEmpty();
  }

  @Test
  void render_whenDefaults_namesTrackingNumberAndServiceOnly() {
    for (ApplicationStatus status : ApplicationStatus.values()) {
      for (Locale locale : new Locale[] {MppValidator.INDONESIAN, MppValidator.ENGLISH}) {
        NotificationTemplates.defaults().find(status, locale).ifPresent(t -> {
          String text = t.renderText(NUMBER, "Penerbitan SKCK Baru");
          assertThat(text).contains(NUMBER.toString()).contains("Penerbitan SKCK Baru")
              .doesNotContain("{").doesNotMatch("(?s).*\\d{16}.*");
          assertThat(t.renderSubject(NUMBER, "Penerbitan SKCK Baru")).doesNotContain("{");
        });
      }
    }
  }

  @Test
  void find_whenLocaleNeitherIndonesianNorEnglish_fallsBackToIndonesian() {
    assertThat(NotificationTemplates.defaults().find(ApplicationStatus.READY_FOR_PICKUP,
        Locale.forLanguageTag("jv")).orElseThrow().subject()).isEqualTo("Siap diambil");
  }

  @Test
  void newBuilder_whenTemplateReplacedAndStatusRemoved_changesOnlyThose() {
    NotificationTemplates templates = NotificationTemplates.defaults().newBuilder()
        .put(ApplicationStatus.READY_FOR_PICKUP, "id",
            new NotificationTemplate("Siap", "{serviceName} {trackingNumber} di loket 5."))
        .remove(ApplicationStatus.RECEIVED)
        .build();
    assertThat(templates.find(ApplicationStatus.READY_FOR_PICKUP, MppValidator.INDONESIAN)
        .orElseThrow().renderText(NUMBER, "SKCK")).isEqualTo("SKCK " + NUMBER + " di loket 5.");
    assertThat(templates.find(ApplicationStatus.RECEIVED, MppValidator.ENGLISH)).isEmpty();
    assertThat(templates.find(ApplicationStatus.IN_PROCESS, MppValidator.ENGLISH)).isPresent();
    assertThat(NotificationTemplates.defaults().find(ApplicationStatus.RECEIVED,
        MppValidator.ENGLISH)).isPresent();
  }

  @Test
  void template_whenUnknownPlaceholder_isRefusedNamingTheField() {
    assertThatThrownBy(() -> new NotificationTemplate("Status", "Halo {applicantName}, {nik}"))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("text");
          assertThat(e.violations().get(0).rule()).isEqualTo("notificationTemplate.placeholder");
        });
  }

  @Test
  void template_whenBlankSubject_isRefused() {
    assertThatThrownBy(() -> new NotificationTemplate(" ", "text"))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo("notificationTemplate.length"));
  }

  @Test
  void put_whenLanguageUnsupported_isRefused() {
    assertThatThrownBy(() -> NotificationTemplates.builder().put(ApplicationStatus.COMPLETED,
        "jv", new NotificationTemplate("a", "b")))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).field()).isEqualTo("language"));
  }

  @Test
  void notification_whenPrinted_masksPhoneAndEmail() {
    Notification sms = new Notification("evt-1/notify", NUMBER, ApplicationStatus.COMPLETED,
        NotificationChannel.SMS, "+6281234567890", MppValidator.INDONESIAN, "s", "t");
    Notification mail = new Notification("evt-1/notify", NUMBER, ApplicationStatus.COMPLETED,
        NotificationChannel.EMAIL, "budi.santoso@example.go.id", MppValidator.INDONESIAN, "s",
        "t");
    assertThat(sms.toString()).doesNotContain("6281234567890").contains("+62812");
    assertThat(mail.toString()).doesNotContain("budi.santoso").contains("@example.go.id");
  }
}
