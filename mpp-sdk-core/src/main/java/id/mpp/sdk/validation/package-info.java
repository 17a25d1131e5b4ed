/**
 * Validation for the whole SDK: {@link id.mpp.sdk.validation.MppValidator}, the one Jakarta
 * validator with messages in Bahasa Indonesia and English and no expression language, and the
 * Indonesian identifiers as value types and constraints: {@link id.mpp.sdk.validation.Nik},
 * {@link id.mpp.sdk.validation.NomorKk}, {@link id.mpp.sdk.validation.Npwp},
 * {@link id.mpp.sdk.validation.Nib}, {@link id.mpp.sdk.validation.NomorKartuBpjs},
 * {@link id.mpp.sdk.validation.Kpj}, {@link id.mpp.sdk.validation.PhoneNumber},
 * {@link id.mpp.sdk.validation.KodeWilayah} and {@link id.mpp.sdk.validation.KodePos}, each
 * with its {@code @Valid…} constraint. Only ASCII digits are accepted; value types mask personal
 * data in {@code toString}; a violation names the field and the rule, never the value.
 */
package id.mpp.sdk.validation;
