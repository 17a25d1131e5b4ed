package id.mpp.sdk.benchmarks.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.CounterDefinition;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.CounterService;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.ServiceQueue;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A big MPP's queue configuration for the benchmarks and the load harness: 250 services of 25
 * agencies and 30 open counters; counter {@code c} calls the services {@code s} with
 * {@code s % 30 == c} (8 or 9 each), so every service is called by exactly one counter.
 */
public final class QueueSite {

  /** Services of the site. */
  public static final int SERVICES = 250;
  /** Counters (loket) of the site. */
  public static final int COUNTERS = 30;
  private static final int AGENCIES = 25;

  private final List<ServiceCode> services;
  private final List<CounterId> counters;

  private QueueSite(List<ServiceCode> services, List<CounterId> counters) {
    this.services = List.copyOf(services);
    this.counters = List.copyOf(counters);
  }

  /**
   * Configures the site on a desk and opens every counter.
   *
   * @param desk an empty desk
   * @return the site's services and counters
   */
  public static QueueSite configure(QueueDesk desk) {
    List<AgencyId> agencies = new ArrayList<>();
    for (int a = 0; a < AGENCIES; a++) {
      AgencyId id = AgencyId.of("agency-" + a);
      desk.createAgency(new QueueAgency(id, "Instansi " + a, "lantai-" + (1 + a % 3),
          (LocalTime) null));
      agencies.add(id);
    }
    List<ServiceCode> services = new ArrayList<>();
    for (int s = 0; s < SERVICES; s++) {
      ServiceCode code = ServiceCode.of(String.format("SVC-%03d", s));
      desk.createService(new ServiceQueue(code, agencies.get(s % COUNTERS % AGENCIES),
          "Layanan " + s, prefix(s), 6, 0, Duration.ofMinutes(30), Duration.ofMinutes(10),
          Set.of()));
      services.add(code);
    }
    List<CounterId> counters = new ArrayList<>();
    Actor officer = Actor.officer("petugas-bench");
    for (int c = 0; c < COUNTERS; c++) {
      List<CounterService> served = new ArrayList<>();
      for (int s = c; s < SERVICES; s += COUNTERS) {
        served.add(CounterService.of(services.get(s)));
      }
      CounterId id = CounterId.of("loket-" + (c + 1));
      desk.createCounter(new CounterDefinition(id, agencies.get(c % AGENCIES), c + 1,
          "Loket " + (c + 1), CounterKind.LOKET, null, served));
      desk.openCounter(id, CommandOptions.by(officer));
      counters.add(id);
    }
    return new QueueSite(services, counters);
  }

  private static String prefix(int s) {
    return "" + (char) ('A' + s / 26 / 26 % 26) + (char) ('A' + s / 26 % 26)
        + (char) ('A' + s % 26);
  }

  /** @return the services, by index */
  public List<ServiceCode> services() {
    return services;
  }

  /** @return the counters, by index */
  public List<CounterId> counters() {
    return counters;
  }

  /**
   * @param counter the counter index
   * @param round which of its services, any non-negative number
   * @return a service the counter calls
   */
  public ServiceCode serviceOf(int counter, int round) {
    int perCounter = (SERVICES - counter + COUNTERS - 1) / COUNTERS;
    return services.get(counter + COUNTERS * (round % perCounter));
  }
}
