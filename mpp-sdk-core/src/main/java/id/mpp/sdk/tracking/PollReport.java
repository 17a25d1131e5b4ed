package id.mpp.sdk.tracking;

/**
 * What one polling run did.
 *
 * @param checked applications whose status was asked
 * @param changed applications whose status changed
 * @param failed applications whose status could not be asked or applied
 */
public record PollReport(int checked, int changed, int failed) {
}
