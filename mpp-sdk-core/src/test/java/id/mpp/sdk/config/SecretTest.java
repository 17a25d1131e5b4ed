package id.mpp.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void toString_never_showsTheValue() {
    assertThat(Secret.of("hunter2-very-secret")).hasToString("Secret[***]");
  }

  @Test
  void equals_whenSameValue_isEqual() {
    assertThat(Secret.of("a1")).isEqualTo(Secret.of("a1")).isNotEqualTo(Secret.of("a2"));
  }
}
