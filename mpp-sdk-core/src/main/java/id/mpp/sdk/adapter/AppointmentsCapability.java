package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.LocalDate;
import java.util.List;

/**
 * The agency holds its own appointment slots and daily quotas for some services (as BPJS
 * Kesehatan's antrean online and Polres SKCK do); the hub offers them beside its own queue.
 */
public interface AppointmentsCapability extends AgencyCapability {

  /**
   * The slots of a service between two days, inclusive.
   *
   * @param serviceCode the service
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the slots, ordered by day and start
   */
  List<AppointmentSlot> listSlots(ServiceCode serviceCode, LocalDate from, LocalDate to);

  /**
   * The daily quota of a service.
   *
   * @param serviceCode the service
   * @param date the day
   * @return the quota
   * @throws id.mpp.sdk.NotFoundException if the agency has no quota for it that day
   */
  AgencyQuota getQuota(ServiceCode serviceCode, LocalDate date);

  /**
   * Books a slot. Booking again with the same idempotency key returns the same confirmation.
   *
   * @param request the booking
   * @return the confirmation
   * @throws id.mpp.sdk.QuotaExceededException if the slot or the day is full
   */
  AppointmentConfirmation book(AppointmentRequest request);

  /**
   * Cancels a booking.
   *
   * @param bookingReference the agency's booking code
   * @param idempotencyKey the key of this cancellation, stable across retries
   * @throws id.mpp.sdk.NotFoundException if the agency does not know the booking
   */
  void cancelBooking(String bookingReference, String idempotencyKey);
}
