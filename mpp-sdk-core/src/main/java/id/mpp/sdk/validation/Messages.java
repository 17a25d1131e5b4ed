package id.mpp.sdk.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Reads the aggregated {@code ValidationMessages} bundles (the SDK's and any adapter's) for checks
 * done outside Jakarta Validation.
 */
final class Messages {

  private static final PlatformResourceBundleLocator LOCATOR = new PlatformResourceBundleLocator(
      "ValidationMessages", Set.of(MppValidator.ENGLISH, MppValidator.INDONESIAN),
      Messages.class.getClassLoader(), true);

  private Messages() {
  }

  static String get(String key, Locale locale) {
    ResourceBundle bundle = LOCATOR.getResourceBundle(locale);
    if (bundle != null) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        // fall through to English
      }
    }
    if (!MppValidator.ENGLISH.equals(locale)) {
      return get(key, MppValidator.ENGLISH);
    }
    return key;
  }
}
