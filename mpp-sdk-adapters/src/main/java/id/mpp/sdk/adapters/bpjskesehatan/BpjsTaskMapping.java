package id.mpp.sdk.adapters.bpjskesehatan;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.EventType;
import id.mpp.sdk.queue.QueueEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which queue event means which BPJS Antrean RS task id, for one journey (admission, then the
 * poli, then optionally the pharmacy). Configurable per journey; {@link #forJourney} gives the
 * mapping of the queue reference:
 *
 * <table>
 *   <caption>Default mapping</caption>
 *   <tr><th>queue event</th><th>task id</th></tr>
 *   <tr><td>ticket issued or booking checked in at admission</td><td>1</td></tr>
 *   <tr><td>called or serving at admission</td><td>2</td></tr>
 *   <tr><td>admission done, waiting at the poli (or a ticket issued or checked in directly at
 *       the poli: a returning patient)</td><td>3</td></tr>
 *   <tr><td>called or serving at the poli</td><td>4</td></tr>
 *   <tr><td>poli done, waiting at the pharmacy (or done, without a pharmacy)</td><td>5</td></tr>
 *   <tr><td>called or serving at the pharmacy</td><td>6</td></tr>
 *   <tr><td>pharmacy done (drug ready)</td><td>7</td></tr>
 *   <tr><td>no-show, cancelled or expired, at any step</td><td>99</td></tr>
 * </table>
 *
 * <p>A {@code STEP_COMPLETED} event names the service the ticket goes on to, so "admission done,
 * waiting at the poli" is {@code STEP_COMPLETED} with the poli's service code. Immutable.
 */
public final class BpjsTaskMapping {

  /** The task ids BPJS accepts. */
  public static final Set<Integer> TASK_IDS = Set.of(1, 2, 3, 4, 5, 6, 7, 99);

  private record Key(EventType type, ServiceCode service) {
  }

  private final Map<Key, Integer> rules;

  private BpjsTaskMapping(Map<Key, Integer> rules) {
    this.rules = Map.copyOf(rules);
  }

  /**
   * The default mapping of a journey.
   *
   * @param admission the admission (pendaftaran) service
   * @param poli the poli service
   * @param pharmacy the pharmacy (farmasi) service, or {@code null} if the journey has none
   * @return the mapping
   */
  public static BpjsTaskMapping forJourney(ServiceCode admission, ServiceCode poli,
      ServiceCode pharmacy) {
    Objects.requireNonNull(admission, "admission");
    Objects.requireNonNull(poli, "poli");
    Builder b = builder()
        .on(EventType.TICKET_ISSUED, admission, 1)
        .on(EventType.BOOKING_CHECKED_IN, admission, 1)
        .on(EventType.TICKET_CALLED, admission, 2)
        .on(EventType.SERVING_STARTED, admission, 2)
        .on(EventType.STEP_COMPLETED, poli, 3)
        .on(EventType.TICKET_ISSUED, poli, 3)
        .on(EventType.BOOKING_CHECKED_IN, poli, 3)
        .on(EventType.TICKET_CALLED, poli, 4)
        .on(EventType.SERVING_STARTED, poli, 4)
        .onAnyService(EventType.TICKET_NO_SHOW, 99)
        .onAnyService(EventType.TICKET_CANCELLED, 99)
        .onAnyService(EventType.TICKET_EXPIRED, 99);
    if (pharmacy == null) {
      b.on(EventType.TICKET_DONE, poli, 5);
    } else {
      b.on(EventType.STEP_COMPLETED, pharmacy, 5)
          .on(EventType.TICKET_DONE, poli, 5)
          .on(EventType.TICKET_CALLED, pharmacy, 6)
          .on(EventType.SERVING_STARTED, pharmacy, 6)
          .on(EventType.TICKET_DONE, pharmacy, 7);
    }
    return b.build();
  }

  /** @return an empty builder, to write a mapping of one's own */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The task id an event means.
   *
   * @param event the queue event
   * @return the task id, or empty when the event means none
   */
  public OptionalInt taskId(QueueEvent event) {
    Integer exact = event.service() == null ? null
        : rules.get(new Key(event.type(), event.service()));
    Integer any = rules.get(new Key(event.type(), null));
    Integer id = exact != null ? exact : any;
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** Builds a {@link BpjsTaskMapping}. */
  public static final class Builder {

    private final Map<Key, Integer> rules = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Maps an event at a service to a task id.
     *
     * @param type the event type
     * @param service the service the event names
     * @param taskId 1-7 or 99
     * @return this builder
     */
    public Builder on(EventType type, ServiceCode service, int taskId) {
      return put(new Key(Objects.requireNonNull(type, "type"),
          Objects.requireNonNull(service, "service")), taskId);
    }

    /**
     * Maps an event at any service to a task id (an exact rule wins).
     *
     * @param type the event type
     * @param taskId 1-7 or 99
     * @return this builder
     */
    public Builder onAnyService(EventType type, int taskId) {
      return put(new Key(Objects.requireNonNull(type, "type"), null), taskId);
    }

    private Builder put(Key key, int taskId) {
      if (!TASK_IDS.contains(taskId)) {
        throw new IllegalArgumentException("taskId must be 1-7 or 99");
      }
      rules.put(key, taskId);
      return this;
    }

    /** @return the mapping */
    public BpjsTaskMapping build() {
      if (rules.isEmpty()) {
        throw new IllegalStateException("a mapping needs at least one rule");
      }
      return new BpjsTaskMapping(rules);
    }
  }
}
