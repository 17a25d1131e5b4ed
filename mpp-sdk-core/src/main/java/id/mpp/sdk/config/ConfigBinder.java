package id.mpp.sdk.config;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.validation.MppValidator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Binds flat properties ({@code key=value}) to a configuration record and validates it, reporting
 * every problem at once, as Kafka Connect does for a connector's config.
 *
 * <p>Names: a component {@code baseUrl} is the property {@code baseUrl} (or {@code base-url});
 * a nested record component {@code oauth} with a component {@code clientId} is
 * {@code oauth.clientId}. A list is written comma-separated ({@code a,b,c}) or indexed
 * ({@code hosts[0]=a}, {@code hosts[1]=b}). Values: text, numbers, {@code true}/{@code false},
 * enums (by name, any case), durations ({@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h},
 * {@code 2d} or ISO {@code PT10S}), {@link java.net.URI}, {@link Secret}, {@link java.time.ZoneId},
 * {@link java.time.LocalTime}, {@link java.math.BigDecimal}, and any type with a public static
 * {@code of(String)} or {@code parse(String)} factory (for example
 * {@link id.mpp.sdk.catalogue.AgencyId}). A missing property takes the
 * {@link Setting#defaultValue()} of its component, else {@code null} (a primitive then takes 0 or
 * {@code false}).
 *
 * <p>Every violation is collected before anything is thrown: values that cannot be converted,
 * properties under the prefix that name no setting, the record's own constructor checks, and its
 * Jakarta constraints. Each {@link Violation} names the full property (for example
 * {@code mpp.adapter.dukcapil.baseUrl}) and the rule, never the value.
 *
 * <pre>{@code
 * DukcapilConfig config = ConfigBinder.bind(DukcapilConfig.class, properties,
 *     "mpp.adapter.dukcapil.", MppValidator.INDONESIAN);
 * }</pre>
 */
public final class ConfigBinder {

  private ConfigBinder() {
  }

  /**
   * Binds a map of properties (no prefix) with English messages.
   *
   * @param type the configuration record
   * @param properties the properties
   * @param <C> the record type
   * @return the bound, validated record
   * @throws MppValidationException with every violation
   */
  public static <C extends Record> C bind(Class<C> type, Map<String, String> properties) {
    return bind(type, properties, "", MppValidator.ENGLISH);
  }

