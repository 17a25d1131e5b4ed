package id.mpp.sdk.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One result of a catalogue search.
 *
 * @param service the service found
 * @param agency the agency that delivers it
 * @param score the relevance, higher is better; comparable only within one search
 * @param matchedTerms the search terms (after folding, synonyms and stemming, for example
 *     {@code ktp} for "e-KTP") that the service matched, in query order
 */
public record SearchHit(ServiceDefinition service, Agency agency, double score,
    List<String> matchedTerms) {

  /** Checks and copies. */
  public SearchHit {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(agency, "agency");
    matchedTerms = List.copyOf(matchedTerms);
  }
}
