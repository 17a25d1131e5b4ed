package id.mpp.sdk.validation;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.internal.validation.SafeMessageInterpolator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * The SDK's one Jakarta {@link Validator}, built once: messages in Bahasa Indonesia or English,
 * parameters only (no expression language), every violation reported at once.
 *
 * <pre>{@code
 * MppValidator.defaults().validate(request, MppValidator.INDONESIAN);
 * }</pre>
 *
 * <p>Thread-safe. Building a validator factory is expensive; never build one per call.
 */
public final class MppValidator {

  /** Bahasa Indonesia, {@code id}. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** English, the default locale of messages. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final MppValidator DEFAULT = new MppValidator();

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::field).thenComparing(Violation::rule);

  private final ThreadLocal<Locale> callerLocale = new ThreadLocal<>();
  private final ValidatorFactory factory;
  private final Validator validator;

  private MppValidator() {
    Set<Locale> locales = Set.of(ENGLISH, INDONESIAN);
    this.factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new SafeMessageInterpolator(locales, ENGLISH, context -> {
          Locale locale = callerLocale.get();
          return locale == null ? context.getDefaultLocale() : locale;
        }))
        .failFast(false)
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * Returns the shared validator.
   *
   * @return the shared validator
   */
  public static MppValidator defaults() {
    return DEFAULT;
  }

  /**
   * Validates a value with English messages.
   *
   * @param value the value to check
   * @param <T> its type
   * @return the same value, for chaining
   * @throws MppValidationException with every violation, if any
   */
  public <T> T validate(T value) {
    return validate(value, ENGLISH);
  }

  /**
   * Validates a value with messages in the given locale ({@link #INDONESIAN} or
   * {@link #ENGLISH}; others fall back to English).
   *
   * @param value the value to check
   * @param locale the caller's locale
   * @param <T> its type
   * @return the same value, for chaining
   * @throws MppValidationException with every violation, if any
   */
  public <T> T validate(T value, Locale locale) {
    List<Violation> violations = violations(value, locale);
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    return value;
  }

  /**
   * Returns every violation of a value, sorted by field and rule; empty when valid.
   *
   * @param value the value to check
   * @param locale the caller's locale
   * @param <T> its type
   * @return an immutable list, empty when the value is valid
   */
  public <T> List<Violation> violations(T value, Locale locale) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(locale, "locale");
    Locale previous = callerLocale.get();
    callerLocale.set(locale);
    try {
      Set<ConstraintViolation<T>> found = validator.validate(value);
      if (found.isEmpty()) {
        return List.of();
      }
      return found.stream().map(MppValidator::toViolation).sorted(ORDER).toList();
    } finally {
      if (previous == null) {
        callerLocale.remove();
      } else {
        callerLocale.set(previous);
      }
    }
  }

  /**
   * Returns the violations a value would have as one property of a type, without an instance of
   * the type (Jakarta's {@code validateValue}): for binders that check each setting before the
   * record can be built. Cascaded ({@code @Valid}) constraints are not followed.
   *
   * @param type the type declaring the property, for example a record
   * @param property the property (record component) name
   * @param value the candidate value, may be {@code null}
   * @param locale the caller's locale
   * @param <T> the type
   * @return an immutable list, empty when the value is valid
   */
  public <T> List<Violation> propertyViolations(Class<T> type, String property, Object value,
      Locale locale) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(locale, "locale");
    Locale previous = callerLocale.get();
    callerLocale.set(locale);
    try {
      Set<ConstraintViolation<T>> found = validator.validateValue(type, property, value);
      return found.stream().map(MppValidator::toViolation).sorted(ORDER).toList();
    } finally {
      if (previous == null) {
        callerLocale.remove();
      } else {
        callerLocale.set(previous);
      }
    }
  }

  /**
   * Escape hatch: the underlying Jakarta validator, for frameworks that need one. Its messages
   * follow the locale of the calling {@link #validate} only; used directly they are English.
   *
   * @return the shared Jakarta validator
   */
  public Validator jakartaValidator() {
    return validator;
  }

  /**
   * Looks up a message of the SDK's bundles by key, for checks done outside Jakarta Validation
   * (for example {@link Nik#parse}).
   *
   * @param key the message key, for example {@code nik.birthDate}
   * @param locale the caller's locale
   * @return the message, or the key itself when there is none
   */
  public static String message(String key, Locale locale) {
    return Messages.get(key, locale);
  }

  static Violation toViolation(ConstraintViolation<?> cv) {
    String template = cv.getMessageTemplate();
    String rule;
    if (template.length() > 2 && template.startsWith("{") && template.endsWith("}")
        && !template.endsWith(".message}")) {
      rule = template.substring(1, template.length() - 1);
    } else {
      rule = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
    return new Violation(cv.getPropertyPath().toString(), rule, cv.getMessage());
  }
}
