package id.mpp.sdk.examples.day;

import id.mpp.sdk.MppException;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.adapter.IdentityCapability;
import id.mpp.sdk.adapter.IdentityCheck;
import id.mpp.sdk.adapter.MembershipCapability;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.adapter.PaymentsCapability;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.tracking.Actor;
import id.mpp.sdk.tracking.ApplicationForm;
import id.mpp.sdk.tracking.NotificationChannel;
import id.mpp.sdk.tracking.QueueTicketRef;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a counter officer does with the agency's systems for one visitor, through the hub's
 * engines and the agency's adapter. A failed agency call is counted, never fatal: the visitor is
 * still served and the outbox (for applications) tries again later.
 */
@FunctionalInterface
interface CounterWork {

  /** Nothing: the agency has no system in this MPP. */
  CounterWork NONE = visit -> { };

  /**
   * Hands an application in: the tracker opens it under a tracking number linked to the ticket,
   * and its outbox submits it to the agency's adapter (retried under one idempotency key).
   *
   * @param fields the agency's form fields for the visit (none: an empty map)
   * @return the work
   */
  static CounterWork application(Function<Visit, Map<String, String>> fields) {
    return visit -> {
      Ticket ticket = visit.ticket();
      ServiceDefinition service = visit.hub().catalogue().getService(ticket.service());
      Visitor who = visit.visitor();
      visit.hub().tracker().create(ApplicationForm.of(ticket.service(), service.name(),
          ticket.agency(), new Applicant(who.nik(), who.name(), null, null))
          .withFields(fields.apply(visit))
          .withProcessingTime(ProcessingTime.workingHours(3))
          .withTicket(new QueueTicketRef(ticket.id().value(), ticket.number()))
          .withNotifications(NotificationChannel.NONE, "id"),
          Actor.counterOfficer(visit.counter().value()));
      visit.ledger().applicationsCreated++;
    };
  }

  /**
   * Checks the visitor's membership with the agency (BPJS: JKN card).
   *
   * @param query the visitor's query
   * @return the work
   */
  static CounterWork membership(Function<Visit, MembershipQuery> query) {
    return visit -> visit.call(MembershipCapability.class,
        m -> m.checkMembership(query.apply(visit)));
  }

  /**
   * Checks what the visitor states (name, birth date …) against the agency's record for the NIK
   * (Dukcapil: verification by element); the agency answers match scores, never the record.
   *
   * @param check the visitor's check
   * @return the work
   */
  static CounterWork identity(Function<Visit, IdentityCheck> check) {
    return visit -> visit.call(IdentityCapability.class, id -> id.verify(check.apply(visit)));
  }

  /**
   * Bills the service's fee; the visitor pays by mobile banking (the bank's simulator marks it
   * paid) and the officer checks the payment.
   *
   * @param amount the fee
   * @param payElsewhere marks the bill paid at the bank's side
   * @return the work
   */
  static CounterWork payment(Rupiah amount, BiConsumer<Visit, Bill> payElsewhere) {
    return visit -> visit.call(PaymentsCapability.class, payments -> {
      Ticket t = visit.ticket();
      Bill bill = payments.createBill(new BillRequest(t.number() + "-" + t.id().value(),
          t.service(), amount, "Biaya layanan " + t.service().value(),
          visit.hub().clock().instant().plus(Duration.ofHours(4)), "bill-" + t.id().value()));
      payElsewhere.accept(visit, bill);
      visit.ledger().paymentsMade += payments.getPaymentStatus(bill.billId()).status()
          == id.mpp.sdk.adapter.PaymentStatus.PAID ? 1 : 0;
      return bill;
    });
  }

  /**
   * Serves one visitor.
   *
   * @param visit the visit
   * @throws MppException only for a failure of the hub itself
   */
  void serve(Visit visit);

  /**
   * This work, then another for the same visitor (a check before the application, say).
   *
   * @param next the work after this one
   * @return both, in order
   */
  default CounterWork andThen(CounterWork next) {
    return visit -> {
      serve(visit);
      next.serve(visit);
    };
  }
}
