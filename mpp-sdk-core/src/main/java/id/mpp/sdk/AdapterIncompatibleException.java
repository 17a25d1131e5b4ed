package id.mpp.sdk;

/**
 * An adapter cannot be loaded into this hub: it targets another major SPI version, or another
 * adapter already claims the same agency id. The message says what to do.
 */
public class AdapterIncompatibleException extends MppException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is incompatible and how to fix it
   */
  public AdapterIncompatibleException(String message) {
    super(message);
  }
}
