package id.mpp.sdk.adapters.bpjskesehatan;

import id.mpp.sdk.AgencyException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AgencyResponse;
import id.mpp.sdk.http.CallOptions;
import id.mpp.sdk.queue.QueueEvent;
import id.mpp.sdk.queue.QueueListener;
import id.mpp.sdk.queue.TicketId;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Reports queue task times to BPJS Antrean RS, driven by the queue's events, in order, through an
 * outbox.
 *
 * <pre>{@code
 * BpjsAntreanReporter reporter = BpjsAntreanReporter.create(
 *     registry.get(AgencyId.of("bpjs-kesehatan")),
 *     BpjsTaskMapping.forJourney(ServiceCode.of("RS-DAFTAR"), ServiceCode.of("RS-POLI-ANA"),
 *         ServiceCode.of("RS-FARMASI")));
 * QueueDesk.builder()...listener(reporter)   // or feed it desk.events(cursor, n)
 * Ticket t = desk.issue(...);
 * reporter.register(t.id(), booking);          // antrean/add, then the ticket's task times
 * scheduler.scheduleWithFixedDelay(reporter::flush, 0, 10, SECONDS);
 * }</pre>
 *
 * <p>{@link #onEvent} only records: it maps the event to a task id ({@link BpjsTaskMapping}) and
 * appends it to the booking's queue; nothing is sent on the desk's thread. {@link #flush()} sends,
 * per booking and in order, {@code antrean/add} first, then {@code antrean/updatewaktu} for each
 * task id, then {@code antrean/batal} if asked. Task ids only go forward (a recall or a second
 * call is not sent twice), times never go back (an earlier time is raised to the previous task's
 * time), nothing follows task 7 or 99. A booking whose head fails for a reason that may pass
 * (agency unavailable, timeout, outcome unknown, authentication) keeps its order and waits for the
 * next flush; BPJS's "sudah ada" / "duplikasi" answer to a resend after a lost answer counts as
 * delivered; any other refusal moves the message to {@link #deadLetters()}.
 *
 * <p>Events of tickets not (yet) registered are kept per ticket, up to 10,000 tickets, so that a
 * registration made right after {@code issue} loses none. The outbox lives in memory: after a
 * restart, replay the desk's events after {@link #acknowledgedCursor()} (persist that number);
 * resends are harmless because BPJS refuses a task id twice. Thread-safe.
 */
public final class BpjsAntreanReporter implements QueueListener {

  private static final System.Logger LOG = System.getLogger(BpjsAntreanReporter.class.getName());
  private static final int MAX_BUFFERED_TICKETS = 10_000;

  private final BpjsKesehatanAdapter adapter;
  private final BpjsTaskMapping mapping;
  private final Object lock = new Object();
  private final Object flushLock = new Object();
  private final Map<TicketId, String> bookingOfTicket = new LinkedHashMap<>();
  private final LinkedHashMap<TicketId, List<Task>> unregistered =
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<TicketId, List<Task>> eldest) {
          return size() > MAX_BUFFERED_TICKETS;
        }
      };
  private final Map<String, Outbox> outboxes = new LinkedHashMap<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private long highestCursor;

  private BpjsAntreanReporter(BpjsKesehatanAdapter adapter, BpjsTaskMapping mapping) {
    this.adapter = adapter;
    this.mapping = mapping;
  }

  /**
   * Creates a reporter on the BPJS Kesehatan adapter of a hub.
   *
   * @param adapter the adapter of agency {@code bpjs-kesehatan}
   * @param mapping which queue events mean which task ids
   * @return the reporter
   * @throws IllegalArgumentException if the adapter is not the BPJS Kesehatan adapter
   */
  public static BpjsAntreanReporter create(AgencyAdapter adapter, BpjsTaskMapping mapping) {
    if (!(adapter instanceof BpjsKesehatanAdapter bpjs)) {
      throw new IllegalArgumentException("the adapter must be the BPJS Kesehatan adapter"
          + " (agency 'bpjs-kesehatan')");
    }
    return new BpjsAntreanReporter(bpjs, Objects.requireNonNull(mapping, "mapping"));
  }

  // ---------------------------------------------------------------- recording

  /**
   * Registers the BPJS booking of a ticket: {@code antrean/add} is queued, followed by the task
   * times of the ticket's events so far. Registering the same ticket with the same booking code
   * again does nothing.
   *
   * @param ticket the queue ticket
   * @param booking the booking to report
   * @throws ConflictException if the ticket or the booking code is already registered otherwise
   */
  public void register(TicketId ticket, AntreanBooking booking) {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(booking, "booking");
    synchronized (lock) {
      String known = bookingOfTicket.get(ticket);
      if (known != null) {
        if (known.equals(booking.bookingCode())) {
          return;
        }
        throw new ConflictException("ticket.registered", "the ticket is already registered"
            + " under another booking code");
      }
      if (outboxes.containsKey(booking.bookingCode())) {
        throw new ConflictException("booking.registered", "booking code "
            + booking.bookingCode() + " is already registered for another ticket");
      }
      Outbox outbox = new Outbox(booking.bookingCode());
      outbox.messages.add(new Message(Kind.ADD, booking, 0, null, 0, null));
      outboxes.put(booking.bookingCode(), outbox);
      bookingOfTicket.put(ticket, booking.bookingCode());
      List<Task> buffered = unregistered.remove(ticket);
      if (buffered != null) {
        buffered.forEach(t -> outbox.enqueue(t));
      }
    }
  }

  /**
   * Queues {@code antrean/batal} for a registered ticket (the visitor withdrew the booking).
   *
   * @param ticket the ticket
   * @param reason the {@code keterangan}, without personal data
   * @throws id.mpp.sdk.NotFoundException if the ticket is not registered
   */
  public void cancel(TicketId ticket, String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    synchronized (lock) {
      String code = bookingOfTicket.get(Objects.requireNonNull(ticket, "ticket"));
      if (code == null) {
        throw new id.mpp.sdk.NotFoundException("ticket", ticket.toString());
      }
      outboxes.get(code).messages.add(new Message(Kind.CANCEL, null, 0, null, 0, reason));
    }
  }

  /** Records a queue event; sends nothing. */
  @Override
  public void onEvent(QueueEvent event) {
    Objects.requireNonNull(event, "event");
    synchronized (lock) {
      highestCursor = Math.max(highestCursor, event.cursor());
      if (event.ticket() == null) {
        return;
      }
      OptionalInt taskId = mapping.taskId(event);
      if (taskId.isEmpty()) {
        return;
      }
      Task task = new Task(taskId.getAsInt(), event.at(), event.cursor());
      String code = bookingOfTicket.get(event.ticket());
      if (code == null) {
        unregistered.computeIfAbsent(event.ticket(), t -> new ArrayList<>()).add(task);
      } else {
        outboxes.get(code).enqueue(task);
      }
    }
  }

  // ---------------------------------------------------------------- sending

  /**
   * Sends what is queued, per booking in order, stopping a booking at its first failure that may
   * pass.
   *
   * @return what was done
   */
  public FlushReport flush() {
    synchronized (flushLock) {
      int sent = 0;
      int duplicates = 0;
      int rejected = 0;
      int deferred = 0;
      for (Outbox outbox : snapshot()) {
        while (true) {
          Message head;
          synchronized (lock) {
            head = outbox.messages.peekFirst();
          }
          if (head == null) {
            break;
          }
          Result result = send(outbox.bookingCode, head);
          synchronized (lock) {
            switch (result.outcome) {
              case SENT -> {
                sent++;
                outbox.messages.removeFirst();
              }
              case DUPLICATE -> {
                duplicates++;
                outbox.messages.removeFirst();
              }
              case REJECTED -> {
                rejected++;
                outbox.messages.removeFirst();
                deadLetters.add(new DeadLetter(outbox.bookingCode, head.describe(), result.code,
                    result.message));
                if (head.kind == Kind.ADD) {
                  for (Message m : outbox.messages) {
                    rejected++;
                    deadLetters.add(new DeadLetter(outbox.bookingCode, m.describe(), result.code,
                        "not sent: antrean/add was refused"));
                  }
                  outbox.messages.clear();
                }
              }
              case RETRY_LATER -> deferred++;
              default -> throw new IllegalStateException();
            }
          }
          if (result.outcome == Outcome.RETRY_LATER) {
            break;
          }
        }
      }
      return new FlushReport(sent, duplicates, rejected, deferred, pending());
    }
  }

  private List<Outbox> snapshot() {
    synchronized (lock) {
      return List.copyOf(outboxes.values());
    }
  }

  private enum Outcome { SENT, DUPLICATE, REJECTED, RETRY_LATER }

  private record Result(Outcome outcome, String code, String message) {
  }

  private Result send(String bookingCode, Message message) {
    Map<String, Object> body = new LinkedHashMap<>();
    String path;
    String duplicateMarker;
    switch (message.kind) {
      case ADD -> {
        path = "/antrean/add";
        body.putAll(message.booking.toWire());
        duplicateMarker = "duplikasi";
      }
      case TASK -> {
        path = "/antrean/updatewaktu";
        body.put("kodebooking", bookingCode);
        body.put("taskid", message.taskId);
        body.put("waktu", message.at.toEpochMilli());
        duplicateMarker = "sudah ada";
      }
      default -> {
        path = "/antrean/batal";
        body.put("kodebooking", bookingCode);
        body.put("keterangan", message.reason);
        duplicateMarker = "sudah dibatalkan";
      }
    }
    try {
      AgencyResponse response = adapter.antrean().send(AgencyRequest.post(path, body)
          .withOptions(CallOptions.defaults().withIdempotencyKey(bookingCode + ":"
              + message.key())));
      BpjsEnvelope envelope = adapter.envelope(response);
      if (envelope.isSuccess()) {
        return new Result(Outcome.SENT, null, null);
      }
      if (envelope.code().equals("201")
          && envelope.message().toLowerCase(Locale.ROOT).contains(duplicateMarker)) {
        return new Result(Outcome.DUPLICATE, envelope.code(), envelope.message());
      }
      MppException refusal = adapter.refusal(envelope, response);
      if (refusal instanceof AgencyRejectedException) {
        return new Result(Outcome.REJECTED, envelope.code(), envelope.message());
      }
      LOG.log(Level.INFO, "BPJS Antrean RS refused the credentials for booking {0} ({1});"
          + " will retry", bookingCode, message.describe());
      return new Result(Outcome.RETRY_LATER, envelope.code(), null);
    } catch (AgencyRejectedException e) {
      return new Result(Outcome.REJECTED, e.agencyCode().orElse(String.valueOf(e.httpStatus())),
          e.agencyMessage().orElse(null));
    } catch (AgencyException e) {
      LOG.log(Level.INFO, "booking {0}: {1} not delivered yet ({2}); will retry", bookingCode,
          message.describe(), e.getClass().getSimpleName());
      return new Result(Outcome.RETRY_LATER, null, null);
    } catch (MppException e) {
      return new Result(Outcome.REJECTED, null, e.getClass().getSimpleName());
    }
  }

  // ---------------------------------------------------------------- reading

  /** @return how many messages wait to be sent */
  public int pending() {
    synchronized (lock) {
      return outboxes.values().stream().mapToInt(o -> o.messages.size()).sum();
    }
  }

  /** @return the messages BPJS refused, oldest first */
  public List<DeadLetter> deadLetters() {
    synchronized (lock) {
      return List.copyOf(deadLetters);
    }
  }

  /**
   * The cursor up to which every event of a registered ticket was delivered (or needed no
   * delivery): after a restart, replay the desk's events after it.
   *
   * @return the cursor
   */
  public long acknowledgedCursor() {
    synchronized (lock) {
      long lowestPending = Long.MAX_VALUE;
      for (Outbox outbox : outboxes.values()) {
        for (Message m : outbox.messages) {
          if (m.kind == Kind.TASK) {
            lowestPending = Math.min(lowestPending, m.cursor);
          }
        }
      }
      return lowestPending == Long.MAX_VALUE ? highestCursor : lowestPending - 1;
    }
  }

  /**
   * What one {@link #flush()} did.
   *
   * @param sent messages BPJS accepted
   * @param duplicates resends BPJS already had ("sudah ada"), counted as delivered
   * @param rejected messages BPJS refused, now in {@link #deadLetters()}
   * @param deferred bookings whose next message must wait for a later flush
   * @param pending messages still waiting after this flush
   */
  public record FlushReport(int sent, int duplicates, int rejected, int deferred, int pending) {
  }

  /**
   * A message BPJS refused; no personal data.
   *
   * @param bookingCode the {@code kodebooking}
   * @param message what it was, for example {@code antrean/updatewaktu task 4}
   * @param agencyCode the envelope code, or {@code null}
   * @param agencyMessage BPJS's message, or {@code null}
   */
  public record DeadLetter(String bookingCode, String message, String agencyCode,
      String agencyMessage) {
  }

  // ---------------------------------------------------------------- internals

  private enum Kind { ADD, TASK, CANCEL }

  private record Task(int taskId, Instant at, long cursor) {
  }

  private record Message(Kind kind, AntreanBooking booking, int taskId, Instant at, long cursor,
      String reason) {

    String key() {
      return switch (kind) {
        case ADD -> "add";
        case TASK -> "task-" + taskId;
        case CANCEL -> "batal";
      };
    }

    String describe() {
      return switch (kind) {
        case ADD -> "antrean/add";
        case TASK -> "antrean/updatewaktu task " + taskId;
        case CANCEL -> "antrean/batal";
      };
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /** One booking's messages, in the order they must reach BPJS. */
  private static final class Outbox {

    final String bookingCode;
    final Deque<Message> messages = new ArrayDeque<>();
    int lastTaskId;
    Instant lastTime = Instant.MIN;
    boolean finished;

    Outbox(String bookingCode) {
      this.bookingCode = bookingCode;
    }

    void enqueue(Task task) {
      if (finished || task.taskId() != 99 && task.taskId() <= lastTaskId) {
        return;
      }
      Instant at = task.at().isBefore(lastTime) ? lastTime : task.at();
      lastTaskId = task.taskId();
      lastTime = at;
      finished = task.taskId() == 7 || task.taskId() == 99;
      messages.add(new Message(Kind.TASK, null, task.taskId(), at, task.cursor(), null));
    }
  }

  @Override
  public String toString() {
    return "BpjsAntreanReporter[pending=" + pending() + "]";
  }
}
