package id.mpp.sdk.hub;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.tracking.TrackingStore;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A store provider for {@code jdbc:uji:} URLs, found by {@link java.util.ServiceLoader} only
 * through the class loader {@link MppHubTest} builds; its stores are in memory and remember
 * whether they were closed.
 */
public final class UjiStoresProvider implements StoresProvider {

  /** Every stores this class opened, in order. */
  static final List<Opened> OPENED = new ArrayList<>();

  /** What one open call received and whether its stores were closed. */
  static final class Opened implements Stores {
    final String url;
    final String user;
    final DataSource dataSource;
    final QueueStore queue = QueueStore.inMemory();
    final TrackingStore tracking = TrackingStore.inMemory();
    boolean closed;

    Opened(String url, String user, DataSource dataSource) {
      this.url = url;
      this.user = user;
      this.dataSource = dataSource;
    }

    @Override
    public QueueStore queueStore() {
      return queue;
    }

    @Override
    public TrackingStore trackingStore() {
      return tracking;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Public no-argument constructor, as ServiceLoader requires. */
  public UjiStoresProvider() {
  }

  @Override
  public String name() {
    return "uji";
  }

  @Override
  public boolean accepts(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:uji:");
  }

  @Override
  public Stores open(String jdbcUrl, String user, Secret password) {
    return remember(new Opened(jdbcUrl, user, null));
  }

  @Override
  public Stores open(DataSource dataSource) {
    return remember(new Opened(null, null, dataSource));
  }

  private static synchronized Stores remember(Opened opened) {
    OPENED.add(opened);
    return opened;
  }
}
