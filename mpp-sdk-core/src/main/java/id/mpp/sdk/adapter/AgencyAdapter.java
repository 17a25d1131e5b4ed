package id.mpp.sdk.adapter;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The connection of one agency's backend to an MPP hub. An adapter implements the capability
 * interfaces its agency offers and answers {@link #capability(Class)} for them; the default
 * implementation finds the capabilities the adapter class implements itself.
 *
 * <pre>{@code
 * final class DukcapilAdapter implements AgencyAdapter, IdentityCapability { ... }
 *
 * adapter.capability(IdentityCapability.class).map(id -> id.verify(check));
 * }</pre>
 *
 * <p>Implementations are thread-safe: the hub calls them from many threads. They take time from
 * the {@link AdapterContext#clock()} and never log personal data.
 */
public interface AgencyAdapter extends AutoCloseable {

  /** @return who this adapter is */
  AdapterDescriptor descriptor();

  /**
   * Looks up a capability.
   *
   * @param type the capability interface, for example {@code ApplicationsCapability.class}
   * @param <C> the capability type
   * @return the capability, or empty when the agency does not offer it through this adapter
   */
  default <C extends AgencyCapability> Optional<C> capability(Class<C> type) {
    return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
  }

  /**
   * The capability interfaces this adapter offers. The default lists the
   * {@link AgencyCapability} interfaces the adapter class implements; an adapter that overrides
   * {@link #capability(Class)} overrides this too.
   *
   * @return the capability interfaces
   */
  @SuppressWarnings("unchecked")
  default Set<Class<? extends AgencyCapability>> capabilities() {
    Set<Class<? extends AgencyCapability>> found = new LinkedHashSet<>();
    for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
      collect(c, found);
    }
    return Set.copyOf(found);
  }

  /**
   * Whether the agency's backend can serve now: UP, DEGRADED or DOWN with a reason in Bahasa
   * Indonesia and English. Usually {@link AdapterHealth#from} the HTTP client's circuit state and
   * an optional cheap self-check. Must be fast and must not throw.
   *
   * @return the health
   */
  AdapterHealth health();

  /**
   * Releases what the adapter holds. The shared HTTP pool belongs to the hub and is not closed
   * here. The default does nothing.
   */
  @Override
  default void close() {
  }

  @SuppressWarnings("unchecked")
  private static void collect(Class<?> type, Set<Class<? extends AgencyCapability>> found) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.isInterface() && AgencyCapability.class.isAssignableFrom(i)
          && i != AgencyCapability.class) {
        found.add((Class<? extends AgencyCapability>) i);
      }
      collect(i, found);
    }
  }
}
