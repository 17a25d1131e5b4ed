package id.mpp.sdk.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notification sender that records what it is handed, drops repeats by notification id as a
 * real consumer must, and can be told to fail.
 */
public final class RecordingSender implements NotificationSender {

  private final List<Notification> received = new ArrayList<>();
  private final Map<String, Notification> delivered = new LinkedHashMap<>();
  private int failures;

  /**
   * Makes the next sends fail.
   *
   * @param times how many
   */
  public synchronized void failNext(int times) {
    failures += times;
  }

  @Override
  public synchronized void send(Notification notification) {
    received.add(notification);
    if (failures > 0) {
      failures--;
      throw new IllegalStateException("SMS gateway unavailable");
    }
    delivered.putIfAbsent(notification.id(), notification);
  }

  /** @return every hand-over, repeats included */
  public synchronized List<Notification> received() {
    return List.copyOf(received);
  }

  /** @return the messages delivered once each, by id */
  public synchronized List<Notification> delivered() {
    return List.copyOf(delivered.values());
  }
}
