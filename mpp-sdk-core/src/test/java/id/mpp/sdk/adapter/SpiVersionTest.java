package id.mpp.sdk.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

  @Test
  void supports_whenSameMajorOlderMinor_true() {
    assertThat(SpiVersion.of(1, 2).supports(SpiVersion.of(1, 0))).isTrue();
  }

  @Test
  void supports_whenOtherMajor_false() {
    assertThat(SpiVersion.of(1, 9).supports(SpiVersion.of(2, 0))).isFalse();
  }

  @Test
  void parse_whenNotMajorMinor_refused() {
    assertThatThrownBy(() -> SpiVersion.parse("1")).isInstanceOf(IllegalArgumentException.class);
    assertThat(SpiVersion.parse("1.3")).isEqualTo(SpiVersion.of(1, 3));
  }
}
