package id.mpp.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.catalogue.CatalogueDocument;
import id.mpp.sdk.queue.Booking;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.StatusWebhook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing (Jazzer) of {@link MppJson#read}: whatever the bytes, reading them into
 * an SDK document either succeeds or throws {@link MalformedJsonException} or
 * {@link MppValidationException}; never another runtime exception, a {@code StackOverflowError}
 * or an {@code OutOfMemoryError} (Jazzer reports every other throwable as a finding). A document
 * that was read is written and read back to an equal value.
 *
 * <p>Input layout: the first byte picks the document type ({@link #TYPES}, byte modulo 7) and
 * the entry point (byte / 7 modulo 3: bytes, text, stream); the rest is the document. The
 * regression inputs in {@code MppJsonFuzzTestInputs/read/} run on every build; the build's
 * fuzzing execution (mpp-sdk-core pom, {@code -Dmpp.fuzz.skip=true} turns it off) mutates them
 * for {@code maxDuration}.
 */
@Tag("reliability")
class MppJsonFuzzTest {

  /** The document types the fuzzer reads into, in the order the first byte selects them. */
  static final List<Class<? extends WireDocument>> TYPES = List.of(Application.class,
      Ticket.class, CatalogueDocument.class, StatusEvent.class, StatusWebhook.class,
      Booking.class, SkmResponse.class);

  private static final MppJson JSON = MppJson.defaults();

  @FuzzTest(maxDuration = "15s")
  void read(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Class<? extends WireDocument> type = TYPES.get(Byte.toUnsignedInt(input[0]) % TYPES.size());
    int entry = Byte.toUnsignedInt(input[0]) / TYPES.size() % 3;
    byte[] document = Arrays.copyOfRange(input, 1, input.length);
    WireDocument read;
    try {
      read = switch (entry) {
        case 0 -> JSON.read(document, type);
        case 1 -> JSON.read(new String(document, StandardCharsets.UTF_8), type);
        default -> JSON.read(new ByteArrayInputStream(document), type);
      };
    } catch (MalformedJsonException | MppValidationException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(read).isInstanceOf(type);
    assertThat(JSON.read(JSON.writeBytes(read), type)).isEqualTo(read);
  }

  @Test
  void regressionInputs_whenSeedOfEachType_readsEveryTypeThroughEveryEntryPoint()
      throws IOException, URISyntaxException {
    Path dir = Path.of(MppJsonFuzzTest.class.getResource("MppJsonFuzzTestInputs/read").toURI());
    Set<Integer> selectorsRead = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path seed : files.filter(f -> f.getFileName().toString().startsWith("seed-")).toList()) {
        byte[] input = Files.readAllBytes(seed);
        int selector = Byte.toUnsignedInt(input[0]) % (TYPES.size() * 3);
        Class<? extends WireDocument> type = TYPES.get(selector % TYPES.size());
        assertThat(JSON.read(Arrays.copyOfRange(input, 1, input.length), type))
            .as(seed.getFileName().toString()).isInstanceOf(type);
        selectorsRead.add(selector);
      }
    }
    // so the fuzzer starts from a valid document of every type, through bytes, text and stream
    assertThat(selectorsRead).hasSize(TYPES.size() * 3);
  }
}
