package id.mpp.sdk.internal.validation;

import jakarta.validation.MessageInterpolator;
import java.lang.reflect.Array;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;

/**
 * Interpolates constraint messages from {@code ValidationMessages[_id].properties} with
 * parameters only: {@code {min}} is replaced by the constraint's attribute or a parameter the
 * validator added; an expression such as {@code ${validatedValue}} is never evaluated and stays
 * literal. The rejected value therefore never reaches a message.
 *
 * <p>Every {@code ValidationMessages} bundle on the class path is aggregated, so an adapter jar can
 * ship its own messages beside the SDK's.
 */
public final class SafeMessageInterpolator extends AbstractMessageInterpolator {

  /**
   * Creates the interpolator.
   *
   * @param locales the supported locales, preloaded
   * @param defaultLocale the locale used when the resolver gives none
   * @param localeResolver picks the caller's locale
   */
  public SafeMessageInterpolator(Set<Locale> locales, Locale defaultLocale,
      LocaleResolver localeResolver) {
    super(new PlatformResourceBundleLocator(USER_VALIDATION_MESSAGES, locales,
            SafeMessageInterpolator.class.getClassLoader(), true),
        null, locales, defaultLocale, localeResolver, true);
  }

  @Override
  protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
    if (term.startsWith("$")) {
      // Expression language is never evaluated (CVE-2025-35036 class of bugs).
      return term;
    }
    if (term.length() < 3 || term.charAt(0) != '{' || term.charAt(term.length() - 1) != '}') {
      return term;
    }
    String name = term.substring(1, term.length() - 1);
    Object value = null;
    if (context instanceof HibernateMessageInterpolatorContext hibernate) {
      Map<String, Object> parameters = hibernate.getMessageParameters();
      value = parameters.get(name);
    }
    if (value == null) {
      value = context.getConstraintDescriptor().getAttributes().get(name);
    }
    if (value == null) {
      return term;
    }
    if (value.getClass().isArray()) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < Array.getLength(value); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Array.get(value, i));
      }
      return sb.append(']').toString();
    }
    return String.valueOf(value);
  }
}
