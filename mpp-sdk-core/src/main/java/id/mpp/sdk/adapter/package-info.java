/**
 * The adapter SPI an agency implements once to work in every MPP.
 *
 * <ul>
 *   <li>{@link id.mpp.sdk.adapter.AgencyAdapterProvider}, found by {@link java.util.ServiceLoader},
 *       makes an {@link id.mpp.sdk.adapter.AgencyAdapter} from an
 *       {@link id.mpp.sdk.adapter.AdapterContext} (validated config record, HTTP client factory,
 *       clock, zone, listener).</li>
 *   <li>{@link id.mpp.sdk.adapter.AdapterDescriptor} says who it is: agency id, display name,
 *       adapter version, {@link id.mpp.sdk.adapter.SpiVersion}.</li>
 *   <li>Capabilities, implemented as the agency allows:
 *       {@link id.mpp.sdk.adapter.CatalogueCapability},
 *       {@link id.mpp.sdk.adapter.ApplicationsCapability},
 *       {@link id.mpp.sdk.adapter.PaymentsCapability},
 *       {@link id.mpp.sdk.adapter.AppointmentsCapability},
 *       {@link id.mpp.sdk.adapter.IdentityCapability},
 *       {@link id.mpp.sdk.adapter.MembershipCapability}. New capabilities are new interfaces;
 *       existing ones grow only by default methods.</li>
 *   <li>{@link id.mpp.sdk.adapter.StatusMapping} declares native-to-canonical statuses as data.</li>
 *   <li>{@link id.mpp.sdk.adapter.AdapterHealth}: UP, DEGRADED or DOWN with a reason in Bahasa
 *       Indonesia and English.</li>
 *   <li>{@link id.mpp.sdk.adapter.AdapterRegistry} loads the adapters of a hub, refusing duplicate
 *       agency ids and other SPI versions.</li>
 * </ul>
 */
package id.mpp.sdk.adapter;
