package id.mpp.sdk;

import java.util.Objects;

/**
 * One broken rule in a document: where, which rule, and a message in the caller's language.
 *
 * <p>The message never contains the rejected value, so a violation can be logged and shown to a
 * citizen without leaking personal data.
 *
 * @param field the property path, for example {@code applicant.nik} or {@code requirements[2].code}
 * @param rule a stable rule code, for example {@code NotBlank} or {@code nik.birthDate}
 * @param message a human-readable message in Bahasa Indonesia or English
 */
public record Violation(String field, String rule, String message) {

  /** Checks that every part is present. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (field.isEmpty() ? "<document>" : field) + ": " + message + " [" + rule + "]";
  }
}
