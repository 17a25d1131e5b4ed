package id.mpp.sdk.json;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the JSON Schema (draft 2020-12) of a {@link WireDocument} from the code, with
 * victools' generator and its Jackson and Jakarta Validation modules: Jakarta constraints become
 * {@code required}, {@code minLength}, {@code pattern} …; value types written through
 * {@code @JsonValue} ({@code AgencyId}, {@code Nik} …) become the scalar they are on the wire;
 * the envelope ({@code apiVersion}, {@code kind}) is declared first and required. The output is
 * deterministic: definitions sorted by name, two-space indentation, {@code \n} line ends.
 */
final class WireSchemas {

  private static final ObjectMapper PRINTER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The simple names of every wire kind: definitions of these carry the envelope too. */
  private static final java.util.Set<String> WIRE_TYPES = WireKinds.ALL.stream()
      .map(WireKinds.WireKind::kind).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final SchemaGenerator generator;

  WireSchemas() {
    SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(
        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
            JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
        .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
            JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
            Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    builder.forTypesInGeneral().withCustomDefinitionProvider(new ValueTypes())
        .withPropertySorter(WireSchemas::recordOrder)
        .withDefinitionNamingStrategy(new NestedTypeNames());
    // the reader refuses a document without a primitive field, so the schema requires it too
    builder.forFields().withRequiredCheck(field -> field.getType().isPrimitive());
    this.generator = new SchemaGenerator(builder.build());
  }

  /**
   * The schema of a wire type, as the text committed under {@code docs/schema/v1/}.
   *
   * @param type the wire record
   * @return pretty-printed JSON ending with a newline
   */
  String generate(Class<? extends WireDocument> type) {
    ObjectNode generated = generator.generateSchema(type);
    anchorPatterns(generated);
    ObjectNode schema = PRINTER.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", type.getSimpleName());
    schema.put("description", "mpp.sdk/v1 wire document " + type.getSimpleName()
        + ", generated from " + type.getName() + " by WireSchemaTest; do not edit by hand.");
    ObjectNode envelope = withEnvelope(generated, type.getSimpleName());
    envelope.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("$defs") && !e.getKey().equals("$schema")) {
        schema.set(e.getKey(), e.getValue());
      }
    });
    JsonNode defs = generated.get("$defs");
    if (defs != null) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      // a wire document nested in another (a Ticket in a CallResult) carries its own envelope
      defs.fields().forEachRemaining(e -> sorted.put(e.getKey(),
          WIRE_TYPES.contains(e.getKey()) && e.getValue() instanceof ObjectNode o
              ? withEnvelope(o, e.getKey()) : e.getValue()));
      ObjectNode sortedDefs = schema.putObject("$defs");
      sorted.forEach(sortedDefs::set);
    }
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      return PRINTER.writer(printer).writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Jakarta's {@code @Pattern} must match the whole value; a JSON Schema {@code pattern} matches
   * anywhere, so every pattern is anchored to say the same.
   */
  private static void anchorPatterns(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode pattern = object.get("pattern");
      if (pattern != null && pattern.isTextual() && !pattern.asText().startsWith("^")) {
        object.put("pattern", "^(?:" + pattern.asText() + ")$");
      }
      object.forEach(WireSchemas::anchorPatterns);
    } else if (node instanceof ArrayNode array) {
      array.forEach(WireSchemas::anchorPatterns);
    }
  }

  /** Properties of a record in component order, the order Jackson writes them; others keep theirs. */
  private static int recordOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
    return Integer.compare(componentIndex(a), componentIndex(b));
  }

  private static int componentIndex(MemberScope<?, ?> member) {
    Class<?> owner = member.getDeclaringType().getErasedType();
    if (!owner.isRecord()) {
      return Integer.MAX_VALUE;
    }
    RecordComponent[] components = owner.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(member.getDeclaredName())) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Declares {@code apiVersion} and {@code kind} first, as constants, and requires them. */
  private static ObjectNode withEnvelope(ObjectNode schema, String kind) {
    ObjectNode out = PRINTER.createObjectNode();
    ObjectNode properties = PRINTER.createObjectNode();
    properties.putObject("apiVersion").put("type", "string").put("const", MppJson.API_VERSION);
    properties.putObject("kind").put("type", "string").put("const", kind);
    JsonNode own = schema.get("properties");
    if (own != null) {
      own.fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
    }
    ArrayNode required = PRINTER.createArrayNode().add("apiVersion").add("kind");
    JsonNode ownRequired = schema.get("required");
    if (ownRequired != null) {
      ownRequired.forEach(required::add);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "properties" -> out.set("properties", properties);
        case "required" -> out.set("required", required);
        default -> out.set(e.getKey(), e.getValue());
      }
    }
    if (!out.has("required")) {
      out.set("required", required);
    }
    if (!out.has("properties")) {
      out.set("properties", properties);
    }
    return out;
  }

  /** Names a nested type with its enclosing one ({@code Validity.Unit}), so names never clash. */
  private static final class NestedTypeNames extends DefaultSchemaDefinitionNamingStrategy {
    @Override
    public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
      Class<?> type = key.getType().getErasedType();
      if (type.getEnclosingClass() != null && key.getType().getTypeParameters().isEmpty()) {
        return type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
      }
      return super.getDefinitionNameForKey(key, context);
    }
  }

  /** Value types that Jackson writes as a scalar through their {@code @JsonValue} accessor. */
  private static final class ValueTypes implements CustomDefinitionProviderV2 {

    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType javaType,
        SchemaGenerationContext context) {
      Class<?> raw = javaType.getErasedType();
      if (raw.isEnum() || raw.isPrimitive() || raw.getName().startsWith("java.")) {
        return null;
      }
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      if (raw == AgencyId.class) {
        node.put("type", "string").put("minLength", 2).put("maxLength", 40)
            .put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
        return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.AttributeInclusion.NO);
      }
      if (raw == ServiceCode.class) {
        node.put("type", "string").put("minLength", 2).put("maxLength", 40)
            .put("pattern", "^[A-Z0-9]+([-_.][A-Z0-9]+)*$");
        return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.AttributeInclusion.NO);
      }
      if (raw == Rupiah.class) {
        node.put("type", "number").put("minimum", 0).put("multipleOf", 0.01);
        return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.AttributeInclusion.NO);
      }
      Method value = jsonValue(raw);
      if (value == null) {
        return null;
      }
      ResolvedType scalar = context.getTypeContext().resolve(value.getGenericReturnType());
      return new CustomDefinition(context.createStandardDefinition(scalar, null),
          CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
    }

    private static Method jsonValue(Class<?> type) {
      List<Method> found = new ArrayList<>();
      for (Method m : type.getMethods()) {
        if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
          found.add(m);
        }
      }
      return found.size() == 1 ? found.get(0) : null;
    }
  }
}
