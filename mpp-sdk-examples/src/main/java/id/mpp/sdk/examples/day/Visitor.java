package id.mpp.sdk.examples.day;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.PriorityClass;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.LocalTime;

/**
 * One visitor of the simulated day, drawn from the seed. Personal data is made up and masked.
 *
 * @param index the visitor's number in the day, from 1
 * @param nik a made-up NIK
 * @param name a made-up name
 * @param entry the agency
 * @param service the service
 * @param arrival when the visitor arrives
 * @param booked whether the visitor booked online (and checks in) rather than walking in
 * @param priority the priority class (lansia, disabilitas, …) or NONE
 * @param absentWhenCalled whether the visitor has stepped out when called (a no-show)
 * @param patience how long the visitor waits before giving up and cancelling
 * @param serviceTime how long the counter needs
 * @param ratesService whether the visitor answers the SKM survey
 */
record Visitor(int index, Nik nik, String name, AgencyEntry entry, ServiceCode service,
    LocalTime arrival, boolean booked, PriorityClass priority, boolean absentWhenCalled,
    Duration patience, Duration serviceTime, boolean ratesService) {

  @Override
  public String toString() {
    return "Visitor[" + index + ", " + nik + ", " + service + ", " + arrival + "]";
  }
}
