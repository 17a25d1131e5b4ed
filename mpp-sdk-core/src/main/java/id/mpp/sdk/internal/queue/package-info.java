/**
 * Implementation of the queue: the in-memory store, the state-machine table, the weighted round,
 * the Indonesian phrase builder, the waiting-time estimator and the KPI calculator. Not part of
 * the public API; may change in any release.
 */
package id.mpp.sdk.internal.queue;
