package id.mpp.sdk.internal.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.VoicePart;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IndonesianSpeechTest {

  @ParameterizedTest
  @CsvSource({
      "0, nol", "5, lima", "10, sepuluh", "11, sebelas", "12, dua belas", "19, sembilan belas",
      "20, dua puluh", "21, dua puluh satu", "99, sembilan puluh sembilan", "100, seratus",
      "101, seratus satu", "111, seratus sebelas", "250, dua ratus lima puluh",
      "999, sembilan ratus sembilan puluh sembilan", "1000, seribu", "1001, seribu satu",
      "1500, seribu lima ratus", "2026, dua ribu dua puluh enam",
      "11000, sebelas ribu", "100000, seratus ribu", "1000000, satu juta",
      "2500000, dua juta lima ratus ribu"})
  void words_whenNumber_spellsItInBahasaIndonesia(int n, String expected) {
    assertThat(IndonesianSpeech.words(n)).isEqualTo(expected);
  }

  @Test
  void words_whenNegative_refused() {
    assertThatThrownBy(() -> IndonesianSpeech.words(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callParts_whenRoom_saysRuangAndTheNumberInWords() {
    List<VoicePart> parts = IndonesianSpeech.callParts("KB107", CounterKind.RUANG, 12, false);
    assertThat(IndonesianSpeech.sentence(parts))
        .isEqualTo("Nomor antrian K B satu nol tujuh, silakan menuju ruang dua belas");
    assertThat(IndonesianSpeech.spokenWords(parts)).isEqualTo(12);
  }

  @Test
  void sentence_whenRecall_startsWithPanggilanUlang() {
    List<VoicePart> parts = IndonesianSpeech.callParts("B023", CounterKind.LOKET, 5, true);
    assertThat(IndonesianSpeech.sentence(parts))
        .isEqualTo("Panggilan ulang, nomor antrian B nol dua tiga, silakan menuju loket lima");
  }
}
