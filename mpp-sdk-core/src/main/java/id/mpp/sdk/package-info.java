/**
 * The root of the MPP SDK: the {@link id.mpp.sdk.MppException} hierarchy shared by every
 * package. Features live in their own packages ({@code catalogue}, {@code queue},
 * {@code tracking}, {@code survey}, {@code report}, {@code adapter}, {@code http}, {@code json},
 * {@code validation}, {@code time}, {@code hub}); implementations live under
 * {@code id.mpp.sdk.internal} and are not part of the public API.
 */
package id.mpp.sdk;
