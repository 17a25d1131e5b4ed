package id.mpp.sdk.examples.day;

import id.mpp.sdk.queue.PriorityClass;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the day's visitors from a seed: agency by weight, service, arrival (a morning peak over a
 * steady stream from 08:00 to 15:30), booking, priority class, no-show, patience, service time
 * and SKM answers. The same seed gives the same day.
 */
final class VisitorDraw {

  private static final String[] GIVEN = {"Siti", "Budi", "Ayu", "Agus", "Dewi", "Rudi", "Wati",
      "Hendra", "Nur", "Yusuf", "Rina", "Joko", "Lestari", "Andi", "Putri", "Bambang"};
  private static final String[] FAMILY = {"Aminah", "Santoso", "Lestari", "Saputra", "Wulandari",
      "Hidayat", "Rahayu", "Pratama", "Kusuma", "Siregar", "Nasution", "Harahap"};
  private static final int FIRST_MINUTE = 8 * 60;
  private static final int LAST_MINUTE = 15 * 60 + 30;

  private final Random random;
  private final LocalDate date;

  VisitorDraw(long seed, LocalDate date) {
    this.random = new Random(seed);
    this.date = date;
  }

  List<Visitor> draw(int count, List<AgencyEntry> entries) {
    int total = entries.stream().mapToInt(AgencyEntry::weight).sum();
    List<Visitor> visitors = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      int pick = random.nextInt(total);
      AgencyEntry entry = entries.get(0);
      for (AgencyEntry e : entries) {
        if (pick < e.weight()) {
          entry = e;
          break;
        }
        pick -= e.weight();
      }
      LocalTime arrival = arrival();
      boolean sessionTime = arrival.isBefore(LocalTime.of(12, 0))
          || !arrival.isBefore(LocalTime.of(13, 0)) && arrival.isBefore(LocalTime.of(15, 0));
      double p = random.nextDouble();
      PriorityClass priority = p < 0.08 ? PriorityClass.LANSIA
          : p < 0.10 ? PriorityClass.DISABILITAS : PriorityClass.NONE;
      long serveSeconds = Math.round(60 * Math.exp(Math.log(6.5) + 0.4 * random.nextGaussian()));
      visitors.add(new Visitor(i, nik(i), GIVEN[random.nextInt(GIVEN.length)] + " "
              + FAMILY[random.nextInt(FAMILY.length)], entry,
          entry.services().get(random.nextInt(entry.services().size())), arrival,
          sessionTime && random.nextDouble() < 0.25, priority, random.nextDouble() < 0.04,
          Duration.ofMinutes(60 + random.nextInt(120)),
          Duration.ofSeconds(Math.max(120, Math.min(1200, serveSeconds))),
          random.nextDouble() < 0.55));
    }
    return visitors;
  }

  private LocalTime arrival() {
    int minute = random.nextDouble() < 0.6
        ? (int) Math.round(9.75 * 60 + 75 * random.nextGaussian())
        : FIRST_MINUTE + random.nextInt(LAST_MINUTE - FIRST_MINUTE);
    minute = Math.max(FIRST_MINUTE - 15, Math.min(LAST_MINUTE, minute));
    return LocalTime.of(minute / 60, minute % 60, random.nextInt(60));
  }

  /** A made-up NIK of Bandar Lampung (18 71): kecamatan, birth date (women +40), serial. */
  private Nik nik(int serial) {
    LocalDate born = date.minusYears(18 + random.nextInt(55)).minusDays(random.nextInt(365));
    int day = born.getDayOfMonth() + (random.nextBoolean() ? 40 : 0);
    return Nik.parse(String.format("1871%02d%02d%02d%02d%04d", 1 + random.nextInt(20), day,
        born.getMonthValue(), born.getYear() % 100, serial % 10_000 == 0 ? 1 : serial % 10_000));
  }

  /**
   * One SKM answer of a visitor, 1–4, mostly 3 and 4: a pure function of the visitor and the
   * element, so the day's IKM follows from the seed.
   *
   * @param visitor the visitor's number
   * @param element the element's index, 0–8
   * @return the score
   */
  static int score(int visitor, int element) {
    int draw = Math.floorMod(visitor * 31 + element * 17 + visitor * element, 100);
    return draw < 2 ? 1 : draw < 10 ? 2 : draw < 55 ? 3 : 4;
  }
}
