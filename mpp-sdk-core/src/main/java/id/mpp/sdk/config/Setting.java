package id.mpp.sdk.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one component of a configuration record: what it means, its default, an example.
 * {@link SettingsTable} turns a record's components, their Jakarta constraints and this
 * annotation into the settings table of the adapter's documentation, so the code is the one
 * source of the docs.
 *
 * <pre>{@code
 * public record DukcapilConfig(
 *     @Setting(description = "Base URL of the Dukcapil API", example = "https://api.dukcapil.example")
 *     @NotNull URI baseUrl,
 *     @Setting(description = "Call deadline", defaultValue = "10s")
 *     Duration deadline) {}
 * }</pre>
 */
@Documented
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Setting {

  /** @return what the setting means, in one sentence */
  String description();

  /**
   * The value used when the property is absent, written as a property would be (for example
   * {@code 10s}, {@code 3}, {@code a,b}). Empty means no default.
   *
   * @return the default, or empty
   */
  String defaultValue() default "";

  /** @return an example value (never a real secret), or empty */
  String example() default "";
}
