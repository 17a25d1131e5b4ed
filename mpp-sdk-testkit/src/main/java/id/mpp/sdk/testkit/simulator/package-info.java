/**
 * Agency simulators on WireMock for tests: {@link id.mpp.sdk.testkit.simulator.AgencySimulator}
 * (routes, agency state, seeded faults, a bounded journal) and the JUnit 5
 * {@link id.mpp.sdk.testkit.simulator.AgencySimulatorExtension} that runs one per test class or
 * test method on a free loopback port.
 */
package id.mpp.sdk.testkit.simulator;
