package id.mpp.sdk.internal.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.BookingId;
import id.mpp.sdk.queue.Channel;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.JourneyStep;
import id.mpp.sdk.queue.PriorityClass;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.TicketState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A ticket being changed by the desk; {@link #build()} makes the immutable record. */
public final class MutableTicket {
  /** As {@link Ticket#id()}. */
  public TicketId id;
  /** As {@link Ticket#site()}. */
  public SiteId site;
  /** As {@link Ticket#number()}. */
  public String number;
  /** As {@link Ticket#numberedBy()}. */
  public ServiceCode numberedBy;
  /** As {@link Ticket#sequence()}. */
  public int sequence;
  /** As {@link Ticket#serviceDay()}. */
  public LocalDate serviceDay;
  /** As {@link Ticket#state()}. */
  public TicketState state;
  /** As {@link Ticket#agency()}. */
  public AgencyId agency;
  /** As {@link Ticket#service()}. */
  public ServiceCode service;
  /** As {@link Ticket#priority()}. */
  public PriorityClass priority;
  /** As {@link Ticket#channel()}. */
  public Channel channel;
  /** As {@link Ticket#issuedAt()}. */
  public Instant issuedAt;
  /** As {@link Ticket#rank()}. */
  public long rank;
  /** As {@link Ticket#callableAt()}. */
  public Instant callableAt;
  /** As {@link Ticket#assignedCounter()}. */
  public CounterId assignedCounter;
  /** As {@link Ticket#counter()}. */
  public CounterId counter;
  /** As {@link Ticket#recallCount()}. */
  public int recallCount;
  /** As {@link Ticket#stateSince()}. */
  public Instant stateSince;
  /** As {@link Ticket#booking()}. */
  public BookingId booking;
  /** As {@link Ticket#slotStart()}. */
  public Instant slotStart;
  /** As {@link Ticket#citizenHash()}. */
  public String citizenHash;
  /** As {@link Ticket#journey()}. */
  public List<JourneyStep> journey = new ArrayList<>();
  /** As {@link Ticket#step()}. */
  public int step;
  /** As {@link Ticket#version()}. */
  public long version;

  /** Creates an empty ticket to fill. */
  public MutableTicket() {
  }

  /**
   * Copies a ticket.
   *
   * @param t the ticket
   * @return a mutable copy
   */
  public static MutableTicket of(Ticket t) {
    MutableTicket m = new MutableTicket();
    m.id = t.id();
    m.site = t.site();
    m.number = t.number();
    m.numberedBy = t.numberedBy();
    m.sequence = t.sequence();
    m.serviceDay = t.serviceDay();
    m.state = t.state();
    m.agency = t.agency();
    m.service = t.service();
    m.priority = t.priority();
    m.channel = t.channel();
    m.issuedAt = t.issuedAt();
    m.rank = t.rank();
    m.callableAt = t.callableAt();
    m.assignedCounter = t.assignedCounter();
    m.counter = t.counter();
    m.recallCount = t.recallCount();
    m.stateSince = t.stateSince();
    m.booking = t.booking();
    m.slotStart = t.slotStart();
    m.citizenHash = t.citizenHash();
    m.journey = new ArrayList<>(t.journey());
    m.step = t.step();
    m.version = t.version();
    return m;
  }

  /**
   * The current journey step.
   *
   * @return the step at {@link #step}
   */
  public JourneyStep current() {
    return journey.get(step);
  }

  /**
   * Replaces the current journey step.
   *
   * @param value the new step
   */
  public void current(JourneyStep value) {
    journey.set(step, value);
  }

  /**
   * Builds the record.
   *
   * @return the ticket
   */
  public Ticket build() {
    return new Ticket(id, site, number, numberedBy, sequence, serviceDay, state, agency, service,
        priority, channel, issuedAt, rank, callableAt, assignedCounter, counter, recallCount,
        stateSince, booking, slotStart, citizenHash, journey, step, version);
  }
}
