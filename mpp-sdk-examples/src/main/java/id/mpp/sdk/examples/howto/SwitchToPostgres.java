package id.mpp.sdk.examples.howto;

import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.hub.MissingStoresProviderException;
import id.mpp.sdk.hub.MppHub;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.time.SiteZone;
import java.io.PrintStream;
import java.time.Clock;

/**
 * How-to: switch to PostgreSQL. The hub's stores are in memory by default; give it a JDBC URL and
 * it finds the store provider of {@code mpp-sdk-jdbc} on the class path with ServiceLoader,
 * opens a connection pool and migrates the schema. Several hub instances (processes) of one
 * site may then share the database. Without {@code mpp-sdk-jdbc} on the class path the hub says
 * what to add.
 *
 * <pre>
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=id.mpp.sdk.examples.howto.SwitchToPostgres \
 *     -Dexec.args="jdbc:postgresql://localhost:5432/mpp mpp"    # password from MPP_DB_PASSWORD
 * </pre>
 */
public final class SwitchToPostgres {

  private SwitchToPostgres() {
  }

  /**
   * Runs the how-to.
   *
   * @param args the JDBC URL and the user; none for in-memory stores
   */
  public static void main(String[] args) {
    String password = System.getenv("MPP_DB_PASSWORD");
    run(HowTo.console(), args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : "mpp",
        password == null ? null : Secret.of(password));
  }

  /**
   * Builds a hub on the stores asked for and prints what it runs on.
   *
   * @param out where to print
   * @param jdbcUrl the database, or null for in-memory stores
   * @param user the database user
   * @param password the password, or null
   * @return what the hub runs on, or the hub's advice when the provider is missing
   */
  static String run(PrintStream out, String jdbcUrl, String user, Secret password) {
    MppHub.Builder builder = MppHub.builder().site(SiteId.of("mpp-kota-contoh"), "3273")
        .zone(SiteZone.WIB.zoneId()).clock(Clock.system(SiteZone.WIB.zoneId()))
        .catalogue(Catalogue.sample()).discoverAdapters(false);
    if (jdbcUrl != null) {
      builder.jdbcUrl(jdbcUrl, user, password);
    }
    try (MppHub hub = builder.build()) {
      String stores = hub.stores().toString();
      out.println("the hub runs on " + stores);
      return stores;
    } catch (MissingStoresProviderException e) {
      out.println("no PostgreSQL stores: " + e.getMessage());
      return e.getMessage();
    }
  }
}
