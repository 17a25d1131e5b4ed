/**
 * The example agency of the how-tos and the day: a city's licensing office (DPMPTSP), its
 * adapter ({@link id.mpp.sdk.examples.perizinan.PerizinanAdapterProvider}) and the simulator of
 * its backend ({@link id.mpp.sdk.examples.perizinan.PerizinanSimulator}).
 */
package id.mpp.sdk.examples.perizinan;
