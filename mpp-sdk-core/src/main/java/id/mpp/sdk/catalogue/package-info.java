/**
 * The service catalogue: agencies, their public services (layanan) with every Standar Pelayanan
 * component as structured data, search in a citizen's own words, and the completeness check of the
 * published components.
 */
package id.mpp.sdk.catalogue;
