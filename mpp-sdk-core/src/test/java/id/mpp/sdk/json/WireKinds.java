package id.mpp.sdk.json;

import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.CatalogueDocument;
import id.mpp.sdk.catalogue.CompletenessReport;
import id.mpp.sdk.queue.Announcement;
import id.mpp.sdk.queue.Booking;
import id.mpp.sdk.queue.CallResult;
import id.mpp.sdk.queue.Counter;
import id.mpp.sdk.queue.QueueEvent;
import id.mpp.sdk.queue.QueueKpis;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketStatus;
import id.mpp.sdk.queue.TicketTransition;
import id.mpp.sdk.report.MppReport;
import id.mpp.sdk.report.ReportFixtures;
import id.mpp.sdk.survey.SkmFixtures;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.time.HolidayData;
import id.mpp.sdk.time.ProvinceZones;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.OutboxMessage;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.StatusMachine;
import id.mpp.sdk.tracking.StatusWebhook;
import id.mpp.sdk.tracking.TrackingFixtures;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every {@link WireDocument} kind of mpp-sdk-core, each with an example instance: the one list
 * that {@code WireRoundTripTest} (write then read gives an equal value; {@code apiVersion} and
 * {@code kind} present) and {@code WireSchemaTest} (the JSON Schemas in {@code docs/schema/v1/}
 * match the code) run over.
 *
 * <p><strong>When you add a WireDocument, add one line to {@link #ALL}</strong>, with an example
 * that fills as many optional fields as possible (the round trip only proves what the example
 * holds), then refresh the schemas:
 *
 * <pre>
 * ./mvnw -B -q -pl mpp-sdk-core -am test -Dtest=WireSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dmpp.schema.write=true
 * </pre>
 *
 * <p>and commit the new or changed {@code docs/schema/v1/*.schema.json}. Kinds are listed in the
 * order their packages appear in DESIGN.md.
 */
public final class WireKinds {

  /**
   * One wire kind.
   *
   * @param type the record that implements {@link WireDocument}
   * @param example makes a representative instance, optional fields filled
   */
  public record WireKind(Class<? extends WireDocument> type,
      Supplier<? extends WireDocument> example) {

    /** Checks the values. */
    public WireKind {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(example, "example");
    }

    /** @return the kind as written on the wire: the simple class name */
    public String kind() {
      return type.getSimpleName();
    }

    @Override
    public String toString() {
      return kind();
    }
  }

  /** Every wire kind of mpp-sdk-core. */
  public static final List<WireKind> ALL = List.of(
      new WireKind(CatalogueDocument.class, () -> Catalogue.sample().toDocument()),
      new WireKind(CompletenessReport.class, () -> Catalogue.sample().checkCompleteness()),
      new WireKind(Application.class,
          () -> TrackingFixtures.application(TrackingFixtures.number(7))),
      new WireKind(StatusEvent.class, () -> TrackingFixtures.created(
          TrackingFixtures.application(TrackingFixtures.number(7)))),
      new WireKind(OutboxMessage.class, () -> TrackingFixtures.message("submit-1",
          TrackingFixtures.number(7), OutboxMessage.Type.SUBMIT, TrackingFixtures.T0)),
      new WireKind(StatusMachine.class, StatusMachine::defaults),
      new WireKind(StatusWebhook.class, QueueWireExamples::statusWebhook),
      new WireKind(Ticket.class, () -> QueueWireExamples.morning().served()),
      new WireKind(CallResult.class, () -> QueueWireExamples.morning().call()),
      new WireKind(TicketStatus.class, () -> QueueWireExamples.morning().waiting()),
      new WireKind(TicketTransition.class,
          () -> QueueWireExamples.morning().transitions().get(1)),
      new WireKind(QueueEvent.class, () -> QueueWireExamples.morning().events().get(0)),
      new WireKind(Counter.class, () -> QueueWireExamples.morning().counter()),
      new WireKind(Announcement.class,
          () -> QueueWireExamples.morning().announcements().get(0)),
      new WireKind(QueueKpis.class, () -> QueueWireExamples.morning().kpis()),
      new WireKind(Booking.class, QueueWireExamples::booking),
      new WireKind(SkmResponse.class, () -> SkmFixtures.response(4, 3, 4, 4, 3, 4, 4, 2, 4)),
      new WireKind(MppReport.class, () -> ReportFixtures.report("KTP-el")),
      new WireKind(HolidayData.class, HolidayData::bundled),
      new WireKind(ProvinceZones.class, ProvinceZones::bundled));

  private WireKinds() {
  }
}
