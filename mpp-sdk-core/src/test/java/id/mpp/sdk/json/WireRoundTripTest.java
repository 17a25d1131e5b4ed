package id.mpp.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.json.WireKinds.WireKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every wire record of {@link WireKinds}: written, read back, equal; envelope present. */
class WireRoundTripTest {

  private final MppJson json = MppJson.defaults();

  static Stream<WireKind> kinds() {
    return WireKinds.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void read_whenWrittenExample_equalsOriginal(WireKind kind) {
    WireDocument example = kind.example().get();
    assertThat(json.read(json.writeBytes(example), kind.type())).isEqualTo(example);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void write_whenExample_startsWithApiVersionAndKind(WireKind kind) throws IOException {
    JsonNode tree = json.objectMapper().readTree(json.writeBytes(kind.example().get()));
    Iterator<String> names = tree.fieldNames();
    assertThat(names.next()).isEqualTo("apiVersion");
    assertThat(names.next()).isEqualTo("kind");
    assertThat(tree.get("apiVersion").asText()).isEqualTo(MppJson.API_VERSION);
    assertThat(tree.get("kind").asText()).isEqualTo(kind.kind());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void read_whenWrittenTwice_sameBytes(WireKind kind) {
    byte[] once = json.writeBytes(kind.example().get());
    assertThat(json.writeBytes(json.read(once, kind.type()))).isEqualTo(once);
  }

  @Test
  void all_whenComparedWithTheCode_listsEveryWireDocumentOfCore()
      throws IOException, URISyntaxException {
    Path classes = Path.of(WireDocument.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.')
            .replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (WireDocument.class.isAssignableFrom(type) && type.isRecord()) {
          found.add(type.getName());
        }
      }
    }
    assertThat(WireKinds.ALL).extracting(k -> k.type().getName())
        .as("WireKinds.ALL must list every WireDocument record of mpp-sdk-core")
        .containsExactlyInAnyOrderElementsOf(found);
  }
}
