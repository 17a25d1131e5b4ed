/**
 * Validation for the whole SDK: {@link id.mpp.sdk.validation.MppValidator}, the one Jakarta
 * validator with messages in Bahasa Indonesia and English and no expression language, and the
 * Indonesian identifiers as value types and constraints ({@link id.mpp.sdk.validation.Nik},
 * {@link id.mpp.sdk.validation.ValidNik}, …). Value types mask personal data in
 * {@code toString}.
 */
package id.mpp.sdk.validation;
