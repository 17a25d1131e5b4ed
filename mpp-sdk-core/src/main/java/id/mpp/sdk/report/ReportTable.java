package id.mpp.sdk.report;

/**
 * The tables of an {@link MppReport}, each exported as one CSV file by
 * {@link ReportExport#csv(MppReport, ReportTable, java.util.Locale)} and shown in the HTML page.
 */
public enum ReportTable {

  /** The headline figures: visitors, tickets, no-show rate, times, IKM, sample. */
  SUMMARY("summary"),
  /** Tickets, no-shows and times per service. */
  QUEUE_BY_SERVICE("queue-by-service"),
  /** Tickets per agency. */
  QUEUE_BY_AGENCY("queue-by-agency"),
  /** Waiting and serving times per service and hour of the day. */
  TIMES_BY_HOUR("times-by-hour"),
  /** Applications by current status. */
  APPLICATIONS_BY_STATUS("applications-by-status"),
  /** SLA compliance per service. */
  SLA_BY_SERVICE("sla-by-service"),
  /** The overdue applications. */
  OVERDUE("overdue"),
  /** The IKM per agency, with the element to improve first. */
  IKM_BY_AGENCY("ikm-by-agency"),
  /** The IKM per service, with the element to improve first. */
  IKM_BY_SERVICE("ikm-by-service"),
  /** The site's IKM element by element (NRR per unsur). */
  IKM_ELEMENTS("ikm-elements");

  private final String fileStem;

  ReportTable(String fileStem) {
    this.fileStem = fileStem;
  }

  /**
   * The table's file name for a CSV export.
   *
   * @return for example {@code queue-by-service.csv}
   */
  public String fileName() {
    return fileStem + ".csv";
  }

  /**
   * The table's stable id, also the id of its section in the HTML page.
   *
   * @return for example {@code queue-by-service}
   */
  public String id() {
    return fileStem;
  }
}
