package id.mpp.sdk.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings of a configuration record as documentation: one {@link Row} per property, built
 * from the record's components, their Jakarta constraints and their {@link Setting} annotation.
 * Adapter guides embed {@link #toMarkdown()}; a test can compare it with the committed docs so
 * they never drift.
 *
 * @param prefix the property prefix, for example {@code mpp.adapter.dukcapil.}
 * @param rows one row per property, nested records flattened
 */
public record SettingsTable(String prefix, List<Row> rows) {

  /**
   * One property.
   *
   * @param name the full property name
   * @param type a short type name, for example {@code Duration} or {@code List<String>}
   * @param required whether a value must be given ({@code @NotNull}, {@code @NotBlank} or
   *     {@code @NotEmpty} without a default)
   * @param defaultValue the default, or empty
   * @param constraints the other constraints, for example {@code @Min(1)}
   * @param description what the setting means
   * @param example an example value, or empty
   * @param secret whether the value is a {@link Secret}
   */
  public record Row(String name, String type, boolean required, String defaultValue,
      String constraints, String description, String example, boolean secret) {

    /** Checks that every part is present. */
    public Row {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(constraints, "constraints");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(example, "example");
    }
  }

  /** Copies the rows. */
  public SettingsTable {
    Objects.requireNonNull(prefix, "prefix");
    rows = List.copyOf(rows);
  }

  /**
   * Builds the table of a configuration record.
   *
   * @param type the record
   * @param prefix the property prefix, may be empty
   * @return the table
   */
  public static SettingsTable of(Class<? extends Record> type, String prefix) {
    List<Row> rows = new ArrayList<>();
    collect(type, prefix, rows);
    return new SettingsTable(prefix, rows);
  }

  private static void collect(Class<?> type, String path, List<Row> rows) {
    for (RecordComponent c : type.getRecordComponents()) {
      Class<?> raw = c.getType();
      if (raw.isRecord() && !ValueConverter.isValueType(raw)) {
        collect(raw, path + c.getName() + ".", rows);
        continue;
      }
      Setting setting = c.getAnnotation(Setting.class);
      String defaultValue = setting == null ? "" : setting.defaultValue();
      boolean required = false;
      List<String> constraints = new ArrayList<>();
      for (Annotation a : c.getAccessor().getAnnotations()) {
        addConstraint(a, constraints);
      }
      for (Annotation a : c.getAnnotations()) {
        addConstraint(a, constraints);
      }
      List<String> shown = new ArrayList<>();
      for (String constraint : constraints.stream().distinct().sorted().toList()) {
        if (constraint.equals("@NotNull") || constraint.equals("@NotBlank")
            || constraint.equals("@NotEmpty")) {
          required = defaultValue.isEmpty();
        }
        if (!constraint.equals("@NotNull")) {
          shown.add(constraint);
        }
      }
      rows.add(new Row(path + c.getName(), typeName(c), required, defaultValue,
          String.join(" ", shown), setting == null ? "" : setting.description(),
          setting == null ? "" : setting.example(), raw == Secret.class));
    }
  }

  private static void addConstraint(Annotation a, List<String> out) {
    Class<? extends Annotation> t = a.annotationType();
    if (!t.isAnnotationPresent(jakarta.validation.Constraint.class)) {
      return;
    }
    Map<String, Object> attributes = new TreeMap<>();
    for (Method m : t.getDeclaredMethods()) {
      String n = m.getName();
      if (n.equals("message") || n.equals("groups") || n.equals("payload")) {
        continue;
      }
      try {
        Object value = m.invoke(a);
        if (!Objects.equals(value, m.getDefaultValue()) || n.equals("value")) {
          attributes.put(n, value instanceof Object[] arr ? List.of(arr) : value);
        }
      } catch (ReflectiveOperationException e) {
        // attribute not readable: leave it out of the docs
      }
    }
    String args;
    if (attributes.isEmpty()) {
      args = "";
    } else if (attributes.size() == 1 && attributes.containsKey("value")) {
      args = "(" + attributes.get("value") + ")";
    } else {
      StringBuilder sb = new StringBuilder("(");
      attributes.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=')
          .append(v));
      args = sb.append(')').toString();
    }
    out.add("@" + t.getSimpleName() + args);
  }

  private static String typeName(RecordComponent c) {
    if (c.getGenericType() instanceof ParameterizedType p) {
      StringBuilder sb = new StringBuilder(c.getType().getSimpleName()).append('<');
      for (int i = 0; i < p.getActualTypeArguments().length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        String n = p.getActualTypeArguments()[i].getTypeName();
        sb.append(n.substring(n.lastIndexOf('.') + 1));
      }
      return sb.append('>').toString();
    }
    return c.getType().getSimpleName();
  }

  /**
   * Renders the table as Markdown with the columns setting, type, required, default, rules and
   * description (with the example).
   *
   * @return the Markdown table, ending with a newline
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| setting | type | required | default | rules | description |\n");
    sb.append("|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      sb.append("| `").append(r.name()).append("` | ").append(escape(r.type()))
          .append(r.secret() ? " (secret)" : "").append(" | ")
          .append(r.required() ? "yes" : "no").append(" | ")
          .append(r.defaultValue().isEmpty() ? "" : "`" + r.defaultValue() + "`").append(" | ")
          .append(escape(r.constraints())).append(" | ")
          .append(escape(r.description()))
          .append(r.example().isEmpty() ? "" : (r.description().isEmpty() ? "" : r.description()
              .endsWith(".") ? " " : ". ") + "Example: `" + r.example() + "`")
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|");
  }
}
