/**
 * The MPP's reports for a day, a month or a year: visitors, tickets per service and agency,
 * waiting and serving times (p50, p90) per service and hour, no-show rate, applications by status,
 * SLA compliance per service, the overdue list and the IKM per unit.
 *
 * <p>{@link id.mpp.sdk.report.MppReport} is the report itself (a wire document);
 * {@link id.mpp.sdk.report.ReportExport} writes it as JSON, as CSV tables (RFC 4180, guarded
 * against spreadsheet formula injection) or as one self-contained HTML page with inline SVG charts
 * that opens offline, in Bahasa Indonesia or English.
 */
package id.mpp.sdk.report;
