/**
 * The simulated MPP day: {@link id.mpp.sdk.examples.day.MppDay} on the hub, the agency
 * simulators and a seeded day of visitors. Each agency is one entry of {@code DayAgencies}.
 */
package id.mpp.sdk.examples.day;
