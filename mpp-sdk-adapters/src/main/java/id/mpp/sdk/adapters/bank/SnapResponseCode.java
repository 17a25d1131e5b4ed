package id.mpp.sdk.adapters.bank;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SNAP {@code responseCode}: seven digits, the HTTP status (3), the service code (2) and the
 * case code (2). For example {@code 2002400} is a successful VA inquiry and {@code 4042514} a
 * payment for a bill that is already paid.
 *
 * @param httpStatus the HTTP status, 100–599
 * @param serviceCode the service code, two digits (24 VA inquiry, 25 VA payment, 73 B2B token …)
 * @param caseCode the case code, two digits
 */
record SnapResponseCode(int httpStatus, String serviceCode, String caseCode) {

  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

  /** Service code of the B2B access token. */
  static final String SERVICE_B2B_TOKEN = "73";
  /** Service code of the VA inquiry. */
  static final String SERVICE_VA_INQUIRY = "24";
  /** Service code of the VA payment. */
  static final String SERVICE_VA_PAYMENT = "25";
  /** Service code of the VA inquiry status. */
  static final String SERVICE_VA_STATUS = "26";
  /** Service code of Create VA. */
  static final String SERVICE_CREATE_VA = "27";

  SnapResponseCode {
    if (httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("SNAP response code must start with an HTTP status");
    }
    if (!TWO_DIGITS.matcher(Objects.requireNonNull(serviceCode, "serviceCode")).matches()
        || !TWO_DIGITS.matcher(Objects.requireNonNull(caseCode, "caseCode")).matches()) {
      throw new IllegalArgumentException("SNAP service and case codes must be two digits each");
    }
  }

  /**
   * Builds a code.
   *
   * @param httpStatus the HTTP status
   * @param serviceCode the service code
   * @param caseCode the case code
   * @return the code
   */
  static SnapResponseCode of(int httpStatus, String serviceCode, String caseCode) {
    return new SnapResponseCode(httpStatus, serviceCode, caseCode);
  }

  /**
   * Parses a seven-digit response code.
   *
   * @param text for example {@code 2002400}
   * @return the code
   * @throws IllegalArgumentException if the text is not seven digits starting with an HTTP status
   */
  static SnapResponseCode parse(String text) {
    if (text == null || !text.matches("\\d{7}")) {
      throw new IllegalArgumentException("SNAP responseCode must be 7 digits");
    }
    return new SnapResponseCode(Integer.parseInt(text.substring(0, 3)), text.substring(3, 5),
        text.substring(5, 7));
  }

  /** @return whether the HTTP status part is 2xx */
  boolean isSuccess() {
    return httpStatus >= 200 && httpStatus < 300;
  }

  /**
   * Whether this is a given case.
   *
   * @param status the HTTP status
   * @param caseCode the case code
   * @return whether both match, whatever the service code
   */
  boolean is(int status, String caseCode) {
    return httpStatus == status && this.caseCode.equals(caseCode);
  }

  /** @return the seven digits */
  @Override
  public String toString() {
    return httpStatus + serviceCode + caseCode;
  }
}
