package id.mpp.sdk.testkit.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Connects an {@link AgencySimulator} to a WireMock server: one stub per route. */
final class WireMockBinding {

  private static final String TRANSFORMER = "mpp-agency-simulator";
  private static final String ROUTE_PARAMETER = "route";

  private WireMockBinding() {}

  static WireMockServer start(AgencySimulator simulator, int journalCapacity,
      SimulatorHttps https) {
    WireMockConfiguration config = wireMockConfig()
        .bindAddress("127.0.0.1")
        .maxRequestJournalEntries(journalCapacity)
        .stubRequestLoggingDisabled(true)
        .notifier(new ConsoleNotifier(false))
        .extensions(new Transformer(simulator), new UnmatchedListener(simulator));
    if (https == null) {
      config.dynamicPort();
    } else {
      config.httpDisabled(true).dynamicHttpsPort().keystorePath(https.keystore().toString())
          .keystorePassword(https.password()).keyManagerPassword(https.password())
          .keystoreType("PKCS12");
    }
    WireMockServer server = new WireMockServer(config);
    server.start();
    return server;
  }

  static void register(WireMockServer server, List<Routes.Definition> routes) {
    for (int i = 0; i < routes.size(); i++) {
      Routes.Definition route = routes.get(i);
      server.stubFor(request(route.method(), urlPathMatching(route.pathRegex()))
          .willReturn(aResponse().withTransformers(TRANSFORMER)
              .withTransformerParameter(ROUTE_PARAMETER, i)));
    }
  }

  static SimulatedRequest toRequest(LoggedRequest logged) {
    URI uri = URI.create(logged.getUrl());
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : logged.getHeaders().all()) {
      headers.put(header.key(), header.values());
    }
    byte[] body = logged.getBody();
    return new SimulatedRequest(logged.getMethod().getName(), uri.getRawPath(),
        uri.getRawQuery() == null ? "" : uri.getRawQuery(), headers,
        body == null ? new byte[0] : body);
  }

  /** Runs the simulator's route for a matched stub and turns the outcome into WireMock's terms. */
  private static final class Transformer implements ResponseDefinitionTransformerV2 {

    private final AgencySimulator simulator;

    Transformer(AgencySimulator simulator) {
      this.simulator = simulator;
    }

    @Override
    public String getName() {
      return TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      int route = serveEvent.getTransformerParameters().getInt(ROUTE_PARAMETER);
      AgencySimulator.Outcome outcome =
          simulator.dispatch(route, toRequest(serveEvent.getRequest()));
      if (outcome.fault() != null && AgencySimulator.isTransportFault(outcome.fault())) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withFault(switch (outcome.fault()) {
              case EMPTY_RESPONSE -> Fault.EMPTY_RESPONSE;
              case RANDOM_DATA_THEN_CLOSE -> Fault.RANDOM_DATA_THEN_CLOSE;
              default -> Fault.CONNECTION_RESET_BY_PEER;
            }).build();
      }
      SimulatedResponse response = outcome.response();
      ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
          .withStatus(response.status())
          .withBody(response.body());
      response.headers().forEach(builder::withHeader);
      if (!outcome.delay().isZero()) {
        builder.withFixedDelay((int) outcome.delay().toMillis());
      }
      return builder.build();
    }
  }

  /** Records requests that matched no route, so that the test fails. */
  private static final class UnmatchedListener implements ServeEventListener {

    private final AgencySimulator simulator;

    UnmatchedListener(AgencySimulator simulator) {
      this.simulator = simulator;
    }

    @Override
    public String getName() {
      return "mpp-agency-simulator-unmatched";
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public void afterMatch(ServeEvent serveEvent, Parameters parameters) {
      if (!serveEvent.getWasMatched()) {
        simulator.recordUnmatched(toRequest(serveEvent.getRequest()));
      }
    }
  }
}
