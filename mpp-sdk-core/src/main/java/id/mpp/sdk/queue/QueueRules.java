package id.mpp.sdk.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * The desk-wide queue policy: recall limit, no-show guard and grace, the precedence streak that
 * bounds how long regular visitors wait behind priority and booked visitors, print timeout,
 * idempotency-key retention, waiting-time estimate inputs and announcement timing. Immutable;
 * made by {@link #builder()} or {@link #defaults()}.
 *
 * @param recallLimit how many recalls a called ticket gets; the next recall makes it a no-show
 * @param noShowAfter how long after the (last) call an officer may mark a no-show
 * @param noShowGrace how long a no-show can be reinstated
 * @param maxPrecedenceStreak how many priority or booked visitors a counter calls in a row while a
 *     regular visitor is waiting for it (the starvation bound K); at least 1
 * @param bookedLead how long before their slot checked-in booked visitors get precedence
 * @param printTimeout how long a kiosk has to confirm a print before the ticket is cancelled
 * @param idempotencyRetention how long idempotency keys are remembered (at least 24 hours)
 * @param historyRetention how long finished tickets, bookings, events and announcements are kept
 * @param journeyPosition where a ticket enters the queue of its next journey step
 * @param ewtSamples how many recent serving times feed the waiting-time estimate
 * @param ewtMinSamples below this many samples the service's target serving time is used
 * @param ewtLookback how far back serving times are taken
 * @param chime how long the chime of an announcement lasts
 * @param announcementPart how long one spoken part lasts (a word group, letter or digit)
 * @param announcementGap the silence between two announcements of a zone
 */
public record QueueRules(
    int recallLimit,
    Duration noShowAfter,
    Duration noShowGrace,
    int maxPrecedenceStreak,
    Duration bookedLead,
    Duration printTimeout,
    Duration idempotencyRetention,
    Duration historyRetention,
    Position journeyPosition,
    int ewtSamples,
    int ewtMinSamples,
    Duration ewtLookback,
    Duration chime,
    Duration announcementPart,
    Duration announcementGap) {

  private static final QueueRules DEFAULTS = builder().build();

  /**
   * Checks every setting.
   *
   * @throws IllegalArgumentException naming the first bad setting
   */
  public QueueRules {
    check(recallLimit >= 0 && recallLimit <= 20, "recallLimit must be 0-20");
    notNegative(noShowAfter, "noShowAfter");
    notNegative(noShowGrace, "noShowGrace");
    check(maxPrecedenceStreak >= 1 && maxPrecedenceStreak <= 100,
        "maxPrecedenceStreak must be 1-100");
    notNegative(bookedLead, "bookedLead");
    check(Objects.requireNonNull(printTimeout, "printTimeout").compareTo(Duration.ofSeconds(5)) >= 0,
        "printTimeout must be at least 5 seconds");
    check(Objects.requireNonNull(idempotencyRetention, "idempotencyRetention")
        .compareTo(Duration.ofHours(24)) >= 0, "idempotencyRetention must be at least 24 hours");
    check(Objects.requireNonNull(historyRetention, "historyRetention")
        .compareTo(Duration.ofDays(1)) >= 0, "historyRetention must be at least 1 day");
    check(Objects.requireNonNull(journeyPosition, "journeyPosition") != Position.UNKNOWN,
        "journeyPosition must be FIRST, LAST or BY_ISSUE_TIME");
    check(ewtSamples >= 1 && ewtSamples <= 1000, "ewtSamples must be 1-1000");
    check(ewtMinSamples >= 1 && ewtMinSamples <= ewtSamples, "ewtMinSamples must be 1-ewtSamples");
    check(Objects.requireNonNull(ewtLookback, "ewtLookback").compareTo(Duration.ofMinutes(1)) >= 0,
        "ewtLookback must be at least 1 minute");
    notNegative(chime, "chime");
    check(Objects.requireNonNull(announcementPart, "announcementPart").compareTo(Duration.ZERO) > 0,
        "announcementPart must be positive");
    notNegative(announcementGap, "announcementGap");
  }

  /**
   * The default rules: recall limit 3, no-show after 30 s with 15 min grace, at most 3
   * precedence calls in a row, booked precedence from 10 min before the slot, print timeout
   * 2 min, keys kept 48 h, history kept 35 days, next journey step by issue time, estimates from
   * the last 30 serving times (at least 5) of the last 7 days, chime 1.5 s, 0.6 s per spoken
   * part, 0.5 s between announcements.
   *
   * @return the defaults
   */
  public static QueueRules defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these rules.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.recallLimit = recallLimit;
    b.noShowAfter = noShowAfter;
    b.noShowGrace = noShowGrace;
    b.maxPrecedenceStreak = maxPrecedenceStreak;
    b.bookedLead = bookedLead;
    b.printTimeout = printTimeout;
    b.idempotencyRetention = idempotencyRetention;
    b.historyRetention = historyRetention;
    b.journeyPosition = journeyPosition;
    b.ewtSamples = ewtSamples;
    b.ewtMinSamples = ewtMinSamples;
    b.ewtLookback = ewtLookback;
    b.chime = chime;
    b.announcementPart = announcementPart;
    b.announcementGap = announcementGap;
    return b;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("QueueRules: " + message);
    }
  }

  private static void notNegative(Duration d, String name) {
    check(!Objects.requireNonNull(d, name).isNegative(), name + " must not be negative");
  }

  /** Builds {@link QueueRules}; {@link #build()} checks every setting. Not thread-safe. */
  public static final class Builder {
    private int recallLimit = 3;
    private Duration noShowAfter = Duration.ofSeconds(30);
    private Duration noShowGrace = Duration.ofMinutes(15);
    private int maxPrecedenceStreak = 3;
    private Duration bookedLead = Duration.ofMinutes(10);
    private Duration printTimeout = Duration.ofMinutes(2);
    private Duration idempotencyRetention = Duration.ofHours(48);
    private Duration historyRetention = Duration.ofDays(35);
    private Position journeyPosition = Position.BY_ISSUE_TIME;
    private int ewtSamples = 30;
    private int ewtMinSamples = 5;
    private Duration ewtLookback = Duration.ofDays(7);
    private Duration chime = Duration.ofMillis(1500);
    private Duration announcementPart = Duration.ofMillis(600);
    private Duration announcementGap = Duration.ofMillis(500);

    private Builder() {
    }

    /**
     * @param value recalls allowed before the next recall makes a no-show (0–20)
     * @return this builder
     */
    public Builder recallLimit(int value) {
      this.recallLimit = value;
      return this;
    }

    /**
     * @param value minimum time after a call before a no-show may be marked
     * @return this builder
     */
    public Builder noShowAfter(Duration value) {
      this.noShowAfter = value;
      return this;
    }

    /**
     * @param value how long a no-show can be reinstated
     * @return this builder
     */
    public Builder noShowGrace(Duration value) {
      this.noShowGrace = value;
      return this;
    }

    /**
     * @param value precedence calls in a row while a regular visitor waits (1–100)
     * @return this builder
     */
    public Builder maxPrecedenceStreak(int value) {
      this.maxPrecedenceStreak = value;
      return this;
    }

    /**
     * @param value how long before their slot booked visitors get precedence
     * @return this builder
     */
    public Builder bookedLead(Duration value) {
      this.bookedLead = value;
      return this;
    }

    /**
     * @param value how long a print may stay unconfirmed (at least 5 s)
     * @return this builder
     */
    public Builder printTimeout(Duration value) {
      this.printTimeout = value;
      return this;
    }

    /**
     * @param value how long idempotency keys are kept (at least 24 h)
     * @return this builder
     */
    public Builder idempotencyRetention(Duration value) {
      this.idempotencyRetention = value;
      return this;
    }

    /**
     * @param value how long history is kept (at least 1 day)
     * @return this builder
     */
    public Builder historyRetention(Duration value) {
      this.historyRetention = value;
      return this;
    }

    /**
     * @param value where a ticket enters its next journey step's queue
     * @return this builder
     */
    public Builder journeyPosition(Position value) {
      this.journeyPosition = value;
      return this;
    }

    /**
     * @param samples recent serving times used (1–1000)
     * @param minSamples fewer than this and the target serving time is used
     * @param lookback how far back samples are taken
     * @return this builder
     */
    public Builder waitEstimate(int samples, int minSamples, Duration lookback) {
      this.ewtSamples = samples;
      this.ewtMinSamples = minSamples;
      this.ewtLookback = lookback;
      return this;
    }

    /**
     * @param chime length of the chime
     * @param part length of one spoken part
     * @param gap silence between two announcements of a zone
     * @return this builder
     */
    public Builder announcementTiming(Duration chime, Duration part, Duration gap) {
      this.chime = chime;
      this.announcementPart = part;
      this.announcementGap = gap;
      return this;
    }

    /**
     * Builds the rules.
     *
     * @return the rules
     * @throws IllegalArgumentException naming the first bad setting
     */
    public QueueRules build() {
      return new QueueRules(recallLimit, noShowAfter, noShowGrace, maxPrecedenceStreak,
          bookedLead, printTimeout, idempotencyRetention, historyRetention, journeyPosition,
          ewtSamples, ewtMinSamples, ewtLookback, chime, announcementPart, announcementGap);
    }
  }
}
