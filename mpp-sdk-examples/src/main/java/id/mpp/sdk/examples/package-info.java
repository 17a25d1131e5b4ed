/**
 * Runnable programs that show the SDK at work: the simulated MPP day
 * ({@link id.mpp.sdk.examples.day.MppDay}, the README's first command), the how-tos in
 * {@link id.mpp.sdk.examples.howto}, and {@link id.mpp.sdk.examples.CatalogueDemo}, which loads,
 * searches and checks the sample service catalogue.
 */
package id.mpp.sdk.examples;
