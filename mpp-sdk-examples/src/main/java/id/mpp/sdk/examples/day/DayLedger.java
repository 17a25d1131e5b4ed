package id.mpp.sdk.examples.day;

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
}
