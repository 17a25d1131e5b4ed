package id.mpp.sdk.adapter;

/**
 * Makes an agency's adapter; found by {@link java.util.ServiceLoader}, as JDBC drivers and Kafka
 * Connect plug-ins are. An adapter jar lists its provider class in
 * {@code META-INF/services/id.mpp.sdk.adapter.AgencyAdapterProvider}.
 *
 * <pre>{@code
 * public final class DukcapilAdapterProvider implements AgencyAdapterProvider<DukcapilConfig> {
 *   public AdapterDescriptor descriptor() {
 *     return new AdapterDescriptor(AgencyId.of("dukcapil"), "Dukcapil", "1.0.0",
 *         SpiVersion.CURRENT);
 *   }
 *   public Class<DukcapilConfig> configType() { return DukcapilConfig.class; }
 *   public AgencyAdapter create(AdapterContext<DukcapilConfig> context) {
 *     return new DukcapilAdapter(context);
 *   }
 * }
 * }</pre>
 *
 * <p>A provider needs a public no-argument constructor and must be cheap to construct: the hub
 * reads every provider's {@link #descriptor()} before it creates any adapter.
 *
 * @param <C> the adapter's configuration record; {@link NoConfig} when it has none
 */
public interface AgencyAdapterProvider<C extends Record> {

  /** @return who the adapter is, including the SPI version it was built against */
  AdapterDescriptor descriptor();

  /**
   * The record the hub binds the adapter's settings to (properties under
   * {@code mpp.adapter.<agency-id>.}) and validates before {@link #create} is called. Its
   * components carry Jakarta constraints and {@link id.mpp.sdk.config.Setting} descriptions.
   *
   * @return the configuration record type
   */
  Class<C> configType();

  /**
   * Creates the adapter. Called once per hub, after the configuration was validated.
   *
   * @param context the validated configuration, the HTTP client factory, clock, zone, listener
   * @return the adapter
   */
  AgencyAdapter create(AdapterContext<C> context);
}
