/**
 * The hub: wiring of catalogue, queue, tracking, survey, reports and agency adapters for one MPP
 * site, and the {@link id.mpp.sdk.hub.Stores} it runs on (in-memory by default, PostgreSQL
 * through a {@link id.mpp.sdk.hub.StoresProvider} from {@code mpp-sdk-jdbc}).
 */
package id.mpp.sdk.hub;
