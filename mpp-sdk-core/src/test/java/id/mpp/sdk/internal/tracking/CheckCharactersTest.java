package id.mpp.sdk.internal.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckCharactersTest {

  private static final int N = CheckCharacters.ORDER;

  @Test
  void alphabet_whenInspected_hasNoLookAlikesAndNoRepeats() {
    Set<Character> seen = new HashSet<>();
    for (char c : CheckCharacters.ALPHABET.toCharArray()) {
      assertThat(seen.add(c)).isTrue();
    }
    assertThat(seen).hasSize(N).doesNotContain('I', 'L', 'O', 'S', 'B', 'Z', 'U');
  }

  @Test
  void combine_whenTabulated_isALatinSquare() {
    for (int x = 0; x < N; x++) {
      Set<Integer> row = new HashSet<>();
      Set<Integer> column = new HashSet<>();
      for (int y = 0; y < N; y++) {
        row.add(CheckCharacters.combine(x, y));
        column.add(CheckCharacters.combine(y, x));
      }
      assertThat(row).hasSize(N);
      assertThat(column).hasSize(N);
    }
  }

  @Test
  void combine_whenTabulated_isTotallyAntiSymmetric() {
    int violations = 0;
    for (int c = 0; c < N; c++) {
      for (int x = 0; x < N; x++) {
        for (int y = 0; y < N; y++) {
          boolean same = CheckCharacters.combine(CheckCharacters.combine(c, x), y)
              == CheckCharacters.combine(CheckCharacters.combine(c, y), x);
          if (same && x != y) {
            violations++;
          }
        }
      }
    }
    assertThat(violations).isZero();
  }

  @Test
  void compute_whenAppended_makesTheTextValid() {
    String body = "327326032200042";
    char check = CheckCharacters.compute(body);
    assertThat(CheckCharacters.isValid(body + check)).isTrue();
    for (char other : CheckCharacters.ALPHABET.toCharArray()) {
      if (other != check) {
        assertThat(CheckCharacters.isValid(body + other)).as("check %s", other).isFalse();
      }
    }
  }

  @Test
  void compute_whenCharacterOutsideAlphabet_throws() {
    assertThatThrownBy(() -> CheckCharacters.compute("32O1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("character 2");
  }
}
