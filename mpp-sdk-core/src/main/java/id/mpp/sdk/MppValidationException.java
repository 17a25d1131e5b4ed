package id.mpp.sdk;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: carries every {@link Violation} of a document at once, so a caller can fix all of
 * them in one round. Nothing was changed when this is thrown.
 */
public class MppValidationException extends MppException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception from a non-empty list of violations.
   *
   * @param violations every broken rule, in a stable order
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public MppValidationException(List<Violation> violations) {
    super(summarize(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for one broken rule.
   *
   * @param field the property path
   * @param rule the rule code
   * @param message the message, without the rejected value
   * @return the exception, ready to throw
   */
  public static MppValidationException of(String field, String rule, String message) {
    return new MppValidationException(List.of(new Violation(field, rule, message)));
  }

  /**
   * Returns every violation.
   *
   * @return an immutable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String summarize(List<Violation> violations) {
    if (violations == null || violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
    String head = violations.size() == 1 ? "1 violation: " : violations.size() + " violations: ";
    return head + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
