package id.mpp.sdk.http;

/**
 * The agency's own error code and message, read from an error answer by an
 * {@link AgencyErrorDecoder}. Both end up in {@link id.mpp.sdk.AgencyRejectedException}.
 *
 * @param code the agency's code, or {@code null}
 * @param message the agency's message, or {@code null}; the SDK masks any 16-digit run in it and
 *     cuts it to 200 characters
 */
public record AgencyError(String code, String message) {
}
