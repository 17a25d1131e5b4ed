package id.mpp.sdk.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SwitchToPostgresTest {

  private final HowToOutput out = new HowToOutput();

  @Test
  void run_whenNoJdbcUrl_runsOnInMemoryStores() {
    assertThat(SwitchToPostgres.run(out.stream, null, null, null))
        .isEqualTo("Stores[InMemoryQueueStore, InMemoryTrackingStore]");
  }

  @Test
  void run_whenPostgresUrl_runsOnPostgresStoresWithTheSchemaMigrated() throws IOException {
    try (EmbeddedPostgres db = EmbeddedPostgres.builder().start()) {
      String stores = SwitchToPostgres.run(out.stream, db.getJdbcUrl("postgres", "postgres"),
          "postgres", null);

      assertThat(stores).isEqualTo("PostgresStores[schema=2, pool=own]");
      assertThat(out.text()).startsWith("the hub runs on PostgresStores");
    }
  }

  @Test
  void run_whenNoProviderTakesTheUrl_saysWhatToAddAndHidesHostAndPassword() {
    String advice = SwitchToPostgres.run(out.stream, "jdbc:mysql://db.internal/mpp", "mpp",
        Secret.of("rahasia"));

    assertThat(advice).contains("id.mpp:mpp-sdk-jdbc").contains("jdbc:mysql")
        .doesNotContain("db.internal");
    assertThat(out.text()).startsWith("no PostgreSQL stores: ").doesNotContain("rahasia");
  }
}
