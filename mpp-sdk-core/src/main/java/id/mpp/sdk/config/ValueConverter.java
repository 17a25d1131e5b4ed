package id.mpp.sdk.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts one property text into a setting's type; never quotes the text in a failure. */
final class ValueConverter {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  /** A value could not be converted; {@link #rule()} is the message key. */
  static final class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String rule;

    ConversionException(String rule) {
      super(rule, null, false, false);
      this.rule = rule;
    }

    String rule() {
      return rule;
    }
  }

  private ValueConverter() {
  }

  /** Types bound from one property even though they are records (value types). */
  static boolean isValueType(Class<?> type) {
    return factory(type) != null;
  }

  static Object zeroOf(Class<?> type) {
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0d;
    }
    if (type == boolean.class) {
      return false;
    }
    return null;
  }

  static Object convert(String text, Class<?> type) throws ConversionException {
    if (type == String.class) {
      return text;
    }
    if (type == Secret.class) {
      if (text.isEmpty()) {
        throw new ConversionException("config.type.secret");
      }
      return Secret.of(text);
    }
    if (type == int.class || type == Integer.class) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new ConversionException("config.type.integer");
      }
    }
    if (type == long.class || type == Long.class) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new ConversionException("config.type.integer");
      }
    }
    if (type == double.class || type == Double.class) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new ConversionException("config.type.number");
      }
    }
    if (type == BigDecimal.class) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new ConversionException("config.type.number");
      }
    }
    if (type == boolean.class || type == Boolean.class) {
      if ("true".equalsIgnoreCase(text)) {
        return true;
      }
      if ("false".equalsIgnoreCase(text)) {
        return false;
      }
      throw new ConversionException("config.type.boolean");
    }
    if (type == Duration.class) {
      return duration(text);
    }
    if (type == URI.class) {
      try {
        URI uri = new URI(text);
        if (!uri.isAbsolute()) {
          throw new ConversionException("config.type.uri");
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new ConversionException("config.type.uri");
      }
    }
    if (type == ZoneId.class) {
      try {
        return ZoneId.of(text);
      } catch (RuntimeException e) {
        throw new ConversionException("config.type.zone");
      }
    }
    if (type == LocalTime.class) {
      try {
        return LocalTime.parse(text);
      } catch (RuntimeException e) {
        throw new ConversionException("config.type.time");
      }
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equalsIgnoreCase(text.replace('-', '_'))) {
          return constant;
        }
      }
      throw new ConversionException("config.type.enum");
    }
    Method factory = factory(type);
    if (factory != null) {
      try {
        return factory.invoke(null, text);
      } catch (InvocationTargetException | IllegalAccessException e) {
        throw new ConversionException("config.type.value");
      }
    }
    throw new IllegalArgumentException("settings of type " + type.getName()
        + " are not supported; use a String and convert it in the record");
  }

  static Duration duration(String text) throws ConversionException {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("pt") || t.startsWith("p")) {
      try {
        return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new ConversionException("config.type.duration");
      }
    }
    Matcher m = DURATION.matcher(t);
    if (!m.matches()) {
      throw new ConversionException("config.type.duration");
    }
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new ConversionException("config.type.duration");
    }
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  private static Method factory(Class<?> type) {
    for (String name : new String[] {"of", "parse"}) {
      try {
        Method m = type.getMethod(name, String.class);
        if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // try the next name
      }
    }
    return null;
  }
}
