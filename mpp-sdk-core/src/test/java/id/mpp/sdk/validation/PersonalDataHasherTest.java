package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PersonalDataHasherTest {

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @Test
  void hash_whenSameKeyAndNik_isStableAndHidesValue() {
    Nik nik = Nik.parse("3201011708900001");
    String a = PersonalDataHasher.withKey(key(1)).hash(nik);
    assertThat(PersonalDataHasher.withKey(key(1)).hash(nik)).isEqualTo(a);
    assertThat(a).hasSize(43).doesNotContain("3201011708900001");
  }

  @Test
  void hash_whenOtherKeyOrKind_differs() {
    PersonalDataHasher hasher = PersonalDataHasher.withKey(key(1));
    String nik = hasher.hash("nik", "3201011708900001");
    assertThat(PersonalDataHasher.withKey(key(2)).hash("nik", "3201011708900001")).isNotEqualTo(nik);
    assertThat(hasher.hash("kk", "3201011708900001")).isNotEqualTo(nik);
  }

  @Test
  void withKey_whenShortKey_refused() {
    assertThatThrownBy(() -> PersonalDataHasher.withKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
  }

  @Test
  void toString_neverShowsKey() {
    assertThat(PersonalDataHasher.withKey(key(65)).toString()).isEqualTo("PersonalDataHasher[key=***]");
  }
}
