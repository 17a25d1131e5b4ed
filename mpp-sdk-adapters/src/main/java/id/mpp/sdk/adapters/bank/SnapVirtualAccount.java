package id.mpp.sdk.adapters.bank;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SNAP virtual account number: {@code partnerServiceId} (the company code, left-padded with
 * spaces to exactly 8 characters) followed by {@code customerNo} (at most 20 characters); the
 * whole {@code virtualAccountNo} is at most 28 characters.
 *
 * @param partnerServiceId the padded company code, exactly 8 characters
 * @param customerNo the customer number, 1–20 digits
 */
record SnapVirtualAccount(String partnerServiceId, String customerNo) {

  private static final Pattern COMPANY_CODE = Pattern.compile("\\d{1,8}");
  private static final Pattern CUSTOMER_NO = Pattern.compile("\\d{1,20}");

  SnapVirtualAccount {
    Objects.requireNonNull(partnerServiceId, "partnerServiceId");
    Objects.requireNonNull(customerNo, "customerNo");
    if (partnerServiceId.length() != 8
        || !COMPANY_CODE.matcher(partnerServiceId.stripLeading()).matches()) {
      throw new IllegalArgumentException("partnerServiceId must be 1-8 digits left-padded with "
          + "spaces to 8 characters");
    }
    if (!CUSTOMER_NO.matcher(customerNo).matches()) {
      throw new IllegalArgumentException("customerNo must be 1-20 digits");
    }
  }

  /**
   * Builds a virtual account from the company code and the customer number.
   *
   * @param companyCode the bank-issued company code, 1–8 digits, unpadded
   * @param customerNo the customer number, 1–20 digits
   * @return the account
   */
  static SnapVirtualAccount of(String companyCode, String customerNo) {
    return new SnapVirtualAccount(padPartnerServiceId(companyCode), customerNo);
  }

  /**
   * Left-pads a company code with spaces to 8 characters, as {@code partnerServiceId} must be.
   *
   * @param companyCode 1–8 digits
   * @return the padded value
   * @throws IllegalArgumentException if the code is not 1–8 digits
   */
  static String padPartnerServiceId(String companyCode) {
    if (companyCode == null || !COMPANY_CODE.matcher(companyCode).matches()) {
      throw new IllegalArgumentException("company code must be 1-8 digits");
    }
    return " ".repeat(8 - companyCode.length()) + companyCode;
  }

  /** @return {@code partnerServiceId + customerNo} */
  String virtualAccountNo() {
    return partnerServiceId + customerNo;
  }
}
