package id.mpp.sdk.examples.day;

import java.util.ArrayList;
import java.util.List;

/** The day's own counts, beside what the engines record. Used by the one driver thread. */
final class DayLedger {
  int visitors;
  int arrived;
  int walkIns;
  int bookings;
  int checkIns;
  int refused;
  int gaveUp;
  int applicationsCreated;
  long agencyCalls;
  long agencyCallsFailed;
  int paymentsMade;
  int skmResponses;
  /**
   * The failures the day absorbed without logging them (a failed agency call, a full booking
   * session, a ticket refused while an agency is down), so a test can read their messages.
   */
  final List<RuntimeException> absorbed = new ArrayList<>();
}
