package id.mpp.sdk.internal.http;

import id.mpp.sdk.AgencyTlsException;
import id.mpp.sdk.AgencyTlsException.Reason;
import id.mpp.sdk.http.TlsPolicy;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/**
 * Applies a {@link TlsPolicy} to an OkHttp client, and tells a TLS failure (typed, never retried)
 * from a handshake cut by the network (a connection failure like any other).
 */
final class AgencyTls {

  private static final Pattern DN_LINE = Pattern.compile("DN: ([^\\n]*)");
  private static final Pattern CHAIN_LINE = Pattern.compile(
      "Peer certificate chain:\\s*\\n\\s*sha256/[A-Za-z0-9+/=]+: ([^\\n]*)");
  private static final Pattern SUBJECT = Pattern.compile("\\(subject ([^)]*)\\)");

  private AgencyTls() {
  }

  /**
   * Sets the trust manager (when the policy names CAs) and the certificate pinner (when it pins).
   * Host-name verification is OkHttp's and stays on.
   *
   * @param builder the agency's client builder
   * @param policy its TLS policy
   */
  static void apply(OkHttpClient.Builder builder, TlsPolicy policy) {
    if (!policy.trustedCertificates().isEmpty()) {
      X509ExtendedTrustManager trustManager = trustManager(policy.trustedCertificates());
      try {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustManager}, null);
        builder.sslSocketFactory(context.getSocketFactory(), trustManager);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot set up TLS with the agency's CAs", e);
      }
    }
    if (!policy.pins().isEmpty()) {
      CertificatePinner.Builder pinner = new CertificatePinner.Builder();
      policy.pins().forEach((host, pins) -> pinner.add(host, pins.toArray(String[]::new)));
      builder.certificatePinner(pinner.build());
    }
  }

  private static X509ExtendedTrustManager trustManager(List<X509Certificate> cas) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      for (int i = 0; i < cas.size(); i++) {
        store.setCertificateEntry("agency-ca-" + i, cas.get(i));
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance(
          TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager tm : factory.getTrustManagers()) {
        if (tm instanceof X509ExtendedTrustManager x509) {
          return new NamingTrustManager(x509);
        }
      }
      throw new IllegalStateException("the JDK's TrustManagerFactory gave no X509TrustManager");
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot load the agency's CA certificates", e);
    }
  }

  /**
   * The typed error of a TLS failure, or {@code null} if the failure is not one (a handshake cut
   * by the network, a timeout, or no TLS at all).
   *
   * @param agency the agency id
   * @param requestId the call's request id
   * @param host the host called
   * @param policy the agency's policy
   * @param e what the attempt failed with, before any request byte was written
   * @return the error, or {@code null}
   */
  static AgencyTlsException failure(String agency, String requestId, String host,
      TlsPolicy policy, IOException e) {
    Reason reason = reason(e);
    if (reason == null) {
      return null;
    }
    String subject = subject(e);
    String of = "host " + host + (subject == null ? "" : " (subject " + subject + ")");
    String message = switch (reason) {
      case UNTRUSTED_CERTIFICATE -> "the certificate of " + of + " is not issued by a trusted CA"
          + (policy.trustedCertificates().isEmpty() ? " (the JDK's trust store)"
          : " (the " + policy.trustedCertificates().size() + " CA(s) of the agency's TlsPolicy)")
          + "; add the agency's CA with TlsPolicy.trust(...) or ask the agency to fix its chain";
      case EXPIRED_CERTIFICATE -> "a certificate of " + of + " has expired or is not yet valid;"
          + " the agency must renew it";
      case HOST_NAME_MISMATCH -> "the certificate of " + of + " is issued for another host name;"
          + " check baseUrl or ask the agency for a certificate naming " + host;
      case PIN_MISMATCH -> "the certificate chain of " + of + " holds none of the "
          + policy.pinsFor(host).size() + " key(s) pinned for it; if the agency rotated its key,"
          + " add the new key's pin as a backup pin";
      case HANDSHAKE_FAILED -> "the handshake with host " + host + " failed ("
          + e.getClass().getSimpleName() + safeDetail(e) + ")";
    };
    // OkHttp's pinning message lists every configured pin: it is not kept as the cause
    Throwable cause = reason == Reason.PIN_MISMATCH ? null : e;
    return new AgencyTlsException(agency, requestId, reason, message + "; nothing was sent",
        cause);
  }

  private static Reason reason(IOException e) {
    if (e instanceof SSLPeerUnverifiedException) {
      String m = String.valueOf(e.getMessage());
      if (m.startsWith("Certificate pinning failure")) {
        return Reason.PIN_MISMATCH;
      }
      if (m.startsWith("Hostname ")) {
        return Reason.HOST_NAME_MISMATCH;
      }
      return Reason.UNTRUSTED_CERTIFICATE;
    }
    if (!(e instanceof SSLException) || cutByNetwork(e)) {
      return null;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException
          || t instanceof CertPathValidatorException v
          && (v.getReason() == CertPathValidatorException.BasicReason.EXPIRED
          || v.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
        return Reason.EXPIRED_CERTIFICATE;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof CertificateException
          && (m.startsWith("No subject alternative") || m.startsWith("No name matching"))) {
        return Reason.HOST_NAME_MISMATCH;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateException || t instanceof CertPathBuilderException
          || t instanceof CertPathValidatorException) {
        return Reason.UNTRUSTED_CERTIFICATE;
      }
    }
    return Reason.HANDSHAKE_FAILED;
  }

  /** A handshake that ended because the connection closed, reset or timed out. */
  private static boolean cutByNetwork(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof EOFException || t instanceof SocketException
          || t instanceof InterruptedIOException || m.contains("remote host terminated")
          || m.contains("connection reset") || m.contains("broken pipe")
          || m.contains("peer shut down")) {
        return true;
      }
    }
    return false;
  }

  private static String subject(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m == null) {
        continue;
      }
      for (Pattern p : List.of(SUBJECT, DN_LINE, CHAIN_LINE)) {
        Matcher matcher = p.matcher(m);
        if (matcher.find()) {
          return clean(matcher.group(1));
        }
      }
    }
    return null;
  }

  private static String safeDetail(IOException e) {
    String m = e.getMessage();
    return m == null ? "" : ": " + clean(m);
  }

  /** Keeps printable text of a bounded length (a subject, a JDK alert description). */
  private static String clean(String text) {
    String line = text.lines().findFirst().orElse("").strip();
    StringBuilder out = new StringBuilder();
    line.codePoints().filter(c -> c >= 0x20 && c < 0x7f).limit(160)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * The JDK's trust manager with the refused leaf's subject added to the failure (so the error
   * names which certificate was refused).
   */
  private static final class NamingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;

    NamingTrustManager(X509ExtendedTrustManager delegate) {
      this.delegate = delegate;
    }

    private static CertificateException named(X509Certificate[] chain, CertificateException e) {
      if (chain == null || chain.length == 0) {
        return e;
      }
      CertificateException out = new CertificateException("refused (subject "
          + chain[0].getSubjectX500Principal().getName() + "): " + e.getMessage(), e);
      return out;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      try {
        delegate.checkServerTrusted(chain, authType, socket);
      } catch (CertificateException e) {
        throw named(chain, e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      try {
        delegate.checkServerTrusted(chain, authType, engine);
      } catch (CertificateException e) {
        throw named(chain, e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      try {
        delegate.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        throw named(chain, e);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return delegate.getAcceptedIssuers();
    }
  }
}
