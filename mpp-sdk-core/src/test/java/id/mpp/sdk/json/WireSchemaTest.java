package id.mpp.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.json.WireKinds.WireKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code docs/schema/v1/} are generated from the code; this test regenerates
 * them and fails when a committed file differs. Refresh them with
 * {@code -Dmpp.schema.write=true} (see {@link #REFRESH}).
 */
class WireSchemaTest {

  static final String REFRESH = "./mvnw -B -q -pl mpp-sdk-core -am test -Dtest=WireSchemaTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dmpp.schema.write=true";

  private static final WireSchemas SCHEMAS = new WireSchemas();
  private static final Path DIR = repositoryRoot().resolve("docs/schema/v1");
  private static final boolean WRITE = Boolean.getBoolean("mpp.schema.write");

  static Stream<WireKind> kinds() {
    return WireKinds.ALL.stream();
  }

  /**
   * In refresh mode, writes every schema and deletes those of kinds no longer listed, before any
   * test compares.
   */
  @org.junit.jupiter.api.BeforeAll
  static void refreshWhenAsked() throws IOException {
    if (!WRITE) {
      return;
    }
    Files.createDirectories(DIR);
    List<String> names = new ArrayList<>();
    for (WireKind kind : WireKinds.ALL) {
      Files.writeString(fileOf(kind), SCHEMAS.generate(kind.type()), StandardCharsets.UTF_8);
      names.add(fileOf(kind).getFileName().toString());
    }
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path stale : files.filter(f -> f.getFileName().toString().endsWith(".schema.json"))
          .filter(f -> !names.contains(f.getFileName().toString())).toList()) {
        Files.delete(stale);
      }
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("run from inside the repository (no mvnw found above "
          + Path.of("").toAbsolutePath() + ")");
    }
    return dir;
  }

  private static Path fileOf(WireKind kind) {
    return DIR.resolve(kind.kind() + ".schema.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void schema_whenRegenerated_matchesCommittedFile(WireKind kind) throws IOException {
    String generated = SCHEMAS.generate(kind.type());
    Path file = fileOf(kind);
    if (!Files.exists(file)) {
      fail("missing " + DIR.relativize(file) + " for wire kind " + kind.kind()
          + "; generate it with:\n  " + REFRESH + "\nand commit docs/schema/v1/");
    }
    String committed = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!committed.equals(generated)) {
      fail("docs/schema/v1/" + file.getFileName() + " differs from the schema generated from "
          + kind.type().getName() + ". If the wire change is intended (within v1 only optional"
          + " fields may be added), refresh the schemas with:\n  " + REFRESH
          + "\nreview the diff and commit docs/schema/v1/.");
    }
  }

  @Test
  void directory_whenListed_holdsOnlySchemasOfKnownKinds() throws IOException {
    List<String> expected = WireKinds.ALL.stream().map(k -> k.kind() + ".schema.json").toList();
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".schema.json")))
          .as("schemas without a wire kind in WireKinds.ALL; delete them or add the kind")
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void example_whenWritten_everyPropertyIsDeclaredInTheSchema(WireKind kind) throws IOException {
    JsonNode schema = MppJson.defaults().objectMapper().readTree(SCHEMAS.generate(kind.type()));
    JsonNode instance = MppJson.defaults().objectMapper()
        .readTree(MppJson.defaults().writeBytes(kind.example().get()));
    List<String> undeclared = new ArrayList<>();
    walk(schema, schema, instance, "", undeclared);
    assertThat(undeclared).as("properties written but not in the schema of " + kind.kind())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void example_whenWritten_everyRequiredPropertyIsPresent(WireKind kind) throws IOException {
    JsonNode schema = MppJson.defaults().objectMapper().readTree(SCHEMAS.generate(kind.type()));
    JsonNode instance = MppJson.defaults().objectMapper()
        .readTree(MppJson.defaults().writeBytes(kind.example().get()));
    List<String> missing = new ArrayList<>();
    requiredWalk(schema, schema, instance, "", missing);
    assertThat(missing).as("required by the schema of " + kind.kind() + " but not written")
        .isEmpty();
  }

  /** Follows {@code $ref} into {@code $defs}. */
  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      current = ref.equals("#") ? root : root.at(ref.substring(1));
    }
    return current;
  }

  private static void walk(JsonNode root, JsonNode schemaNode, JsonNode instance, String path,
      List<String> undeclared) {
    JsonNode schema = resolve(root, schemaNode);
    if (instance.isObject()) {
      JsonNode properties = schema.get("properties");
      JsonNode additional = schema.get("additionalProperties");
      for (Iterator<Map.Entry<String, JsonNode>> it = instance.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (properties != null && properties.has(e.getKey())) {
          walk(root, properties.get(e.getKey()), e.getValue(), at, undeclared);
        } else if (additional != null && additional.isObject()) {
          walk(root, additional, e.getValue(), at, undeclared);
        } else {
          undeclared.add(at);
        }
      }
    } else if (instance.isArray() && schema.has("items")) {
      for (int i = 0; i < instance.size(); i++) {
        walk(root, schema.get("items"), instance.get(i), path + "[" + i + "]", undeclared);
      }
    }
  }

  private static void requiredWalk(JsonNode root, JsonNode schemaNode, JsonNode instance,
      String path, List<String> missing) {
    JsonNode schema = resolve(root, schemaNode);
    if (instance.isObject()) {
      JsonNode required = schema.get("required");
      if (required != null) {
        required.forEach(r -> {
          if (!instance.has(r.asText())) {
            missing.add(path.isEmpty() ? r.asText() : path + "." + r.asText());
          }
        });
      }
      JsonNode properties = schema.get("properties");
      if (properties != null) {
        instance.fields().forEachRemaining(e -> {
          if (properties.has(e.getKey())) {
            requiredWalk(root, properties.get(e.getKey()), e.getValue(),
                path.isEmpty() ? e.getKey() : path + "." + e.getKey(), missing);
          }
        });
      }
    } else if (instance.isArray() && schema.has("items")) {
      for (int i = 0; i < instance.size(); i++) {
        requiredWalk(root, schema.get("items"), instance.get(i), path + "[" + i + "]", missing);
      }
    }
  }
}
