package id.mpp.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingsTableTest {

  record Auth(@Setting(description = "API key") @NotNull Secret apiKey) {
  }

  record Config(
      @Setting(description = "Base URL of the agency API", example = "https://api.example.go.id")
      @NotNull URI baseUrl,
      @Setting(description = "Attempts per call", defaultValue = "3") @Min(1) @Max(10)
      int maxAttempts,
      @Setting(description = "Deadline", defaultValue = "10s") Duration deadline,
      Auth auth) {
  }

  @Test
  void of_whenRecord_listsEveryPropertyWithRulesAndDescriptions() {
    SettingsTable table = SettingsTable.of(Config.class, "mpp.adapter.uji.");

    assertThat(table.rows()).extracting(SettingsTable.Row::name).containsExactly(
        "mpp.adapter.uji.baseUrl", "mpp.adapter.uji.maxAttempts", "mpp.adapter.uji.deadline",
        "mpp.adapter.uji.auth.apiKey");
    assertThat(table.rows().get(0).required()).isTrue();
    assertThat(table.rows().get(1).constraints()).isEqualTo("@Max(10) @Min(1)");
    assertThat(table.rows().get(3).secret()).isTrue();
  }

  @Test
  void toMarkdown_whenRecord_rendersOneLinePerSetting() {
    String md = SettingsTable.of(Config.class, "p.").toMarkdown();

    assertThat(md).contains("| `p.maxAttempts` | int | no | `3` | @Max(10) @Min(1) | Attempts per call |")
        .contains("| `p.auth.apiKey` | Secret (secret) | yes |")
        .contains("Example: `https://api.example.go.id`");
  }
}
