package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationQuery;
import id.mpp.sdk.tracking.IdempotencyRecord;
import id.mpp.sdk.tracking.OutboxMessage;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.TrackingChange;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.tracking.TrackingStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory {@link TrackingStore}: one lock around plain maps, so every commit is atomic and
 * isolated (serializable). Thread-safe; for one process. Nothing survives a restart.
 */
public final class InMemoryTrackingStore implements TrackingStore {

  private final Object lock = new Object();
  private final TreeMap<String, Application> applications = new TreeMap<>();
  private final Map<String, String> byAgencyReference = new HashMap<>();
  private final Map<String, List<StatusEvent>> events = new HashMap<>();
  private final Map<String, StatusEvent> eventsById = new HashMap<>();
  private final Map<String, IdempotencyRecord> keys = new HashMap<>();
  private final LinkedHashMap<String, OutboxMessage> outbox = new LinkedHashMap<>();
  private final Map<String, Integer> sequences = new HashMap<>();

  @Override
  public void commit(TrackingChange change) {
    synchronized (lock) {
      Application next = change.application();
      String id = next.trackingNumber().compact();
      Application stored = applications.get(id);
      if (change.creates()) {
        if (stored != null) {
          throw conflict(DUPLICATE_APPLICATION, "application " + next.trackingNumber()
              + " exists already");
        }
      } else if (stored == null) {
        throw new NotFoundException("application", next.trackingNumber().toString());
      } else if (stored.version() != change.expectedVersion()) {
        throw conflict(VERSION_CONFLICT, "application " + next.trackingNumber() + " is at version "
            + stored.version() + ", the change expected " + change.expectedVersion()
            + "; read it again and retry");
      }
      Set<String> newEventIds = new HashSet<>();
      for (StatusEvent e : change.events()) {
        if (eventsById.containsKey(e.eventId()) || !newEventIds.add(e.eventId())) {
          throw conflict(DUPLICATE_EVENT, "event '" + e.eventId() + "' is already recorded");
        }
      }
      Set<String> newMessageIds = new HashSet<>();
      for (OutboxMessage m : change.newMessages()) {
        if (outbox.containsKey(m.id()) || !newMessageIds.add(m.id())) {
          throw conflict(OUTBOX_CONFLICT, "outbox message '" + m.id() + "' exists already");
        }
      }
      for (OutboxMessage m : change.updatedMessages()) {
        checkRevision(m);
      }
      Set<String> newKeys = new HashSet<>();
      for (IdempotencyRecord k : change.keys()) {
        if (keys.containsKey(k.key()) || !newKeys.add(k.key())) {
          throw conflict(DUPLICATE_KEY, "idempotency key is already claimed");
        }
      }
      String reference = next.agencyReference() == null ? null
          : referenceKey(next.agency(), next.agencyReference());
      if (reference != null && byAgencyReference.containsKey(reference)
          && !byAgencyReference.get(reference).equals(id)) {
        throw conflict(DUPLICATE_APPLICATION, "agency reference belongs to another application");
      }
      // every check passed: write
      applications.put(id, next);
      if (reference != null) {
        byAgencyReference.put(reference, id);
      }
      List<StatusEvent> history = events.computeIfAbsent(id, k -> new ArrayList<>());
      for (StatusEvent e : change.events()) {
        history.add(e);
        eventsById.put(e.eventId(), e);
      }
      for (OutboxMessage m : change.newMessages()) {
        outbox.put(m.id(), m);
      }
      for (OutboxMessage m : change.updatedMessages()) {
        outbox.put(m.id(), m);
      }
      for (IdempotencyRecord k : change.keys()) {
        keys.put(k.key(), k);
      }
    }
  }

  @Override
  public Optional<Application> findApplication(TrackingNumber trackingNumber) {
    synchronized (lock) {
      return Optional.ofNullable(applications.get(trackingNumber.compact()));
    }
  }

