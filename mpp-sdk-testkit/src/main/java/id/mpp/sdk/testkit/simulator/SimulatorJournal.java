package id.mpp.sdk.testkit.simulator;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The bounded record of what an agency simulator received since the last reset. When more than
 * {@link #capacity()} requests arrive, the oldest entries are dropped (WireMock's own journal
 * grows without bound under load); {@link #total()} still counts every request. Thread-safe.
 */
public final class SimulatorJournal {

  private final int capacity;
  private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
  private long total;
  private long unmatched;

  SimulatorJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("journal capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  synchronized void add(JournalEntry entry) {
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(entry);
    total++;
    if (!entry.matched()) {
      unmatched++;
    }
  }

  synchronized void clear() {
    entries.clear();
    total = 0;
    unmatched = 0;
  }

  /** @return how many entries the journal keeps */
  public int capacity() {
    return capacity;
  }

  /** @return every request received since the last reset, including dropped entries */
  public synchronized long total() {
    return total;
  }

  /** @return how many requests since the last reset matched no route */
  public synchronized long unmatchedTotal() {
    return unmatched;
  }

  /** @return the kept entries, oldest first */
  public synchronized List<JournalEntry> entries() {
    return List.copyOf(entries);
  }

  /** @return the kept requests, oldest first */
  public List<SimulatedRequest> requests() {
    return entries().stream().map(JournalEntry::request).toList();
  }

  /** @return the kept entries that matched no route */
  public List<JournalEntry> unmatched() {
    return entries().stream().filter(e -> !e.matched()).toList();
  }

  /** @return the last entry, if any */
  public synchronized Optional<JournalEntry> last() {
    return Optional.ofNullable(entries.peekLast());
  }

  /**
   * Kept entries for a method and a path.
   *
   * @param method the HTTP method, any case
   * @param pathRegex a regular expression the whole path (without query) must match
   * @return the entries, oldest first
   */
  public List<JournalEntry> entries(String method, String pathRegex) {
    return entries().stream().filter(matching(method, pathRegex)).toList();
  }

  /**
   * Counts kept requests for a method and a path.
   *
   * @param method the HTTP method, any case
   * @param pathRegex a regular expression the whole path (without query) must match
   * @return how many were received
   */
  public int count(String method, String pathRegex) {
    return entries(method, pathRegex).size();
  }

  /**
   * Asserts how many requests for a method and a path the simulator received.
   *
   * @param expected the expected count
   * @param method the HTTP method
   * @param pathRegex a regular expression the whole path must match
   * @throws AssertionError naming the requests actually received
   */
  public void assertReceived(int expected, String method, String pathRegex) {
    int actual = count(method, pathRegex);
    if (actual != expected) {
      throw new AssertionError("expected the simulator to receive " + expected + " " + method
          + " " + pathRegex + " request(s) but it received " + actual + "; journal: "
          + entries());
    }
  }

  private static Predicate<JournalEntry> matching(String method, String pathRegex) {
    Objects.requireNonNull(method, "method");
    Pattern path = Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex"));
    return e -> e.request().method().equalsIgnoreCase(method)
        && path.matcher(e.request().path()).matches();
  }

  @Override
  public synchronized String toString() {
    return "SimulatorJournal[" + total + " requests, " + unmatched + " unmatched]";
  }
}
