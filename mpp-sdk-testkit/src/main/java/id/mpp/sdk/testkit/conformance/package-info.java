/**
 * The adapter conformance kit: abstract JUnit 5 test classes an adapter author extends once
 * ({@link id.mpp.sdk.testkit.conformance.AgencyAdapterContractTest} and one per capability), each
 * test carrying a contract id listed in {@code docs/en/contract-ids.md}; and
 * {@link id.mpp.sdk.testkit.conformance.LogCapture} for privacy checks of log output.
 */
package id.mpp.sdk.testkit.conformance;
