package id.mpp.sdk.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every contract id in the kit is listed in both language versions of the docs, and unique. */
class ContractIdsDocumentedTest {

  private static final Pattern ID = Pattern.compile("^(C-[A-Z]+-\\d{2}) ");
  private static final List<Class<?>> KITS = List.of(AgencyAdapterContractTest.class,
      MembershipContractTest.class, PaymentsContractTest.class, ApplicationsContractTest.class,
      AppointmentsContractTest.class, IdentityContractTest.class);

  private static List<String> contractIds() {
    List<String> ids = new ArrayList<>();
    for (Class<?> kit : KITS) {
      for (Method m : kit.getDeclaredMethods()) {
        DisplayName name = m.getAnnotation(DisplayName.class);
        if (name != null) {
          Matcher matcher = ID.matcher(name.value());
          assertThat(matcher.find()).as("display name of %s starts with a contract id", m)
              .isTrue();
          ids.add(matcher.group(1));
        }
      }
    }
    return ids;
  }

  private static String doc(String language) throws IOException {
    return Files.readString(Path.of("..", "docs", language, "contract-ids.md"));
  }

  @Test
  void contractIds_whenCollected_areUnique() {
    List<String> ids = contractIds();

    assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
  }

  @Test
  void contractIds_whenCollected_areInEnglishDocs() throws IOException {
    String doc = doc("en");

    assertThat(contractIds()).allSatisfy(id -> assertThat(doc).contains("| " + id + " |"));
  }

  @Test
  void contractIds_whenCollected_areInIndonesianDocs() throws IOException {
    String doc = doc("id");

    assertThat(contractIds()).allSatisfy(id -> assertThat(doc).contains("| " + id + " |"));
  }
}
