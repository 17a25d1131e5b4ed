package id.mpp.sdk.tracking;

/**
 * What one run of the SLA monitor escalated.
 *
 * @param nearBreach applications escalated as near breach
 * @param overdue applications escalated as overdue
 */
public record SlaReport(int nearBreach, int overdue) {
}
