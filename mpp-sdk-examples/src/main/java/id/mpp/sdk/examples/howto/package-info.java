/**
 * Short runnable how-tos, each a small main class with a test that runs it: write your first
 * adapter ({@link id.mpp.sdk.examples.howto.FirstAdapter}), host adapters in a hub
 * ({@link id.mpp.sdk.examples.howto.HostAdapters}), test an adapter with the simulators
 * ({@link id.mpp.sdk.examples.howto.TestWithSimulators}), switch to PostgreSQL
 * ({@link id.mpp.sdk.examples.howto.SwitchToPostgres}). Run one with
 * {@code -Dexec.mainClass=id.mpp.sdk.examples.howto.FirstAdapter}.
 */
package id.mpp.sdk.examples.howto;
