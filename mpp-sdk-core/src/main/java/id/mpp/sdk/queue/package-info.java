/**
 * The queue of an MPP site: agencies ({@link id.mpp.sdk.queue.QueueAgency}), the queues of their
 * services ({@link id.mpp.sdk.queue.ServiceQueue}), counters (loket,
 * {@link id.mpp.sdk.queue.Counter}), tickets with an enforced and audited state machine
 * ({@link id.mpp.sdk.queue.Ticket}, {@link id.mpp.sdk.queue.TicketTransition}), call-next with
 * priority classes and a starvation bound, transfers and journeys across agencies, announcements in
 * Bahasa Indonesia, events, waiting-time estimates and KPIs.
 *
 * <p>{@link id.mpp.sdk.queue.QueueDesk} is the engine; {@link id.mpp.sdk.queue.QueueStore} is the
 * persistence SPI ({@link id.mpp.sdk.queue.QueueStore#inMemory()} by default, PostgreSQL in
 * {@code mpp-sdk-jdbc}). The guide is {@code docs/en/queue.md} ({@code docs/id/queue.md} in Bahasa
 * Indonesia).
 */
package id.mpp.sdk.queue;
