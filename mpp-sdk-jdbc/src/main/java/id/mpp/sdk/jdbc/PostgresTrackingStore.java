package id.mpp.sdk.jdbc;

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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tracking store on PostgreSQL: applications, their status events, the outbox, idempotency
 * keys and tracking-number sequences.
 *
 * <p>{@link #commit} is one transaction in which the database's constraints decide every
 * conflict, so several hub instances can share the tables:
 * <ul>
 *   <li>an application update is {@code UPDATE … WHERE version = expected}; no row updated is
 *   {@link #VERSION_CONFLICT};
 *   <li>events are guarded by the primary key (tracking number, version) — of two appends based
 *   on the same version exactly one gets in — and a unique event id ({@link #DUPLICATE_EVENT});
 *   <li>idempotency keys are claimed by a single insert against the key's primary key
 *   ({@link #DUPLICATE_KEY});
 *   <li>outbox writes are {@code UPDATE … WHERE revision = stored} ({@link #OUTBOX_CONFLICT}), and
 *   relays claim due messages with {@code FOR UPDATE SKIP LOCKED}, so two relays never hold the
 *   same message.
 * </ul>
 * A conflict rolls the whole commit back. A transient failure is retried as a whole transaction;
 * when retries run out the caller gets a retryable {@link StoreException}.
 *
 * <p>Create it through {@link PostgresStores}, which migrates the schema first.
 */
public final class PostgresTrackingStore implements TrackingStore {

  private static final int PAGE = 200;

  private final Transactions transactions;

  PostgresTrackingStore(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public void commit(TrackingChange change) {
    Objects.requireNonNull(change, "change");
    transactions.write("tracking.commit", c -> {
      writeApplication(c, change);
      for (StatusEvent e : change.events()) {
        insert(c, "INSERT INTO mpp_status_event (tracking, version, event_id, doc)"
            + " VALUES (?, ?, ?, ?::jsonb)", constraint -> constraint.equals(
                "mpp_status_event_id_key") ? conflict(DUPLICATE_EVENT, "event '" + e.eventId()
                + "' is already recorded") : conflict(VERSION_CONFLICT, "application "
                + e.trackingNumber() + " already has version " + e.version()
                + "; read it again and retry"),
            e.trackingNumber().compact(), e.version(), e.eventId(), Docs.write(e));
      }
      for (OutboxMessage m : change.newMessages()) {
        insert(c, "INSERT INTO mpp_outbox (id, tracking, state, next_attempt_at, lease_until,"
            + " revision, doc) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)",
            constraint -> conflict(OUTBOX_CONFLICT, "outbox message '" + m.id()
                + "' exists already"),
            m.id(), m.trackingNumber().compact(), m.state().name(), m.nextAttemptAt(),
            m.leaseUntil(), m.revision(), Docs.write(m));
      }
      for (OutboxMessage m : change.updatedMessages()) {
        writeOutbox(c, m);
      }
      for (IdempotencyRecord k : change.keys()) {
        insert(c, "INSERT INTO mpp_tracking_key (key, doc) VALUES (?, ?::jsonb)",
            constraint -> conflict(DUPLICATE_KEY, "idempotency key is already claimed"),
            k.key(), Docs.write(k));
      }
      return null;
    });
  }

  private static void writeApplication(Connection c, TrackingChange change) throws SQLException {
    Application next = change.application();
    String id = next.trackingNumber().compact();
    Object[] values = {next.agency().value(), next.agencyReference(), next.version(),
        Docs.write(next)};
    if (change.creates()) {
      insert(c, "INSERT INTO mpp_application (tracking, agency, agency_reference, version, doc)"
          + " VALUES (?, ?, ?, ?, ?::jsonb)", constraint -> conflict(DUPLICATE_APPLICATION,
              constraint.equals("mpp_application_reference_key")
                  ? "agency reference belongs to another application"
                  : "application " + next.trackingNumber() + " exists already"),
          id, values[0], values[1], values[2], values[3]);
      return;
    }
    int n = update(c, "UPDATE mpp_application SET agency = ?, agency_reference = ?, version = ?,"
        + " doc = ?::jsonb WHERE tracking = ? AND version = ?",
        constraint -> conflict(DUPLICATE_APPLICATION,
            "agency reference belongs to another application"),
        values[0], values[1], values[2], values[3], id, change.expectedVersion());
    if (n == 1) {
      return;
    }
    Optional<Long> stored = one(c, "SELECT version FROM mpp_application WHERE tracking = ?",
        rs -> rs.getLong(1), id);
    if (stored.isEmpty()) {
      throw new NotFoundException("application", next.trackingNumber().toString());
    }
    throw conflict(VERSION_CONFLICT, "application " + next.trackingNumber() + " is at version "
        + stored.get() + ", the change expected " + change.expectedVersion()
        + "; read it again and retry");
  }

  private static void writeOutbox(Connection c, OutboxMessage m) throws SQLException {
    int n = update(c, "UPDATE mpp_outbox SET state = ?, next_attempt_at = ?, lease_until = ?,"
        + " revision = ?, doc = ?::jsonb WHERE id = ? AND revision = ?", constraint -> null,
        m.state().name(), m.nextAttemptAt(), m.leaseUntil(), m.revision(), Docs.write(m), m.id(),
        m.revision() - 1);
    if (n == 1) {
      return;
    }
    Optional<Long> stored = one(c, "SELECT revision FROM mpp_outbox WHERE id = ?",
        rs -> rs.getLong(1), m.id());
    if (stored.isEmpty()) {
      throw new NotFoundException("outbox message", m.id());
    }
    throw conflict(OUTBOX_CONFLICT, "outbox message '" + m.id() + "' is at revision "
        + stored.get() + "; the write was based on revision " + (m.revision() - 1));
  }

  @Override
  public Optional<Application> findApplication(TrackingNumber trackingNumber) {
    return transactions.single("tracking.findApplication", c -> one(c,
        "SELECT doc FROM mpp_application WHERE tracking = ?",
        rs -> Docs.read(rs, "doc", Application.class), trackingNumber.compact()));
  }

  @Override
  public Optional<Application> findByAgencyReference(AgencyId agency, String agencyReference) {
    return transactions.single("tracking.findByAgencyReference", c -> one(c,
        "SELECT doc FROM mpp_application WHERE agency = ? AND agency_reference = ?",
        rs -> Docs.read(rs, "doc", Application.class), agency.value(), agencyReference));
  }

  @Override
  public List<Application> listApplications(ApplicationQuery query) {
    return transactions.snapshot("tracking.listApplications", c -> {
      List<Application> page = new ArrayList<>();
      String after = query.after() == null ? null : query.after().compact();
      while (page.size() < query.limit()) {
        List<Application> chunk = list(c, "SELECT doc FROM mpp_application"
            + (after == null ? "" : " WHERE tracking > ?") + " ORDER BY tracking LIMIT " + PAGE,
            rs -> Docs.read(rs, "doc", Application.class),
            after == null ? new Object[0] : new Object[] {after});
        for (Application a : chunk) {
          if (query.matches(a)) {
            page.add(a);
            if (page.size() == query.limit()) {
              break;
            }
          }
        }
        if (chunk.size() < PAGE) {
          break;
        }
        after = chunk.get(chunk.size() - 1).trackingNumber().compact();
      }
      return List.copyOf(page);
    });
  }

  @Override
  public List<StatusEvent> listEvents(TrackingNumber trackingNumber) {
    return transactions.single("tracking.listEvents", c -> list(c,
        "SELECT doc FROM mpp_status_event WHERE tracking = ? ORDER BY version",
        rs -> Docs.read(rs, "doc", StatusEvent.class), trackingNumber.compact()));
  }

  @Override
  public Optional<StatusEvent> findEvent(String eventId) {
    return transactions.single("tracking.findEvent", c -> one(c,
        "SELECT doc FROM mpp_status_event WHERE event_id = ?",
        rs -> Docs.read(rs, "doc", StatusEvent.class), eventId));
  }

  @Override
  public Optional<IdempotencyRecord> findKey(String key) {
    return transactions.single("tracking.findKey", c -> one(c,
        "SELECT doc FROM mpp_tracking_key WHERE key = ?",
        rs -> Docs.read(rs, "doc", IdempotencyRecord.class), key));
  }

  @Override
  public int nextSequence(String siteCode, LocalDate date) {
    Objects.requireNonNull(siteCode, "siteCode");
    Objects.requireNonNull(date, "date");
    return transactions.single("tracking.nextSequence", c -> one(c,
        "INSERT INTO mpp_tracking_sequence (site_code, day, last) VALUES (?, ?, 1)"
            + " ON CONFLICT (site_code, day) DO UPDATE SET last = mpp_tracking_sequence.last + 1"
            + " RETURNING last", rs -> rs.getInt(1), siteCode, date).orElseThrow());
  }

  @Override
  public List<OutboxMessage> claimOutbox(Instant now, Instant leaseUntil, int limit) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    if (limit < 1) {
      return List.of();
    }
    return transactions.write("tracking.claimOutbox", c -> {
      List<OutboxMessage> due = list(c, "SELECT doc FROM mpp_outbox WHERE state = 'PENDING'"
          + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)"
          + " ORDER BY next_attempt_at, seq LIMIT ? FOR UPDATE SKIP LOCKED",
          rs -> Docs.read(rs, "doc", OutboxMessage.class), now, now, limit);
      List<OutboxMessage> claimed = new ArrayList<>(due.size());
      for (OutboxMessage m : due) {
        if (!m.isClaimable(now)) {
          continue;
        }
        OutboxMessage leased = m.next(m.state(), m.attempts(), m.nextAttemptAt(), leaseUntil,
            m.outcomeUnknown(), m.lastError(), now);
        writeOutbox(c, leased);
        claimed.add(leased);
      }
      return List.copyOf(claimed);
    });
  }

  @Override
  public void updateOutbox(OutboxMessage message) {
    Objects.requireNonNull(message, "message");
    transactions.write("tracking.updateOutbox", c -> {
      writeOutbox(c, message);
      return null;
    });
  }

  @Override
  public Optional<OutboxMessage> findOutbox(String id) {
    return transactions.single("tracking.findOutbox", c -> one(c,
        "SELECT doc FROM mpp_outbox WHERE id = ?", rs -> Docs.read(rs, "doc", OutboxMessage.class),
        id));
  }

  @Override
  public List<OutboxMessage> listOutbox(OutboxMessage.State state, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1-1000, was " + limit);
    }
    return transactions.single("tracking.listOutbox", c -> list(c,
        "SELECT doc FROM mpp_outbox WHERE state = ? ORDER BY seq LIMIT ?",
        rs -> Docs.read(rs, "doc", OutboxMessage.class), state.name(), limit));
  }

  @Override
  public List<OutboxMessage> listOutbox(TrackingNumber trackingNumber) {
    return transactions.single("tracking.listOutboxOf", c -> list(c,
        "SELECT doc FROM mpp_outbox WHERE tracking = ? ORDER BY seq",
        rs -> Docs.read(rs, "doc", OutboxMessage.class), trackingNumber.compact()));
  }

  @Override
  public String toString() {
    return "PostgresTrackingStore";
  }

  // ------------------------------------------------------------------ SQL helpers

  private static <T> List<T> list(Connection c, String sql, Jdbc.Row<T> row, Object... params)
      throws SQLException {
    return Jdbc.list(c, sql, row, params);
  }

  private static <T> Optional<T> one(Connection c, String sql, Jdbc.Row<T> row,
      Object... params) throws SQLException {
    return Jdbc.one(c, sql, row, params);
  }

  private static void insert(Connection c, String sql,
      Function<String, ConflictException> onDuplicate, Object... params) throws SQLException {
    Jdbc.update(c, sql, onDuplicate, params);
  }

  private static int update(Connection c, String sql,
      Function<String, ConflictException> onDuplicate, Object... params) throws SQLException {
    return Jdbc.update(c, sql, onDuplicate, params);
  }

  private static ConflictException conflict(String reason, String message) {
    return new ConflictException(reason, message);
  }
}
