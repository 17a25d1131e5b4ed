package id.mpp.sdk.internal.http;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyTlsException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.http.AuthTransport;
import id.mpp.sdk.http.TlsPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Token-endpoint calls for auth schemes, on the agency's OkHttp client, without retries. */
final class OkHttpAuthTransport implements AuthTransport {

  private static final int MAX_BODY = 64 * 1024;

  private final AgencyId agencyId;
  private final OkHttpClient client;
  private final TlsPolicy tls;

  OkHttpAuthTransport(AgencyId agencyId, OkHttpClient client, TlsPolicy tls) {
    this.agencyId = agencyId;
    this.client = client;
    this.tls = tls;
  }

  @Override
  public AuthTransport.Response post(URI url, Map<String, String> headers, String contentType,
      byte[] body) {
    Objects.requireNonNull(url, "url");
    HttpUrl target = HttpUrl.get(url.toString());
    Request.Builder rb = new Request.Builder().url(target)
        .post(RequestBody.create(body, MediaType.get(contentType), 0, body.length));
    headers.forEach(rb::header);
    try (okhttp3.Response r = client.newCall(rb.build()).execute()) {
      byte[] bytes;
      try (InputStream in = r.body().byteStream()) {
        bytes = in.readNBytes(MAX_BODY + 1);
      }
      if (bytes.length > MAX_BODY) {
        throw new AgencyAuthenticationException(agencyId.value(), null,
            "the token endpoint answered more than " + MAX_BODY + " bytes", null);
      }
      return new AuthTransport.Response(r.code(), r.headers().toMultimap(), bytes);
    } catch (IOException e) {
      // a refused certificate is the same typed failure at the token endpoint as at the agency
      AgencyTlsException refused = AgencyTls.failure(agencyId.value(), null, target.host(), tls,
          e);
      if (refused != null) {
        throw refused;
      }
      throw new AgencyAuthenticationException(agencyId.value(), null,
          "the token endpoint could not be reached (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  @Override
  public String toString() {
    return "AuthTransport[" + agencyId + "]";
  }
}
