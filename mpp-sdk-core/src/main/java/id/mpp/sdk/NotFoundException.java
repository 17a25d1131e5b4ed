package id.mpp.sdk;

/**
 * A {@code get…} operation found nothing under the given identifier. The identifier in the
 * message is never personal data (a ticket id, tracking number or service code, not a NIK).
 */
public class NotFoundException extends MppException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what was looked up, for example {@code "ticket"} or {@code "service"}
   * @param id the identifier that matched nothing; never personal data
   */
  public NotFoundException(String kind, String id) {
    super(kind + " '" + id + "' not found");
    this.kind = kind;
    this.id = id;
  }

  /** @return what was looked up, for example {@code "ticket"} */
  public String kind() {
    return kind;
  }

  /** @return the identifier that matched nothing */
  public String id() {
    return id;
  }
}
