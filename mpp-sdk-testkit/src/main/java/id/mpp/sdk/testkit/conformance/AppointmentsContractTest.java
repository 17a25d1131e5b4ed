package id.mpp.sdk.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyQuota;
import id.mpp.sdk.adapter.AppointmentConfirmation;
import id.mpp.sdk.adapter.AppointmentRequest;
import id.mpp.sdk.adapter.AppointmentSlot;
import id.mpp.sdk.adapter.AppointmentsCapability;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for adapters offering {@link AppointmentsCapability} (contract ids
 * {@code C-APT-xx}), on top of every {@link AgencyAdapterContractTest} contract. The author names
 * a booking of an open session (one citizen per idempotency key, all in the same session), how
 * to limit that session's places at the agency, how many bookings the agency holds, and a day
 * without a quota.
 *
 * @param <S> the agency simulator
 */
public abstract class AppointmentsContractTest<S extends AgencySimulator>
    extends AgencyAdapterContractTest<S> {

  private static final List<String> KEYS = List.of("c-apt-first", "c-apt-second",
      "c-apt-privacy");

  /**
   * A booking of a session that has room, within the day's quota. Bookings under different keys
   * are for different citizens in the same service, day and session; the same key gives an equal
   * request.
   *
   * @param idempotencyKey the key of the booking
   * @return the request
   */
  protected abstract AppointmentRequest booking(String idempotencyKey);

  /**
   * Limits, at the agency, the session of a request to a number of places (the day's quota stays
   * above it).
   *
   * @param simulator the running simulator
   * @param request the request whose session to limit
   * @param places the places of the session
   */
  protected abstract void limitSession(S simulator, AppointmentRequest request, int places);

  /**
   * @param simulator the running simulator
   * @return how many bookings the agency holds (cancelled ones not counted)
   */
  protected abstract int bookingsAtAgency(S simulator);

  /** @return a well-formed booking reference the agency does not know */
  protected abstract String unknownBookingReference();

  /** @return a day on which the agency has no quota for the booking's service (a Sunday, say) */
  protected abstract LocalDate dayWithoutQuota();

  private AppointmentsCapability appointments() {
    return capability(AppointmentsCapability.class);
  }

  private AgencyQuota quotaOf(AppointmentRequest request) {
    return appointments().getQuota(request.serviceCode(), request.date());
  }

  private AppointmentSlot slotOf(AppointmentRequest request) {
    return appointments().listSlots(request.serviceCode(), request.date(), request.date())
        .stream().filter(s -> s.start().equals(request.start())).findFirst()
        .orElseThrow(() -> new AssertionError("no slot at the booking's start"));
  }

  @Override
  protected void callAgency(AgencyAdapter adapter) {
    AppointmentRequest request = booking(KEYS.get(0));
    adapter.capability(AppointmentsCapability.class).orElseThrow()
        .getQuota(request.serviceCode(), request.date());
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    AppointmentsCapability capability = adapter.capability(AppointmentsCapability.class)
        .orElseThrow();
    AppointmentConfirmation held = capability.book(booking("c-apt-privacy"));
    capability.cancelBooking(held.bookingReference(), "c-apt-privacy-cancel");
  }

  @Override
  protected Collection<String> personalData() {
    List<String> values = new ArrayList<>(super.personalData());
    for (String key : KEYS) {
      AppointmentRequest request = booking(key);
      if (request.nik() != null) {
        values.add(request.nik().value());
      }
    }
    return values;
  }

  @Test
  @DisplayName("C-APT-01 appointments: a booking within the quota is confirmed for its day and"
      + " session, and takes one place")
  void book_withinQuota_isConfirmedAndTakesOnePlace() {
    AppointmentRequest request = booking("c-apt-first");
    int usedBefore = quotaOf(request).used();

    AppointmentConfirmation confirmation = appointments().book(request);

    assertThat(confirmation.bookingReference()).isNotBlank();
    assertThat(confirmation.date()).isEqualTo(request.date());
    assertThat(confirmation.start()).isEqualTo(request.start());
    assertThat(confirmation.end()).isAfter(confirmation.start());
    assertThat(bookingsAtAgency(simulator())).isEqualTo(1);
    assertThat(quotaOf(request).used()).isEqualTo(usedBefore + 1);
  }

  @Test
  @DisplayName("C-APT-02 appointments: booking again with the same idempotency key returns the"
      + " same confirmation and books once; another key books another place")
  @Tag("reliability")
  void book_twiceWithTheSameKey_booksOnce() {
    AppointmentConfirmation first = appointments().book(booking("c-apt-first"));
    AppointmentConfirmation again = appointments().book(booking("c-apt-first"));

    assertThat(again).isEqualTo(first);
    assertThat(bookingsAtAgency(simulator())).isEqualTo(1);

    AppointmentConfirmation other = appointments().book(booking("c-apt-second"));

    assertThat(other.bookingReference()).isNotEqualTo(first.bookingReference());
    assertThat(bookingsAtAgency(simulator())).isEqualTo(2);
  }

  @Test
  @DisplayName("C-APT-03 appointments: when the answer is lost after the agency booked,"
      + " booking again with the same key leaves one booking")
  @Tag("reliability")
  void book_afterALostAnswer_leavesOneBooking() {
    callAgency(adapter());

    AppointmentConfirmation confirmation =
        repeatAfterLostAnswer(() -> appointments().book(booking("c-apt-first")));

    assertThat(confirmation.bookingReference()).isNotBlank();
    assertThat(bookingsAtAgency(simulator())).isEqualTo(1);
  }

  @Test
  @DisplayName("C-APT-04 appointments: a booking in a full session is refused with"
      + " QuotaExceededException holding no personal data, and nothing is booked")
  void book_whenTheSessionIsFull_isRefusedTyped() {
    AppointmentRequest first = booking("c-apt-first");
    limitSession(simulator(), first, 1);
    appointments().book(first);

    Throwable thrown = catchThrowable(() -> appointments().book(booking("c-apt-second")));

    assertThat(thrown).isInstanceOf(QuotaExceededException.class);
    assertThat(((QuotaExceededException) thrown).quota()).isNotBlank();
    assertSafeError(thrown);
    assertThat(bookingsAtAgency(simulator())).isEqualTo(1);
  }

  @Test
  @DisplayName("C-APT-05 appointments: the slots of a day are ordered, hold the booking's"
      + " session, and a booking takes one of its places")
  void listSlots_showTheSessionAndABookingTakesAPlace() {
    AppointmentRequest request = booking("c-apt-first");
    List<AppointmentSlot> slots = appointments().listSlots(request.serviceCode(),
        request.date(), request.date());
    AppointmentSlot before = slotOf(request);

    appointments().book(request);

    assertThat(slots).isSortedAccordingTo(Comparator.comparing(AppointmentSlot::date)
        .thenComparing(AppointmentSlot::start));
    assertThat(slots).allSatisfy(s -> {
      assertThat(s.serviceCode()).isEqualTo(request.serviceCode());
      assertThat(s.date()).isEqualTo(request.date());
    });
    assertThat(before.available()).isPositive();
    assertThat(slotOf(request).available()).isEqualTo(before.available() - 1);
  }

  @Test
  @DisplayName("C-APT-06 appointments: a cancelled booking frees its place, and cancelling"
      + " again with the same key is no error")
  void cancelBooking_freesThePlaceAndIsIdempotent() {
    AppointmentRequest request = booking("c-apt-first");
    int usedBefore = quotaOf(request).used();
    AppointmentConfirmation held = appointments().book(request);

    appointments().cancelBooking(held.bookingReference(), "c-apt-cancel");
    assertThatCode(() -> appointments().cancelBooking(held.bookingReference(), "c-apt-cancel"))
        .doesNotThrowAnyException();

    assertThat(bookingsAtAgency(simulator())).isZero();
    assertThat(quotaOf(request).used()).isEqualTo(usedBefore);
  }

  @Test
  @DisplayName("C-APT-07 appointments: cancelling an unknown booking is NotFoundException, with"
      + " no personal data in the message")
  void cancelBooking_whenUnknown_isNotFound() {
    Throwable thrown = catchThrowable(() -> appointments().cancelBooking(
        unknownBookingReference(), "c-apt-cancel"));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertSafeError(thrown);
  }

  @Test
  @DisplayName("C-APT-08 appointments: the quota of a day without one is NotFoundException")
  void getQuota_onADayWithoutQuota_isNotFound() {
    Throwable thrown = catchThrowable(() -> appointments().getQuota(
        booking("c-apt-first").serviceCode(), dayWithoutQuota()));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertSafeError(thrown);
  }

  @Test
  @DisplayName("C-APT-09 appointments: no NIK or other personal data in logs, the request, the"
      + " confirmation or a refusal")
  @Tag("reliability")
  void appointments_printAndLogNoPersonalData() {
    AppointmentRequest first = booking("c-apt-first");
    limitSession(simulator(), first, 1);
    AppointmentConfirmation confirmation;
    Throwable refused;
    String logged;
    try (LogCapture log = LogCapture.start()) {
      confirmation = appointments().book(first);
      refused = catchThrowable(() -> appointments().book(booking("c-apt-second")));
      logged = log.text();
    }

    assertNoPersonalData("the log", logged);
    assertNoPersonalData("the request", first.toString());
    assertNoPersonalData("the confirmation", confirmation.toString());
    assertThat(refused).isInstanceOf(QuotaExceededException.class);
    assertSafeError(refused);
  }
}
