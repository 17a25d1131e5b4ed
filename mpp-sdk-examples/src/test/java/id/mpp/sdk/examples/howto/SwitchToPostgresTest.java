package id.mpp.sdk.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.config.Secret;
import org.junit.jupiter.api.Test;

class SwitchToPostgresTest {

  private final HowToOutput out = new HowToOutput();

  @Test
  void run_whenNoJdbcUrl_runsOnInMemoryStores() {
    assertThat(SwitchToPostgres.run(out.stream, null, null, null))
        .isEqualTo("Stores[InMemoryQueueStore, InMemoryTrackingStore]");
  }

  @Test
  void run_whenJdbcUrlButNoProviderOnTheClassPath_saysToAddMppSdkJdbc() {
    String advice = SwitchToPostgres.run(out.stream, "jdbc:postgresql://db.internal/mpp", "mpp",
        Secret.of("rahasia"));

    assertThat(advice).contains("id.mpp:mpp-sdk-jdbc").doesNotContain("db.internal");
    assertThat(out.text()).startsWith("no PostgreSQL stores: ").doesNotContain("rahasia");
  }
}
