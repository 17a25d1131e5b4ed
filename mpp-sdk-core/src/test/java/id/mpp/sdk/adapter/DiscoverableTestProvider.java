package id.mpp.sdk.adapter;

/**
 * Listed in {@code src/test/resources/META-INF/services} so the discovery test finds it with
 * {@link java.util.ServiceLoader}; needs no settings.
 */
public final class DiscoverableTestProvider extends TestProviders.Plain {

  /** The agency id this provider claims. */
  public static final String AGENCY = "uji-discovery";

  /** Public no-argument constructor, as ServiceLoader requires. */
  public DiscoverableTestProvider() {
    super(AGENCY, "1.0.0", SpiVersion.CURRENT);
  }
}
