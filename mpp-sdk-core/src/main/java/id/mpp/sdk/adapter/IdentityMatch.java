package id.mpp.sdk.adapter;

import java.util.Map;

/**
 * The agency's answer to an {@link IdentityCheck}: whether the NIK exists and, per element, a
 * match result and score. Never the record itself.
 *
 * @param nikFound whether the agency has a record for the NIK
 * @param elements the result per checked element; empty when the NIK was not found
 */
public record IdentityMatch(boolean nikFound, Map<IdentityElement, ElementMatch> elements) {

  /** Copies the results. */
  public IdentityMatch {
    elements = Map.copyOf(elements);
    if (!nikFound && !elements.isEmpty()) {
      throw new IllegalArgumentException("elements must be empty when the NIK was not found");
    }
  }

  /** @return whether the NIK was found and every checked element matched */
  public boolean matchedAll() {
    return nikFound && !elements.isEmpty()
        && elements.values().stream().allMatch(ElementMatch::matched);
  }
}
