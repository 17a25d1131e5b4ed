package id.mpp.sdk.benchmarks.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A minimal agency on loopback for the HTTP benchmarks and the load harness, on the JDK's own
 * {@link HttpServer} (not WireMock: its thread pool and request journal would be measured too,
 * reliability.md §5.2). {@code GET /status/...} answers a fixed ~300 B JSON status;
 * {@code POST /applications} reads the body and answers a ~300 B JSON receipt with 201;
 * {@code /unavailable} answers 503; a wrong {@code X-Api-Key} gets 401, any other request 404. An optional delay per request simulates the agency's latency.
 */
public final class LoopbackAgency implements AutoCloseable {

  static {
    // The JDK server writes the headers and the body separately; with Nagle's algorithm on, the
    // body waits for the client's delayed ACK (~40 ms on Linux). Must be set before the server's
    // configuration class loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** The API key the agency expects in {@code X-Api-Key}. */
  public static final String API_KEY = "bench-key-0123456789abcdef";

  private final HttpServer server;
  private final ExecutorService workers;
  private final byte[] status;
  private final byte[] receipt;
  private final LongSupplier delayNanos;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  private LoopbackAgency(int threads, byte[] status, byte[] receipt, LongSupplier delayNanos)
      throws IOException {
    this.status = status.clone();
    this.receipt = receipt.clone();
    this.delayNanos = delayNanos;
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-agency");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts an agency that answers at once.
   *
   * @param threads the server's worker threads
   * @param status the body of {@code GET /status/...}
   * @param receipt the body of {@code POST /applications}
   * @return the running agency
   */
  public static LoopbackAgency start(int threads, byte[] status, byte[] receipt) {
    return start(threads, status, receipt, () -> 0L);
  }

  /**
   * Starts an agency that waits before each answer.
   *
   * @param threads the server's worker threads; at least the number of calls in flight
   * @param status the body of {@code GET /status/...}
   * @param receipt the body of {@code POST /applications}
   * @param delayNanos the wait before each answer, called once per request
   * @return the running agency
   */
  public static LoopbackAgency start(int threads, byte[] status, byte[] receipt,
      LongSupplier delayNanos) {
    Objects.requireNonNull(delayNanos, "delayNanos");
    try {
      return new LoopbackAgency(threads, status, receipt, delayNanos);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the loopback agency", e);
    }
  }

  /** @return {@code http://127.0.0.1:port} */
  public URI baseUrl() {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort());
  }

  /** @return the requests answered so far */
  public long requests() {
    return requests.get();
  }

  /** @return the requests refused (wrong key, path or method) so far */
  public long refused() {
    return refused.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      long delay = delayNanos.getAsLong();
      if (delay > 0) {
        TimeUnit.NANOSECONDS.sleep(delay);
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      int code;
      if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
        code = 401;
        body = "{\"code\":\"AUTH\"}".getBytes(StandardCharsets.UTF_8);
      } else if (method.equals("GET") && path.startsWith("/status/")) {
        code = 200;
        body = status;
      } else if (path.equals("/unavailable")) {
        code = 503;
        body = "{\"code\":\"UNAVAILABLE\"}".getBytes(StandardCharsets.UTF_8);
      } else if (method.equals("POST") && path.equals("/applications")) {
        code = 201;
        body = receipt;
      } else {
        code = 404;
        body = "{\"code\":\"NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8);
      }
      if (code >= 400) {
        refused.incrementAndGet();
      } else {
        requests.incrementAndGet();
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(code, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server at once and its worker threads. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