  /**
   * Binds {@link Properties} whose keys start with a prefix.
   *
   * @param type the configuration record
   * @param properties the properties; keys outside the prefix are ignored
   * @param prefix for example {@code mpp.adapter.dukcapil.}; may be empty
   * @param locale the locale of the messages
   * @param <C> the record type
   * @return the bound, validated record
   * @throws MppValidationException with every violation
   */
  public static <C extends Record> C bind(Class<C> type, Properties properties, String prefix,
      Locale locale) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      map.put(name, properties.getProperty(name));
    }
    return bind(type, map, prefix, locale);
  }

  /**
   * Binds the properties whose keys start with a prefix.
   *
   * @param type the configuration record
   * @param properties the properties; keys outside the prefix are ignored
   * @param prefix for example {@code mpp.adapter.dukcapil.}; may be empty
   * @param locale the locale of the messages
   * @param <C> the record type
   * @return the bound, validated record
   * @throws MppValidationException with every violation, sorted by property name
   */
  public static <C extends Record> C bind(Class<C> type, Map<String, String> properties,
      String prefix, Locale locale) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(locale, "locale");
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " must be a record");
    }
    Map<String, String> scoped = new TreeMap<>();
    properties.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        scoped.put(k.substring(prefix.length()), v);
      }
    });
    Binding binding = new Binding(prefix, scoped, locale);
    Object bound = binding.bindRecord(type, "");
    for (String unused : binding.unusedKeys()) {
      binding.violation(unused, "config.unknown");
    }
    if (bound != null && binding.violations.isEmpty()) {
      for (Violation v : MppValidator.defaults().violations(bound, locale)) {
        binding.violations.add(new Violation(prefix + v.field(), v.rule(), v.message()));
      }
    }
    if (!binding.violations.isEmpty()) {
      throw new MppValidationException(binding.violations.stream()
          .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
          .distinct().toList());
    }
    return type.cast(bound);
  }

  /** The state of one bind: the remaining properties and the violations found so far. */
  private static final class Binding {

    private final String prefix;
    private final Map<String, String> properties;
    private final Set<String> used = new LinkedHashSet<>();
    private final Locale locale;
    private final List<Violation> violations = new ArrayList<>();

    Binding(String prefix, Map<String, String> properties, Locale locale) {
      this.prefix = prefix;
      this.properties = properties;
      this.locale = locale;
    }

    void violation(String name, String rule) {
      violations.add(new Violation(prefix + name, rule, MppValidator.message(rule, locale)));
    }

    List<String> unusedKeys() {
      return properties.keySet().stream().filter(k -> !used.contains(k)).toList();
    }

    Object bindRecord(Class<?> type, String path) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      int before = violations.size();
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        String name = path + c.getName();
        int mark = violations.size();
        args[i] = bindComponent(c, name);
        if (violations.size() == mark) {
          // converted: check its own constraints now, so every problem is reported at once
          for (Violation v : MppValidator.defaults().propertyViolations(type, c.getName(),
              args[i], locale)) {
            violations.add(new Violation(prefix + path + v.field(), v.rule(), v.message()));
          }
        }
      }
      boolean failed = violations.size() > before;
      try {
        Constructor<?> ctor = type.getDeclaredConstructor(types);
        ctor.setAccessible(true);
        return ctor.newInstance(args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof MppValidationException mve) {
          for (Violation v : mve.violations()) {
            violations.add(new Violation(prefix + path + v.field(), v.rule(), v.message()));
          }
        } else if (!failed) {
          violations.add(new Violation(prefix + (path.isEmpty() ? "" : path.substring(0,
              path.length() - 1)), "config.invalid", MppValidator.message("config.invalid", locale)));
        }
        return null;
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot construct " + type.getName(), e);
      }
    }

    private Object bindComponent(RecordComponent c, String name) {
      Class<?> raw = c.getType();
      Setting setting = c.getAnnotation(Setting.class);
      String defaultValue = setting == null || setting.defaultValue().isEmpty()
          ? null : setting.defaultValue();
      if (raw.isRecord() && !ValueConverter.isValueType(raw)) {
        boolean any = properties.keySet().stream().anyMatch(k -> k.startsWith(name + ".")
            || k.startsWith(kebab(name) + "."));
        if (!any) {
          return null;
        }
        return bindRecord(raw, name + ".");
      }
      if (List.class.equals(raw) || Set.class.equals(raw)) {
        Class<?> element = elementType(c.getGenericType());
        List<String> texts = listValues(name, defaultValue);
        if (texts == null) {
          return List.class.equals(raw) ? List.of() : Set.of();
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          Object v = convert(texts.get(i), element, name + "[" + i + "]");
          if (v != null) {
            values.add(v);
          }
        }
        return List.class.equals(raw) ? List.copyOf(values) : Set.copyOf(values);
      }
      String text = lookup(name);
      if (text == null) {
        text = defaultValue;
      }
      if (text == null) {
        return ValueConverter.zeroOf(raw);
      }
      return convert(text, raw, name);
    }

    private Object convert(String text, Class<?> type, String name) {
      try {
        return ValueConverter.convert(text.strip(), type);
      } catch (ValueConverter.ConversionException e) {
        violation(name, e.rule());
        return ValueConverter.zeroOf(type);
      }
    }

    private String lookup(String name) {
      for (String key : new LinkedHashSet<>(List.of(name, kebab(name)))) {
        if (properties.containsKey(key)) {
          used.add(key);
          return properties.get(key);
        }
      }
      return null;
    }

    private List<String> listValues(String name, String defaultValue) {
      String whole = lookup(name);
      List<String> indexed = new ArrayList<>();
      for (String base : new LinkedHashSet<>(List.of(name, kebab(name)))) {
        for (int i = 0; ; i++) {
          String key = base + "[" + i + "]";
          if (!properties.containsKey(key)) {
            break;
          }
          used.add(key);
          indexed.add(properties.get(key));
        }
      }
      if (!indexed.isEmpty()) {
        return indexed;
      }
      String text = whole != null ? whole : defaultValue;
      if (text == null) {
        return null;
      }
      if (text.isBlank()) {
        return List.of();
      }
      return List.of(text.split(",", -1));
    }

    private static Class<?> elementType(Type generic) {
      if (generic instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> c) {
        return c;
      }
      return String.class;
    }

    private static String kebab(String name) {
      StringBuilder sb = new StringBuilder();
      for (char ch : name.toCharArray()) {
        if (Character.isUpperCase(ch)) {
          sb.append('-').append(Character.toLowerCase(ch));
        } else {
          sb.append(ch);
        }
      }
      return sb.toString();
    }
  }
}
