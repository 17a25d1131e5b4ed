package id.mpp.sdk.adapters.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.http.AgencyResponse;
import id.mpp.sdk.json.MppJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object in an agency's answer, read field by field: a missing or malformed field is an
 * {@link AgencyProtocolException} that names the field (never its value), so an adapter reads a
 * plain JSON API without a record per answer. Internal to the reference adapters.
 */
public final class JsonAnswer {

  private final String agencyId;
  private final String requestId;
  private final String path;
  private final JsonNode node;

  private JsonAnswer(String agencyId, String requestId, String path, JsonNode node) {
    this.agencyId = agencyId;
    this.requestId = requestId;
    this.path = path;
    this.node = node;
  }

  /**
   * Reads the body of an answer, which must be a JSON object.
   *
   * @param agencyId the agency, for errors
   * @param response the answer
   * @return the object
   * @throws AgencyProtocolException if the body is not a JSON object
   */
  public static JsonAnswer of(String agencyId, AgencyResponse response) {
    Objects.requireNonNull(response, "response");
    JsonNode root;
    try {
      root = MppJson.defaults().read(response.body(), JsonNode.class);
    } catch (MppException e) {
      throw new AgencyProtocolException(agencyId, response.requestId(), "the answer is not JSON",
          null);
    }
    if (root == null || !root.isObject()) {
      throw new AgencyProtocolException(agencyId, response.requestId(),
          "the answer is not a JSON object", null);
    }
    return new JsonAnswer(agencyId, response.requestId(), "", root);
  }

  /**
   * A nested object.
   *
   * @param field the field name
   * @return the object
   * @throws AgencyProtocolException if it is missing or not an object
   */
  public JsonAnswer object(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw missing(field, "an object");
    }
    return new JsonAnswer(agencyId, requestId, name(field) + ".", value);
  }

  /**
   * The objects of an array field; an absent or null field is an empty list.
   *
   * @param field the field name
   * @return the objects, in order
   * @throws AgencyProtocolException if it is not an array of objects
   */
  public List<JsonAnswer> objects(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw missing(field, "an array");
    }
    List<JsonAnswer> result = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isObject()) {
        throw missing(field + "[" + i + "]", "an object");
      }
      result.add(new JsonAnswer(agencyId, requestId, name(field) + "[" + i + "].",
          value.get(i)));
    }
    return result;
  }

  /**
   * The texts of an array field; an absent or null field is an empty list.
   *
   * @param field the field name
   * @return the texts, in order
   * @throws AgencyProtocolException if it is not an array of texts
   */
  public List<String> texts(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw missing(field, "an array");
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        throw missing(field + "[" + i + "]", "a text");
      }
      result.add(value.get(i).asText());
    }
    return result;
  }

  /**
   * A required text field.
   *
   * @param field the field name
   * @return the text, not blank
   * @throws AgencyProtocolException if it is missing, blank or not a value
   */
  public String text(String field) {
    return findText(field).orElseThrow(() -> missing(field, "a text"));
  }

  /**
   * An optional text field.
   *
   * @param field the field name
   * @return the text, empty when absent, null or blank
   * @throws AgencyProtocolException if present but not a value
   */
  public Optional<String> findText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw missing(field, "a text");
    }
    return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }

  /**
   * A required whole number.
   *
   * @param field the field name
   * @return the number
   * @throws AgencyProtocolException if it is missing or not an integer
   */
  public int integer(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw missing(field, "an integer");
    }
    return value.intValue();
  }

  /**
   * A required amount in rupiah, a JSON number.
   *
   * @param field the field name
   * @return the amount
   * @throws AgencyProtocolException if it is missing or not an amount
   */
  public Rupiah rupiah(String field) {
    return findRupiah(field).orElseThrow(() -> missing(field, "an amount"));
  }

  /**
   * An optional amount in rupiah.
   *
   * @param field the field name
   * @return the amount, empty when absent or null
   * @throws AgencyProtocolException if present but not an amount
   */
  public Optional<Rupiah> findRupiah(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      throw missing(field, "an amount");
    }
    try {
      return Optional.of(Rupiah.of(new BigDecimal(value.asText())));
    } catch (MppException | NumberFormatException e) {
      throw missing(field, "an amount");
    }
  }

  /**
   * A required instant, ISO-8601 with offset.
   *
   * @param field the field name
   * @return the instant
   * @throws AgencyProtocolException if it is missing or not an instant
   */
  public Instant instant(String field) {
    return findInstant(field).orElseThrow(() -> missing(field, "an instant"));
  }

  /**
   * An optional instant, ISO-8601 with offset.
   *
   * @param field the field name
   * @return the instant, empty when absent
   * @throws AgencyProtocolException if present but not an instant
   */
  public Optional<Instant> findInstant(String field) {
    return findText(field).map(text -> {
      try {
        return java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        throw missing(field, "an ISO-8601 instant with offset");
      }
    });
  }

  /**
   * A required date, {@code yyyy-MM-dd}.
   *
   * @param field the field name
   * @return the date
   * @throws AgencyProtocolException if it is missing or not a date
   */
  public LocalDate date(String field) {
    return findDate(field).orElseThrow(() -> missing(field, "a date"));
  }

  /**
   * An optional date, {@code yyyy-MM-dd}.
   *
   * @param field the field name
   * @return the date, empty when absent
   * @throws AgencyProtocolException if present but not a date
   */
  public Optional<LocalDate> findDate(String field) {
    return findText(field).map(text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw missing(field, "a date yyyy-MM-dd");
      }
    });
  }

  /**
   * A required time of day, {@code HH:mm}.
   *
   * @param field the field name
   * @return the time
   * @throws AgencyProtocolException if it is missing or not a time
   */
  public LocalTime time(String field) {
    String text = text(field);
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw missing(field, "a time HH:mm");
    }
  }

  private String name(String field) {
    return path + field;
  }

  private AgencyProtocolException missing(String field, String what) {
    return new AgencyProtocolException(agencyId, requestId, "field '" + name(field)
        + "' is missing or not " + what, null);
  }

  /** @return the path of this object in the answer, without values */
  @Override
  public String toString() {
    return "JsonAnswer[" + (path.isEmpty() ? "$" : path) + "]";
  }
}
