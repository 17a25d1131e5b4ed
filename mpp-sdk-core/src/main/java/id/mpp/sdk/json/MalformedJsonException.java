package id.mpp.sdk.json;

import id.mpp.sdk.MppException;
import java.util.Optional;

/**
 * A JSON document could not be read: broken syntax, a read limit exceeded, a value of the wrong
 * type, a missing required field, or a document of another wire version or kind. The message
 * names where (line, column, field path) and why, and never quotes the input.
 */
public class MalformedJsonException extends MppException {

  private static final long serialVersionUID = 1L;

  /** Why a document was refused. */
  public enum Reason {
    /** Not well-formed JSON. */
    SYNTAX,
    /** Larger, deeper or longer than the configured {@link JsonReadLimits}. */
    LIMIT_EXCEEDED,
    /** A value of the wrong type, or a required field missing. */
    WRONG_SHAPE,
    /** An {@code apiVersion} of another major version, or another {@code kind}. */
    WRONG_VERSION,
    /** A duplicate key while duplicates are rejected. */
    DUPLICATE_KEY
  }

  private final Reason reason;
  private final String path;

  /**
   * Creates the exception.
   *
   * @param reason why the document was refused
   * @param path the field path where it failed, or {@code null} if unknown
   * @param message what failed, without quoting the input
   * @param cause the underlying parser error, or {@code null}
   */
  public MalformedJsonException(Reason reason, String path, String message, Throwable cause) {
    super("malformed JSON (" + reason.name().toLowerCase(java.util.Locale.ROOT) + "): " + message
        + (path == null || path.isEmpty() ? "" : " at '" + path + "'"), cause);
    this.reason = reason;
    this.path = path;
  }

  /** @return why the document was refused */
  public Reason reason() {
    return reason;
  }

  /** @return the field path where reading failed, if known */
  public Optional<String> path() {
    return Optional.ofNullable(path).filter(p -> !p.isEmpty());
  }
}
