/**
 * JSON for the whole SDK: {@link id.mpp.sdk.json.MppJson}, the one configured codec with read
 * limits, and {@link id.mpp.sdk.json.WireDocument}, the versioned envelope
 * ({@code apiVersion: mpp.sdk/v1}, {@code kind}) of every top-level wire document.
 */
package id.mpp.sdk.json;
