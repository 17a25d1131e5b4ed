package id.mpp.sdk.examples.day;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One agency of the simulated day: its services (codes of the sample catalogue), its share of the
 * visitors, the simulator that plays its backend with the settings its adapter needs, and what
 * the counter officer does with the adapter for each visitor. An agency without a simulator is
 * served without any system (the officer re-keys later), as many MPP agencies still are.
 *
 * <pre>{@code
 * AgencyEntry.simulated("kemenag", "lantai-2", 6, List.of("KEMENAG-PENDAFTARAN-NIKAH"),
 *     clock -> new KemenagSimulator(clock, API_KEY, KUA),
 *     sim -> Map.of("baseUrl", sim.baseUri().toString(), "apiKey", API_KEY, "kuaCode", KUA),
 *     CounterWork.application(visit -> marriageForm(visit)))
 * }</pre>
 *
 * @param agency the agency id (the adapter's and the catalogue's)
 * @param displayZone the display zone of its counters
 * @param weight its share of the day's visitors, relative to the other entries
 * @param services the services visitors come for
 * @param simulator starts nothing yet: makes the simulator on the day's clock; null for none
 * @param settings the adapter's settings, without {@code mpp.adapter.<agency>.}, for a running
 *     simulator
 * @param work what the officer does with the agency's adapter for one visitor
 * @param data puts the agency's records (businesses, land books, the residents among the day's
 *     visitors …) into its simulator after the simulator's reset at the start of the day; it is
 *     given the day's visitors, drawn before the simulators start
 */
record AgencyEntry(AgencyId agency, String displayZone, int weight, List<ServiceCode> services,
    Function<Clock, ? extends AgencySimulator> simulator,
    Function<AgencySimulator, Map<String, String>> settings, CounterWork work,
    BiConsumer<AgencySimulator, List<Visitor>> data) {

  AgencyEntry {
    Objects.requireNonNull(agency, "agency");
    services = List.copyOf(services);
    if (weight < 1 || services.isEmpty()) {
      throw new IllegalArgumentException(agency + ": weight and services are required");
    }
  }

  /**
   * An agency whose backend a simulator plays.
   *
   * @param agency the agency id
   * @param displayZone the display zone
   * @param weight the share of visitors
   * @param services the service codes
   * @param simulator makes its simulator
   * @param settings its adapter's settings for the running simulator
   * @param work what the officer does
   * @return the entry
   */
  static AgencyEntry simulated(String agency, String displayZone, int weight,
      List<String> services, Function<Clock, ? extends AgencySimulator> simulator,
      Function<AgencySimulator, Map<String, String>> settings, CounterWork work) {
    return new AgencyEntry(AgencyId.of(agency), displayZone, weight,
        services.stream().map(ServiceCode::of).toList(), Objects.requireNonNull(simulator),
        Objects.requireNonNull(settings), work, (running, visitors) -> { });
  }

  /**
   * The same entry with the agency's records put into its simulator at the start of the day.
   *
   * @param records puts the records in
   * @return the entry
   */
  AgencyEntry withData(Consumer<AgencySimulator> records) {
    Objects.requireNonNull(records);
    return new AgencyEntry(agency, displayZone, weight, services, simulator, settings, work,
        (running, visitors) -> records.accept(running));
  }

  /**
   * The same entry with records about the day's visitors put into its simulator at the start of
   * the day: the agency already knows them (their population record, their membership) before
   * they come to the counter.
   *
   * @param records puts the records in, given the simulator and every visitor of the day
   * @return the entry
   */
  AgencyEntry withVisitorRecords(BiConsumer<AgencySimulator, List<Visitor>> records) {
    return new AgencyEntry(agency, displayZone, weight, services, simulator, settings, work,
        Objects.requireNonNull(records));
  }

  /**
   * An agency served without a system.
   *
   * @param agency the agency id
   * @param displayZone the display zone
   * @param weight the share of visitors
   * @param services the service codes
   * @return the entry
   */
  static AgencyEntry offline(String agency, String displayZone, int weight,
      List<String> services) {
    return new AgencyEntry(AgencyId.of(agency), displayZone, weight,
        services.stream().map(ServiceCode::of).toList(), null, null, CounterWork.NONE,
        (running, visitors) -> { });
  }

  /** @return the simulator factory, if the agency has one */
  Optional<Function<Clock, ? extends AgencySimulator>> findSimulator() {
    return Optional.ofNullable(simulator);
  }
}
