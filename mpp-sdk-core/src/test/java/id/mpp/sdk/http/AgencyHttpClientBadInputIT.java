package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MalformedJsonException;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad-input tests S1, S2, S5 and S8 of reliability.md §10.3 at the agency HTTP boundary: each is
 * refused with a typed error that leaks no data, before anything is bound or sent.
 */
@Tag("reliability")
class AgencyHttpClientBadInputIT {

  @RegisterExtension
  static WireMockExtension wm = HttpFixture.wireMock();

  record Echo(@NotBlank String value) {
  }

  private final HttpFixture f = HttpFixture.withManualTime();

  private AgencyHttpClient client(long maxResponseBytes) {
    return f.client(HttpFixture.config(wm).maxResponseBytes(maxResponseBytes)
        .resilience(ResilienceConfig.custom().maxAttempts(1).build()).build());
  }

  private static MalformedJsonException.Reason reasonOf(Throwable e) {
    assertThat(e).isInstanceOf(AgencyProtocolException.class);
    assertThat(e.getCause()).isInstanceOf(MalformedJsonException.class);
    return ((MalformedJsonException) e.getCause()).reason();
  }

  private Throwable callWith(String body, long cap) {
    wm.stubFor(get("/doc").willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody(body)));
    return org.assertj.core.api.Assertions.catchThrowable(
        () -> client(cap).call(AgencyRequest.get("/doc"), Echo.class));
  }

  // S1 ---------------------------------------------------------------------------------------

  @Test
  void s1_whenNested10000Deep_refusedByDepthLimitWithoutStackOverflow() {
    String deep = "{\"value\":\"x\",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    assertThat(reasonOf(callWith(deep, 4_000_000)))
        .isEqualTo(MalformedJsonException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void s1_when25MbString_refusedByStringLimitBeforeBinding() {
    String huge = "{\"value\":\"" + "a".repeat(25 * 1024 * 1024) + "\"}";

    assertThat(reasonOf(callWith(huge, 30_000_000)))
        .isEqualTo(MalformedJsonException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void s1_when25MbStringUnderTheDefaultCap_refusedBySizeCap() {
    String huge = "{\"value\":\"" + "a".repeat(25 * 1024 * 1024) + "\"}";
    wm.stubFor(get("/doc").willReturn(aResponse().withBody(huge)));

    assertThatThrownBy(() -> f.client(HttpFixture.config(wm).build())
        .call(AgencyRequest.get("/doc"), Echo.class))
        .isInstanceOf(AgencyProtocolException.class).hasMessageContaining("maxResponseBytes");
  }

  @Test
  void s1_when2000DigitNumber_refusedByNumberLimit() {
    String number = "{\"value\":\"x\",\"n\":" + "9".repeat(2000) + "}";

    assertThat(reasonOf(callWith(number, 4_000_000)))
        .isEqualTo(MalformedJsonException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void s1_when1MbPropertyName_refusedByNameLimit() {
    String name = "{\"" + "k".repeat(1024 * 1024) + "\":1,\"value\":\"x\"}";

    assertThat(reasonOf(callWith(name, 4_000_000)))
        .isEqualTo(MalformedJsonException.Reason.LIMIT_EXCEEDED);
  }

  // S2 ---------------------------------------------------------------------------------------

  @Test
  void s2_whenWrongType_protocolErrorNamingTheField() {
    Throwable e = callWith("{\"value\":{\"nested\":true}}", 4096);

    assertThat(reasonOf(e)).isEqualTo(MalformedJsonException.Reason.WRONG_SHAPE);
    assertThat(e).hasMessageContaining("value");
  }

  @Test
  void s2_whenRequiredFieldMissing_protocolErrorNamingFieldAndRule() {
    assertThat(callWith("{}", 4096)).isInstanceOf(AgencyProtocolException.class)
        .hasMessageContaining("value").hasMessageContaining("NotBlank");
  }

  @Test
  void s2_whenExtraFields_ignored() {
    wm.stubFor(get("/doc").willReturn(okJson("{\"value\":\"ok\",\"baru\":[1,2,{\"x\":null}]}")));

    assertThat(client(4096).call(AgencyRequest.get("/doc"), Echo.class).value()).isEqualTo("ok");
  }

  @Test
  void s2_whenDuplicateKeys_refused() {
    assertThat(reasonOf(callWith("{\"value\":\"a\",\"value\":\"b\"}", 4096)))
        .isEqualTo(MalformedJsonException.Reason.DUPLICATE_KEY);
  }

  @Test
  void s2_whenInvalidUtf8_refusedWithoutQuotingIt() {
    byte[] bad = {'{', '"', 'v', 'a', 'l', 'u', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
        '"', '}'};
    wm.stubFor(get("/doc").willReturn(aResponse().withBody(bad)));

    Throwable e = org.assertj.core.api.Assertions.catchThrowable(
        () -> client(4096).call(AgencyRequest.get("/doc"), Echo.class));

    assertThat(reasonOf(e)).as("refused as malformed JSON, whichever layer noticed")
        .isIn(MalformedJsonException.Reason.SYNTAX, MalformedJsonException.Reason.WRONG_SHAPE);
    assertThat(e.getMessage()).doesNotContain("\u00c3");
  }

  @Test
  void s2_whenAnswerIsNotJsonAtAll_protocolError() {
    assertThat(reasonOf(callWith("<html>maintenance</html>", 4096)))
        .isEqualTo(MalformedJsonException.Reason.SYNTAX);
  }

  // S5 ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nX-Injected: 1", "a\nb", "a\u0000b", "nama\u00e9"})
  void s5_whenHeaderHasControlOrNonAsciiCharacters_refusedBeforeSending(String value) {
    assertThatThrownBy(() -> client(4096).send(AgencyRequest.get("/doc")
        .withHeader("X-Note", value)))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("headers.X-Note",
                    "http.header.control")));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void s5_whenHeaderOver8Kb_refusedBeforeSending() {
    assertThatThrownBy(() -> client(4096).send(AgencyRequest.get("/doc")
        .withHeader("X-Note", "a".repeat(8193))))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("http.header.size"));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void s5_whenAuthSchemeProducesAnInjectedHeader_refusedBeforeSending() {
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .auth(request -> Map.of("X-Signature", "abc\r\nX-Evil: 1")).build());

    assertThatThrownBy(() -> client.send(AgencyRequest.get("/doc")))
        .isInstanceOf(AgencyAuthenticationException.class)
        .hasMessageNotContaining("X-Evil");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void s5_whenPathHasSpacesOrControls_refusedBeforeSending() {
    assertThatThrownBy(() -> client(4096).send(AgencyRequest.get("/doc\r\nHost: evil")))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule).containsExactly("http.path"));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  // S8 ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/",
      "https://evil.example/collect", "//evil.example/x"})
  void s8_whenRedirectToAnotherHost_notFollowedEvenWhenSameHostRedirectsAllowed(String target) {
    wm.stubFor(get("/r").willReturn(aResponse().withStatus(302).withHeader("Location", target)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .redirects(RedirectPolicy.SAME_HOST).build());

    assertThatThrownBy(() -> client.send(AgencyRequest.get("/r")))
        .isInstanceOf(AgencyProtocolException.class).hasMessageContaining("another host");
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/r")))).hasSize(1);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void s8_whenRedirectsOff_evenSameHostNotFollowed() {
    wm.stubFor(get("/r").willReturn(aResponse().withStatus(301).withHeader("Location", "/doc")));

    assertThatThrownBy(() -> client(4096).send(AgencyRequest.get("/r")))
        .isInstanceOf(AgencyProtocolException.class).hasMessageContaining("redirects are off");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
