/**
 * Application tracking (tracking layanan): applications (permohonan), tracking numbers, the
 * canonical statuses and each service's state machine, status events, the SLA clock in working
 * days, the submission outbox and status updates by polling or signed webhooks.
 */
package id.mpp.sdk.tracking;
