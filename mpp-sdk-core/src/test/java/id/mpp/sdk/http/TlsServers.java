package id.mpp.sdk.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Loopback plumbing for the TLS and socket-fault tests: a server socket factory that counts the
 * connections a server accepted, a server TLS socket factory whose certificate can be swapped
 * (key rotation), and a server that cuts every TLS handshake half-way.
 */
final class TlsServers {

  private TlsServers() {
  }

  /** Makes server sockets that count every connection they accept. */
  static final class CountingServerSockets extends ServerSocketFactory {
    final AtomicInteger accepted = new AtomicInteger();

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket s = super.accept();
          accepted.incrementAndGet();
          // MockWebServer writes headers and body in two flushes: without this, Nagle's
          // algorithm and the client's delayed ACK add 40 ms to every answer
          s.setTcpNoDelay(true);
          return s;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      ServerSocket s = createServerSocket();
      s.bind(new InetSocketAddress(port));
      return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      ServerSocket s = createServerSocket();
      s.bind(new InetSocketAddress(port), backlog);
      return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      ServerSocket s = createServerSocket();
      s.bind(new InetSocketAddress(address, port), backlog);
      return s;
    }
  }

  /** A server-side TLS socket factory that presents whichever certificate was set last. */
  static final class SwitchableSslSockets extends SSLSocketFactory {
    private volatile SSLSocketFactory current;

    SwitchableSslSockets(SSLSocketFactory first) {
      this.current = first;
    }

    /** Presents another certificate (a new TLS context, so no session is resumed). */
    void use(SSLSocketFactory next) {
      this.current = next;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return current.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return current.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose)
        throws IOException {
      return current.createSocket(s, host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return current.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return current.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return current.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
        int localPort) throws IOException {
      return current.createSocket(address, port, localAddress, localPort);
    }
  }

  /**
   * A loopback server that accepts connections, reads the client's TLS hello and closes: a
   * handshake cut by the network; or, made by {@link #plainHttp()}, answers it in plain HTTP (an
   * https URL pointing at a plain port).
   */
  static final class HandshakeCutter implements AutoCloseable {
    final AtomicInteger accepted = new AtomicInteger();
    private final ServerSocket socket;
    private final Thread thread;
    private final byte[] reply;

    HandshakeCutter() throws IOException {
      this(new byte[0]);
    }

    static HandshakeCutter plainHttp() throws IOException {
      return new HandshakeCutter("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private HandshakeCutter(byte[] reply) throws IOException {
      this.reply = reply;
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      thread = new Thread(this::serve, "handshake-cutter");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void serve() {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          accepted.incrementAndGet();
          s.setSoTimeout(2_000);
          InputStream in = s.getInputStream();
          byte[] header = in.readNBytes(5); // the TLS record header of the ClientHello
          if (header.length == 5) {
            in.readNBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff)); // the hello itself
          }
          // then answer in plain HTTP, or hang up: the connection closes mid-handshake
          s.getOutputStream().write(reply);
          s.getOutputStream().flush();
        } catch (IOException e) {
          // closed, or the client gave up: go on accepting until closed
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
