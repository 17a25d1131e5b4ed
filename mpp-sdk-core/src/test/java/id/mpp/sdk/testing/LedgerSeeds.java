package id.mpp.sdk.testing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds of the Jepsen-style ledgers (reliability.md §9.3, J1–J4): one fixed seed that every
 * build runs, plus fresh random seeds, so each build explores new interleavings and a failure
 * names the seed that reproduces it.
 *
 * <ul>
 *   <li>{@code -Dmpp.ledger.seed=N}: run only seed {@code N} (to reproduce a failure);
 *   <li>{@code -Dmpp.ledger.seeds=K}: the fixed seed plus {@code K} random seeds (default 2; a
 *       nightly run can ask for 100).
 * </ul>
 *
 * <p>The seeds are printed to {@code System.out}, which surefire keeps in the test report.
 */
public final class LedgerSeeds {

  /** The seed every build runs. */
  public static final long FIXED = 20260302L;

  private static final int DEFAULT_RANDOM_SEEDS = 2;
  private static final SecureRandom SOURCE = new SecureRandom();

  private LedgerSeeds() {
  }

  /**
   * The seeds to run, as the system properties ask.
   *
   * @param ledger the ledger's name, printed with the seeds
   * @return at least one seed
   * @throws IllegalArgumentException when a property is not a number, or the count is negative
   */
  public static List<Long> seeds(String ledger) {
    List<Long> seeds = new ArrayList<>();
    String fixed = System.getProperty("mpp.ledger.seed");
    if (fixed != null && !fixed.isBlank()) {
      seeds.add(parse("mpp.ledger.seed", fixed));
    } else {
      seeds.add(FIXED);
      String count = System.getProperty("mpp.ledger.seeds");
      long random = count == null || count.isBlank()
          ? DEFAULT_RANDOM_SEEDS : parse("mpp.ledger.seeds", count);
      if (random < 0) {
        throw new IllegalArgumentException("mpp.ledger.seeds must be 0 or more");
      }
      for (long i = 0; i < random; i++) {
        seeds.add(SOURCE.nextLong());
      }
    }
    System.out.println(ledger + " seeds " + seeds + " (rerun one with -Dmpp.ledger.seed=N)");
    return seeds;
  }

  private static long parse(String property, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " must be a whole number", e);
    }
  }
}
