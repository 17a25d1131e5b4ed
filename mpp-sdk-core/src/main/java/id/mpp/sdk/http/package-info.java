/**
 * The agency HTTP client: {@link id.mpp.sdk.http.AgencyHttpClient}, configured by
 * {@link id.mpp.sdk.http.AgencyHttpConfig} and {@link id.mpp.sdk.http.ResilienceConfig},
 * authenticated by an {@link id.mpp.sdk.http.AuthScheme}, observed by an
 * {@link id.mpp.sdk.http.AgencyCallListener}. Built on OkHttp, Jackson and Resilience4j; none of
 * their types appears in this package except the one documented escape hatch
 * {@link id.mpp.sdk.http.AgencyHttpClient#okHttpClient()}. The implementation lives in
 * {@code id.mpp.sdk.internal.http}.
 */
package id.mpp.sdk.http;
