package id.mpp.sdk.queue;

/**
 * What a {@link QueueDesk#sweep()} did.
 *
 * @param delaysElapsed delayed tickets that became callable
 * @param printTimeouts tickets cancelled because their print was never confirmed
 * @param ticketsExpired tickets expired at closing time or day end
 * @param bookingsExpired bookings whose check-in window closed
 * @param purged old history rows deleted
 */
public record SweepReport(int delaysElapsed, int printTimeouts, int ticketsExpired,
    int bookingsExpired, int purged) {
}
