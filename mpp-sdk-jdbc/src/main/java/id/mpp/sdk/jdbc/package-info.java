/**
 * PostgreSQL stores for the MPP SDK: the queue store and the tracking store (applications,
 * events, outbox, idempotency keys) over plain JDBC, a HikariCP pool and Flyway migrations, so
 * several hub instances — or the MPPs of a whole region — share one durable database.
 *
 * <p>Start at {@link id.mpp.sdk.jdbc.PostgresStores}; the hub builder finds
 * {@link id.mpp.sdk.jdbc.PostgresStoresProvider} by itself when this module is on the class
 * path. Failures are {@link id.mpp.sdk.jdbc.StoreException}s whose
 * {@link id.mpp.sdk.jdbc.StoreException#isRetryable()} says whether to try again.
 */
package id.mpp.sdk.jdbc;
