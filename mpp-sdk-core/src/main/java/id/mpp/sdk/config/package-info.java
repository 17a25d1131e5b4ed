/**
 * Configuration records: {@link id.mpp.sdk.config.ConfigBinder} binds flat properties to a
 * record and reports every violation at once; {@link id.mpp.sdk.config.Secret} holds a secret
 * that never prints; {@link id.mpp.sdk.config.Setting} and
 * {@link id.mpp.sdk.config.SettingsTable} make the same record the documentation of its
 * settings.
 */
package id.mpp.sdk.config;
