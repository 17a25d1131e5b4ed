package id.mpp.sdk.queue;

import id.mpp.sdk.internal.queue.IdFormat;
import java.util.Objects;

/**
 * Who gave a command, as recorded in every {@link TicketTransition}: an officer (by an opaque
 * staff id, never a name or NIK), a kiosk, the visitor, or the SDK itself.
 *
 * @param id an opaque id of 1–64 letters, digits, {@code _} or {@code -}, for example
 *     {@code petugas-17} or {@code kiosk-lobby-1}
 * @param kind what kind of actor
 */
public record Actor(String id, ActorKind kind) {

  private static final Actor SYSTEM = new Actor("system", ActorKind.SYSTEM);

  /**
   * Checks the id format.
   *
   * @throws id.mpp.sdk.MppValidationException if the id has the wrong format
   */
  public Actor {
    IdFormat.token(id, "actor.id");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * An officer.
   *
   * @param id the officer's opaque staff id
   * @return the actor
   */
  public static Actor officer(String id) {
    return new Actor(id, ActorKind.OFFICER);
  }

  /**
   * A kiosk or display device.
   *
   * @param id the device id
   * @return the actor
   */
  public static Actor kiosk(String id) {
    return new Actor(id, ActorKind.KIOSK);
  }

  /**
   * The visitor, acting through a channel.
   *
   * @param channelId for example {@code web} or {@code app}
   * @return the actor
   */
  public static Actor citizen(String channelId) {
    return new Actor(channelId, ActorKind.CITIZEN);
  }

  /**
   * The SDK itself (sweeps, the recall limit, elapsed delays).
   *
   * @return the system actor
   */
  public static Actor system() {
    return SYSTEM;
  }
}