  @Override
  public Optional<Application> findByAgencyReference(AgencyId agency, String agencyReference) {
    synchronized (lock) {
      String id = byAgencyReference.get(referenceKey(agency, agencyReference));
      return id == null ? Optional.empty() : Optional.of(applications.get(id));
    }
  }

  @Override
  public List<Application> listApplications(ApplicationQuery query) {
    synchronized (lock) {
      Map<String, Application> from = query.after() == null ? applications
          : applications.tailMap(query.after().compact(), false);
      List<Application> page = new ArrayList<>();
      for (Application a : from.values()) {
        if (query.matches(a)) {
          page.add(a);
          if (page.size() == query.limit()) {
            break;
          }
        }
      }
      return List.copyOf(page);
    }
  }

  @Override
  public List<StatusEvent> listEvents(TrackingNumber trackingNumber) {
    synchronized (lock) {
      return List.copyOf(events.getOrDefault(trackingNumber.compact(), List.of()));
    }
  }

  @Override
  public Optional<StatusEvent> findEvent(String eventId) {
    synchronized (lock) {
      return Optional.ofNullable(eventsById.get(eventId));
    }
  }

  @Override
  public Optional<IdempotencyRecord> findKey(String key) {
    synchronized (lock) {
      return Optional.ofNullable(keys.get(key));
    }
  }

  @Override
  public int nextSequence(String siteCode, LocalDate date) {
    synchronized (lock) {
      return sequences.merge(siteCode + "/" + date, 1, Integer::sum);
    }
  }

  @Override
  public List<OutboxMessage> claimOutbox(Instant now, Instant leaseUntil, int limit) {
    synchronized (lock) {
      List<OutboxMessage> due = outbox.values().stream()
          .filter(m -> m.isClaimable(now))
          .sorted(Comparator.comparing(OutboxMessage::nextAttemptAt))
          .limit(limit)
          .toList();
      List<OutboxMessage> claimed = new ArrayList<>(due.size());
      for (OutboxMessage m : due) {
        OutboxMessage leased = m.next(m.state(), m.attempts(), m.nextAttemptAt(), leaseUntil,
            m.outcomeUnknown(), m.lastError(), now);
        outbox.put(m.id(), leased);
        claimed.add(leased);
      }
      return List.copyOf(claimed);
    }
  }

  @Override
  public void updateOutbox(OutboxMessage message) {
    synchronized (lock) {
      checkRevision(message);
      outbox.put(message.id(), message);
    }
  }

  @Override
  public Optional<OutboxMessage> findOutbox(String id) {
    synchronized (lock) {
      return Optional.ofNullable(outbox.get(id));
    }
  }

  @Override
  public List<OutboxMessage> listOutbox(OutboxMessage.State state, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1-1000, was " + limit);
    }
    synchronized (lock) {
      return outbox.values().stream().filter(m -> m.state() == state).limit(limit).toList();
    }
  }

  @Override
  public List<OutboxMessage> listOutbox(TrackingNumber trackingNumber) {
    synchronized (lock) {
      return outbox.values().stream()
          .filter(m -> m.trackingNumber().equals(trackingNumber)).toList();
    }
  }

  private void checkRevision(OutboxMessage m) {
    OutboxMessage stored = outbox.get(m.id());
    if (stored == null) {
      throw new NotFoundException("outbox message", m.id());
    }
    if (stored.revision() + 1 != m.revision()) {
      throw conflict(OUTBOX_CONFLICT, "outbox message '" + m.id() + "' is at revision "
          + stored.revision() + "; the write was based on revision " + (m.revision() - 1));
    }
  }

  private static String referenceKey(AgencyId agency, String reference) {
    return agency.value() + "\u0000" + reference;
  }

  private static ConflictException conflict(String reason, String message) {
    return new ConflictException(reason, message);
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "InMemoryTrackingStore[applications=" + applications.size() + ", outbox="
          + outbox.size() + "]";
    }
  }
}
