package id.mpp.sdk.testkit.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Objects;
import okhttp3.tls.HeldCertificate;

/**
 * The TLS identity of an https simulator: a private CA made for the test and a server
 * certificate it signed for {@code 127.0.0.1}, as an agency with its own CA has. Give it to
 * {@link AgencySimulator#useHttps(SimulatorHttps)} before starting the simulator; trust
 * {@link #caPem()} (or pin {@link #caCertificate()}) on the hub's side.
 *
 * <pre>{@code
 * SimulatorHttps tls = SimulatorHttps.create("Dukcapil test CA");
 * simulator.useHttps(tls);
 * simulator.start();                       // baseUri() is https://127.0.0.1:<port>
 * settings.put("tls.trust", tls.writeCaPem(dir).toString());
 * }</pre>
 *
 * <p>The keys live only in memory and in a PKCS12 file in a temporary directory that is deleted
 * when the JVM exits; they are test keys, never an agency's.
 */
public final class SimulatorHttps {

  private static final String HOST = "127.0.0.1";

  private final HeldCertificate ca;
  private final Path keystore;
  private final String password;

  private SimulatorHttps(HeldCertificate ca, Path keystore, String password) {
    this.ca = ca;
    this.keystore = keystore;
    this.password = password;
  }

  /**
   * Makes a CA and a server certificate for {@code 127.0.0.1} signed by it.
   *
   * @param caName the CA's common name, for example {@code "Dukcapil test CA"}
   * @return the identity
   * @throws UncheckedIOException if the key store cannot be written
   */
  public static SimulatorHttps create(String caName) {
    Objects.requireNonNull(caName, "caName");
    HeldCertificate ca = new HeldCertificate.Builder().commonName(caName)
        .certificateAuthority(0).ecdsa256().build();
    HeldCertificate server = new HeldCertificate.Builder().commonName(HOST)
        .addSubjectAlternativeName(HOST).signedBy(ca).ecdsa256().build();
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    String password = HexFormat.of().formatHex(secret);
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("agency", server.keyPair().getPrivate(), password.toCharArray(),
          new Certificate[] {server.certificate(), ca.certificate()});
      Path dir = Files.createTempDirectory("mpp-simulator-tls");
      Path file = dir.resolve("agency.p12");
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password.toCharArray());
      }
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return new SimulatorHttps(ca, file, password);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the simulator's key store", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not build the simulator's key store", e);
    }
  }

  /** @return the CA certificate that signed the simulator's certificate */
  public X509Certificate caCertificate() {
    return ca.certificate();
  }

  /** @return the CA certificate in PEM */
  public String caPem() {
    return ca.certificatePem();
  }

  /**
   * Writes the CA certificate as a PEM file, for a hub's {@code tls.trust} setting.
   *
   * @param dir the directory
   * @return the file
   * @throws UncheckedIOException if it cannot be written
   */
  public Path writeCaPem(Path dir) {
    try {
      Path file = Files.createTempFile(dir, "simulator-ca-", ".pem");
      Files.writeString(file, caPem(), StandardCharsets.US_ASCII);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CA certificate", e);
    }
  }

  Path keystore() {
    return keystore;
  }

  String password() {
    return password;
  }

  @Override
  public String toString() {
    return "SimulatorHttps[" + ca.certificate().getSubjectX500Principal().getName() + "]";
  }
}
