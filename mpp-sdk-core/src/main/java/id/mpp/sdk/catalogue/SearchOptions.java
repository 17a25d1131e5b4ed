package id.mpp.sdk.catalogue;

import id.mpp.sdk.MppValidationException;
import java.util.Arrays;
import java.util.Set;

/**
 * Options of one {@link Catalogue#search(String, SearchOptions)} call.
 *
 * <pre>{@code
 * SearchOptions.defaults().withLimit(3).withAgencies(AgencyId.of("dukcapil"));
 * }</pre>
 *
 * @param limit the most results to return, 1 to {@value #MAX_LIMIT}
 * @param agencies only services of these agencies; empty for every agency
 */
public record SearchOptions(int limit, Set<AgencyId> agencies) {

  /** The default number of results. */
  public static final int DEFAULT_LIMIT = 10;

  /** The largest number of results one search returns. */
  public static final int MAX_LIMIT = 100;

  /**
   * Checks the limit and copies the set.
   *
   * @throws MppValidationException if the limit is outside 1 to {@value #MAX_LIMIT}
   */
  public SearchOptions {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw MppValidationException.of("limit", "searchOptions.limit",
          "limit must be between 1 and " + MAX_LIMIT);
    }
    agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
  }

  /** @return {@value #DEFAULT_LIMIT} results from every agency */
  public static SearchOptions defaults() {
    return new SearchOptions(DEFAULT_LIMIT, Set.of());
  }

  /**
   * Returns a copy with another limit.
   *
   * @param limit 1 to {@value #MAX_LIMIT}
   * @return the changed options
   * @throws MppValidationException if the limit is out of range
   */
  public SearchOptions withLimit(int limit) {
    return new SearchOptions(limit, agencies);
  }

  /**
   * Returns a copy that searches only the services of these agencies.
   *
   * @param agencyIds the agencies; none for every agency
   * @return the changed options
   */
  public SearchOptions withAgencies(AgencyId... agencyIds) {
    return new SearchOptions(limit, Set.copyOf(Arrays.asList(agencyIds)));
  }
}
