package id.mpp.sdk.adapter.example;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.config.SettingsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The first-adapter guides show the settings table the example's config record produces. */
class ExampleAdapterDocsTest {

  private static final String TABLE = SettingsTable.of(ContohPerizinanConfig.class,
      "mpp.adapter.contoh-perizinan.").toMarkdown();

  @Test
  void englishGuide_whenBuilt_containsTheGeneratedSettingsTable() throws IOException {
    assertThat(Files.readString(Path.of("../docs/en/first-adapter.md"))).contains(TABLE);
  }

  @Test
  void indonesianGuide_whenBuilt_containsTheGeneratedSettingsTable() throws IOException {
    assertThat(Files.readString(Path.of("../docs/id/first-adapter.md"))).contains(TABLE);
  }
}
