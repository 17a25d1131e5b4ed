package id.mpp.sdk.queue;

import java.util.Objects;

/**
 * Per-call options of a queue command: who gives it, an idempotency key, and a reason.
 *
 * <pre>{@code
 * desk.callNext(loket5, CommandOptions.by(Actor.officer("petugas-17")).key(requestId));
 * }</pre>
 *
 * @param actor who gives the command
 * @param idempotencyKey a key of 1–255 printable characters, unique per intended action; a repeat
 *     with the same key returns the first result and does nothing; {@code null} for none
 * @param reason why, up to 500 characters without control characters (required for an officer's
 *     cancel); {@code null} for none. Never put personal data in it.
 */
public record CommandOptions(Actor actor, String idempotencyKey, String reason) {

  /** Checks that the actor is given; formats are checked by the desk. */
  public CommandOptions {
    Objects.requireNonNull(actor, "actor");
  }

  /**
   * Options for an actor, without key or reason.
   *
   * @param actor who gives the command
   * @return the options
   */
  public static CommandOptions by(Actor actor) {
    return new CommandOptions(actor, null, null);
  }

  /**
   * Options for the SDK itself.
   *
   * @return the options
   */
  public static CommandOptions system() {
    return by(Actor.system());
  }

  /**
   * These options with an idempotency key.
   *
   * @param key the key
   * @return a copy
   */
  public CommandOptions key(String key) {
    return new CommandOptions(actor, key, reason);
  }

  /**
   * These options with a reason.
   *
   * @param text the reason
   * @return a copy
   */
  public CommandOptions reason(String text) {
    return new CommandOptions(actor, idempotencyKey, text);
  }
}
