package id.mpp.sdk.tracking;

/**
 * What one run of the outbox relay did.
 *
 * @param claimed messages taken from the outbox
 * @param sent acknowledged and marked sent
 * @param retried failed and scheduled again
 * @param deadLettered given up and parked for an operator
 * @param rejected refused by the agency, a final answer
 * @param discarded no longer needed
 * @param abandoned left to another relay (the lease was lost) or to the next run (the store
 *     failed while recording the outcome)
 */
public record RelayReport(int claimed, int sent, int retried, int deadLettered, int rejected,
    int discarded, int abandoned) {
}
