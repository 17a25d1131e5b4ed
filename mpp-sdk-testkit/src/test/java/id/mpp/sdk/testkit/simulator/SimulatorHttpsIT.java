package id.mpp.sdk.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** An https simulator: served with a CA of its own, refused by a client that does not trust it. */
class SimulatorHttpsIT {

  @Test
  void useHttps_whenTheClientTrustsTheCa_answersOverHttpsOnly() throws Exception {
    SimulatorHttps identity = SimulatorHttps.create("Counter test CA");
    try (CounterSimulator simulator = new CounterSimulator()) {
      simulator.useHttps(identity);
      simulator.start();
      URI increment = URI.create(simulator.baseUri() + "/counter/increment");

      HttpResponse<String> answer = trusting(identity).send(HttpRequest.newBuilder(increment)
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(simulator.baseUri().getScheme()).isEqualTo("https");
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("{\"count\":1}");
      assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(increment)
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
      assertThat(simulator.count()).as("requests the agency acted on").isEqualTo(1);
      assertThat(identity.toString()).contains("Counter test CA").doesNotContain("PRIVATE");
    }
  }

  @Test
  void useHttps_whenAlreadyStarted_isRefused() {
    try (CounterSimulator simulator = new CounterSimulator()) {
      simulator.start();

      assertThatThrownBy(() -> simulator.useHttps(SimulatorHttps.create("late CA")))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("before start");
      assertThat(simulator.baseUri().getScheme()).isEqualTo("http");
    }
  }

  private static HttpClient trusting(SimulatorHttps identity) throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", identity.caCertificate());
    TrustManagerFactory factory = TrustManagerFactory.getInstance(
        TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(tls).build();
  }
}
