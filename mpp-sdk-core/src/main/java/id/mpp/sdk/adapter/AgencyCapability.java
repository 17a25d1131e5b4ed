package id.mpp.sdk.adapter;

/**
 * The marker of a capability an agency may offer through its adapter:
 * {@link CatalogueCapability}, {@link ApplicationsCapability}, {@link PaymentsCapability},
 * {@link AppointmentsCapability},
 * {@link IdentityCapability}. An adapter implements only those its agency has.
 *
 * <p>The SPI grows only by adding: a new capability is a new interface; an existing one gains only
 * {@code default} methods with safe behaviour.
 */
public interface AgencyCapability {
}
