package id.mpp.sdk.adapter;

/** The configuration of an adapter that needs no settings. */
public record NoConfig() {
}
