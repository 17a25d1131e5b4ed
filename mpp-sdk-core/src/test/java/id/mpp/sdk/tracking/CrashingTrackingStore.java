package id.mpp.sdk.tracking;

import id.mpp.sdk.catalogue.AgencyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Wraps a store and kills the relay, deterministically, between "sent" and "marked sent": a write
 * that marks an outbox message sent throws {@link RelayCrash} instead of committing when the
 * decider says so. The message was sent; the record of it is lost, as if the relay process died.
 */
public final class CrashingTrackingStore implements TrackingStore {

  /** The simulated death of the relay. */
  public static final class RelayCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RelayCrash() {
      super("simulated relay crash between sending and marking sent");
    }
  }

  private final TrackingStore delegate;
  private final Predicate<OutboxMessage> crash;
  private int submitCrashes;
  private int notifyCrashes;

  /**
   * Creates the wrapper.
   *
   * @param delegate the real store
   * @param crash decides, for a message about to be marked sent, whether the relay dies now
   */
  public CrashingTrackingStore(TrackingStore delegate, Predicate<OutboxMessage> crash) {
    this.delegate = delegate;
    this.crash = crash;
  }

  /** @return how many times the relay died while recording a submission */
  public synchronized int submitCrashes() {
    return submitCrashes;
  }

  /** @return how many times the relay died while recording a notification */
  public synchronized int notifyCrashes() {
    return notifyCrashes;
  }

  private synchronized void maybeCrash(List<OutboxMessage> written) {
    for (OutboxMessage m : written) {
      if (m.state() == OutboxMessage.State.SENT && crash.test(m)) {
        if (m.type() == OutboxMessage.Type.SUBMIT) {
          submitCrashes++;
        } else {
          notifyCrashes++;
        }
        throw new RelayCrash();
      }
    }
  }

  @Override
  public void commit(TrackingChange change) {
    maybeCrash(change.updatedMessages());
    delegate.commit(change);
  }

  @Override
  public void updateOutbox(OutboxMessage message) {
    maybeCrash(List.of(message));
    delegate.updateOutbox(message);
  }

  @Override
  public Optional<Application> findApplication(TrackingNumber trackingNumber) {
    return delegate.findApplication(trackingNumber);
  }

  @Override
  public Optional<Application> findByAgencyReference(AgencyId agency, String agencyReference) {
    return delegate.findByAgencyReference(agency, agencyReference);
  }

  @Override
  public List<Application> listApplications(ApplicationQuery query) {
    return delegate.listApplications(query);
  }

  @Override
  public List<StatusEvent> listEvents(TrackingNumber trackingNumber) {
    return delegate.listEvents(trackingNumber);
  }

  @Override
  public Optional<StatusEvent> findEvent(String eventId) {
    return delegate.findEvent(eventId);
  }

  @Override
  public Optional<IdempotencyRecord> findKey(String key) {
    return delegate.findKey(key);
  }

  @Override
  public int nextSequence(String siteCode, LocalDate date) {
    return delegate.nextSequence(siteCode, date);
  }

  @Override
  public List<OutboxMessage> claimOutbox(Instant now, Instant leaseUntil, int limit) {
    return delegate.claimOutbox(now, leaseUntil, limit);
  }

  @Override
  public Optional<OutboxMessage> findOutbox(String id) {
    return delegate.findOutbox(id);
  }

  @Override
  public List<OutboxMessage> listOutbox(OutboxMessage.State state, int limit) {
    return delegate.listOutbox(state, limit);
  }

  @Override
  public List<OutboxMessage> listOutbox(TrackingNumber trackingNumber) {
    return delegate.listOutbox(trackingNumber);
  }
}
