package id.mpp.sdk.internal.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdFormatTest {

  @ParameterizedTest
  @ValueSource(strings = {"ab", "a1", "dukcapil-loket-3", "mpp-2-b"})
  void words_whenLowerCaseWordsJoinedByHyphens_accepts(String value) {
    assertThat(IdFormat.words(value, "counterId")).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "-ab", "ab-", "a--b", "Ab", "a_b", "a b", "loket.1", "é1"})
  void words_whenNotLowerCaseWords_refusesNamingTheField(String value) {
    assertThatThrownBy(() -> IdFormat.words(value, "counterId"))
        .isInstanceOf(MppValidationException.class)
        .satisfies(e -> assertThat(((MppValidationException) e).violations().get(0).field())
            .isEqualTo("counterId"));
  }

  @org.junit.jupiter.api.Test
  void words_whenRefused_neverEchoesTheValue() {
    assertThatThrownBy(() -> IdFormat.words("Loket.Rahasia", "counterId"))
        .hasMessageNotContaining("Rahasia");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "a-b_c", "q7m2kd4x-000001a", "Z9"})
  void token_whenLettersDigitsUnderscoreOrHyphen_accepts(String value) {
    assertThat(IdFormat.token(value, "ticketId")).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_a", "-a", "a b", "a/b", "a.b"})
  void token_whenOtherCharacters_refuses(String value) {
    assertThatThrownBy(() -> IdFormat.token(value, "ticketId"))
        .isInstanceOf(MppValidationException.class);
  }
}
