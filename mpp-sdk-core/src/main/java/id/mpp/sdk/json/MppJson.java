package id.mpp.sdk.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.mpp.sdk.MppException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The SDK's one JSON codec: a single configured Jackson mapper shared by every engine, adapter and
 * HTTP call.
 *
 * <p>What it does on every read: unknown fields are ignored; unknown enum values map to the enum's
 * {@code UNKNOWN} constant (annotated {@code @JsonEnumDefaultValue}); {@link JsonReadLimits} are
 * enforced while parsing; duplicate keys are refused; trailing tokens are refused; no default
 * typing is ever enabled. A {@link WireDocument} whose {@code apiVersion} has another major
 * version, or whose {@code kind} differs from the type asked for, is refused.
 *
 * <p>Every failure is a {@link MalformedJsonException} (or the {@link MppValidationException}
 * that a record's own constructor threw); messages never quote the input.
 *
 * <p>Instances are immutable and thread-safe. Use {@link #defaults()} unless an agency needs other
 * limits.
 */
public final class MppJson {

  /** The wire version written into every {@link WireDocument}. */
  public static final String API_VERSION = "mpp.sdk/v1";

  private static final String API_GROUP = "mpp.sdk/";
  private static final String API_MAJOR = "v1";

  private static final MppJson DEFAULT = new MppJson(JsonReadLimits.defaults());

  private final JsonReadLimits limits;
  private final ObjectMapper mapper;

  private MppJson(JsonReadLimits limits) {
    this.limits = limits;
    this.mapper = newMapper(limits);
  }

  /**
   * Returns the shared codec with the default {@link JsonReadLimits}.
   *
   * @return the shared codec
   */
  public static MppJson defaults() {
    return DEFAULT;
  }

  /**
   * Creates a codec with other read limits, for example a larger document size for one agency.
   * Build it once and keep it: building a mapper is expensive.
   *
   * @param limits the read limits
   * @return a new codec
   */
  public static MppJson withLimits(JsonReadLimits limits) {
    return new MppJson(Objects.requireNonNull(limits, "limits"));
  }

  /** @return the read limits of this codec */
  public JsonReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document.
   *
   * @param json the UTF-8 bytes
   * @param type the type to bind
   * @param <T> the type
   * @return the bound value
   * @throws MalformedJsonException if the bytes are not a valid document of that type
   * @throws MppValidationException if the record's own checks refused the values
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a document from text.
   *
   * @param json the JSON text
   * @param type the type to bind
   * @param <T> the type
   * @return the bound value
   * @throws MalformedJsonException if the text is not a valid document of that type
   * @throws MppValidationException if the record's own checks refused the values
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a document from a stream; the stream is not closed.
   *
   * @param json the UTF-8 stream
   * @param type the type to bind
   * @param <T> the type
   * @return the bound value
   * @throws MalformedJsonException if the stream is not a valid document of that type
   * @throws UncheckedIOException if the stream itself fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      return mapper.readerFor(type).without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .readValue(json);
    } catch (JsonProcessingException | CharConversionException e) {
      // CharConversionException: bytes that are not valid in the detected encoding (UTF-32)
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read JSON stream", e);
    }
  }

  /**
   * Reads a JSON array of documents.
   *
   * @param json the UTF-8 bytes of an array
   * @param elementType the element type
   * @param <T> the element type
   * @return an immutable list
   * @throws MalformedJsonException if the bytes are not a valid array of that type
   */
  public <T> List<T> readList(byte[] json, Class<T> elementType) {
    Objects.requireNonNull(json, "json");
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, elementType);
    try {
      List<T> list = mapper.readValue(json, listType);
      return List.copyOf(list);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /**
   * Writes a value as UTF-8 bytes, without insignificant whitespace.
   *
   * @param value the value
   * @return the bytes
   * @throws MppException if Jackson cannot write the value (a type it cannot serialise)
   */
  public byte[] writeBytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new MppException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a value as compact JSON text.
   *
   * @param value the value
   * @return the text
   * @throws MppException if Jackson cannot write the value (a type it cannot serialise)
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new MppException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a value as indented JSON text, for files a person reads.
   *
   * @param value the value
   * @return the text
   * @throws MppException if Jackson cannot write the value (a type it cannot serialise)
   */
  public String writePretty(Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new MppException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Escape hatch: the configured Jackson mapper, for adapters that must stream or walk a tree.
   * Do not reconfigure it; it is shared. Prefer {@link #read} and {@link #write}, which translate
   * errors into SDK exceptions.
   *
   * @return the shared, configured mapper
   */
  public ObjectMapper objectMapper() {
    return mapper;
  }

  /**
   * Translates a Jackson failure into the SDK's exception, without quoting the input.
   *
   * @param e the Jackson failure
   * @return the SDK exception to throw
   */
  public static MppException translate(IOException e) {
    if (e instanceof ValueInstantiationException vie) {
      Throwable cause = vie.getCause();
      String path = pathOf(vie);
      if (cause instanceof MppValidationException mve) {
        return prefix(mve, path, vie.getType() == null ? null : vie.getType().getRawClass());
      }
      if (cause instanceof MalformedJsonException mje) {
        return mje;
      }
      String what = cause instanceof NullPointerException npe && npe.getMessage() != null
          ? "required field '" + npe.getMessage() + "' is missing"
          : "a value is not allowed";
      return new MalformedJsonException(MalformedJsonException.Reason.WRONG_SHAPE, path, what, e);
    }
    if (e instanceof StreamConstraintsException) {
      return new MalformedJsonException(MalformedJsonException.Reason.LIMIT_EXCEEDED, null,
          e.getMessage() == null ? "read limit exceeded" : firstLine(e.getMessage()), e);
    }
    if (e instanceof JsonMappingException jme) {
      if (jme.getCause() instanceof MalformedJsonException mje) {
        return mje;
      }
      if (jme.getCause() instanceof MppValidationException mve) {
        return prefix(mve, pathOf(jme), null);
      }
      if (jme.getCause() instanceof StreamConstraintsException sce) {
        return translate(sce);
      }
      return new MalformedJsonException(MalformedJsonException.Reason.WRONG_SHAPE, pathOf(jme),
          "a value has the wrong type or a required field is missing" + where(jme.getLocation()), e);
    }
    if (e instanceof JsonParseException jpe) {
      String msg = jpe.getOriginalMessage();
      if (msg != null && msg.startsWith("Duplicate field")) {
        return new MalformedJsonException(MalformedJsonException.Reason.DUPLICATE_KEY, null,
            "an object has the same key twice" + where(jpe.getLocation()), e);
      }
      return new MalformedJsonException(MalformedJsonException.Reason.SYNTAX, null,
          "not well-formed" + where(jpe.getLocation()), e);
    }
    if (e instanceof JsonProcessingException jpe) {
      return new MalformedJsonException(MalformedJsonException.Reason.SYNTAX, null,
          "not well-formed" + where(jpe.getLocation()), e);
    }
    if (e instanceof CharConversionException) {
      return new MalformedJsonException(MalformedJsonException.Reason.SYNTAX, null,
          "the bytes are not valid in their character encoding", e);
    }
    return new MalformedJsonException(MalformedJsonException.Reason.SYNTAX, null,
        "could not be read", e);
  }

  private static MppValidationException prefix(MppValidationException e, String path,
      Class<?> refusingType) {
    if (path.isEmpty()) {
      return e;
    }
    String selfName = refusingType == null ? null : decapitalize(refusingType.getSimpleName());
    return new MppValidationException(e.violations().stream()
        .map(v -> new Violation(v.field().equals(selfName) ? path : join(path, v.field()),
            v.rule(), v.message()))
        .toList());
  }

  private static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Joins the path of the object that refused a value with the violation's own field; a value
   * type such as {@code Nik} names itself, so {@code applicant.nik} + {@code nik} stays
   * {@code applicant.nik}, and so does a value type read into a property of another name
   * ({@code services[0].code} stays as it is for a {@code ServiceCode} naming itself
   * {@code serviceCode}).
   */
  private static String join(String path, String field) {
    if (field.isEmpty()) {
      return path;
    }
    if (path.equals(field) || path.endsWith("." + field)) {
      return path;
    }
    return path + "." + field;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      }
    }
    return sb.toString();
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static ObjectMapper newMapper(JsonReadLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNameLength(limits.maxNameLength())
            .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, limits.rejectDuplicateKeys())
        .configure(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, false)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        .addHandler(new EnvelopeCheck())
        .build();
  }

  /**
   * Checks {@code apiVersion} and {@code kind} of a {@link WireDocument}; they are not bound to
   * any property, so Jackson hands them to this handler as unknown properties.
   */
  private static final class EnvelopeCheck extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
        throws IOException {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      if (!WireDocument.class.isAssignableFrom(type)) {
        return false;
      }
      if ("apiVersion".equals(propertyName)) {
        String value = p.getValueAsString();
        if (value == null || !value.startsWith(API_GROUP)
            || !majorOf(value.substring(API_GROUP.length())).equals(API_MAJOR)) {
          throw new MalformedJsonException(MalformedJsonException.Reason.WRONG_VERSION,
              "apiVersion", "this SDK reads " + API_VERSION + " documents; upgrade mpp-sdk-core"
                  + " to read this one", null);
        }
        return true;
      }
      if ("kind".equals(propertyName)) {
        String value = p.getValueAsString();
        if (value != null && !value.equals(type.getSimpleName())) {
          throw new MalformedJsonException(MalformedJsonException.Reason.WRONG_VERSION, "kind",
              "expected a " + type.getSimpleName() + " document", null);
        }
        return true;
      }
      return false;
    }

    private static String majorOf(String version) {
      int dot = version.indexOf('.');
      return dot < 0 ? version : version.substring(0, dot);
    }
  }
}
