/**
 * Runnable programs that show the SDK at work: {@link id.mpp.sdk.examples.CatalogueDemo} loads,
 * searches and checks the sample service catalogue.
 */
package id.mpp.sdk.examples;
