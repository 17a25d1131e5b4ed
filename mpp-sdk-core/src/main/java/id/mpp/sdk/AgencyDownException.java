package id.mpp.sdk;

import java.util.Locale;
import java.util.Objects;

/**
 * The hub did not issue a ticket because the agency that serves the service is DOWN (its
 * adapter's health): the visitor could not be served at its counter. Nothing was written and no
 * call was made; retry when the agency is back. {@link #citizenMessage(Locale)} is the text for
 * the kiosk or the officer to read out, in Bahasa Indonesia or English.
 */
public class AgencyDownException extends AgencyUnavailableException {

  private static final long serialVersionUID = 1L;

  private final String service;
  private final String reasonIndonesian;
  private final String reasonEnglish;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency that is down, for example {@code "bpjs-kesehatan"}
   * @param service the code of the service a ticket was asked for
   * @param reasonIndonesian the agency's reason in Bahasa Indonesia, readable by citizens
   * @param reasonEnglish the agency's reason in English, readable by citizens
   */
  public AgencyDownException(String agencyId, String service, String reasonIndonesian,
      String reasonEnglish) {
    super(agencyId, null, "its system is down, so no ticket is issued for service '"
        + Objects.requireNonNull(service, "service") + "' until it is back (" + reasonEnglish
        + ")", false, null);
    this.service = service;
    this.reasonIndonesian = Objects.requireNonNull(reasonIndonesian, "reasonIndonesian");
    this.reasonEnglish = Objects.requireNonNull(reasonEnglish, "reasonEnglish");
  }

  /** @return the code of the service a ticket was asked for */
  public String service() {
    return service;
  }

  /**
   * The message for the visitor.
   *
   * @param locale {@code id} (or the legacy {@code in}) for Bahasa Indonesia, otherwise English
   * @return what to tell the visitor, without any technical detail
   */
  public String citizenMessage(Locale locale) {
    String language = locale.getLanguage();
    if ("id".equals(language) || "in".equals(language)) {
      return "Nomor antrean layanan ini sementara tidak dapat diambil. " + reasonIndonesian;
    }
    return "Tickets for this service cannot be taken at the moment. " + reasonEnglish;
  }
}
