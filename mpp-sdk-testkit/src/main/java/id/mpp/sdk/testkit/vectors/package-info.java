/**
 * Known-answer vectors for agency security schemes (BPJS Kesehatan signatures and response
 * encryption, LZ-String, Bank Indonesia SNAP signatures), computed outside the SDK.
 */
package id.mpp.sdk.testkit.vectors;
