package id.mpp.sdk.internal.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable in-memory full-text index ranked by BM25F: each document has weighted fields (a
 * match in a name weighs more than one in a summary); term frequencies are normalised by field
 * length, combined with the field weights, saturated ({@code k1}) and multiplied by the term's
 * inverse document frequency. Ties are broken by document id, so the order is deterministic.
 *
 * <p>Thread-safe once built.
 */
public final class TextIndex {

  /** Term-frequency saturation. */
  static final double K1 = 1.2;
  /**
   * A field of the indexed documents.
   *
   * @param name the field name
   * @param weight how much a match in it counts, for example 2.0 for a name
   * @param lengthNormalization BM25's {@code b} for this field, 0 to 1: how much a long field is
   *     discounted (0 for lists of variants, where more entries do not dilute a match)
   * @param distinctTerms whether each term counts once in this field however often it occurs, for
   *     lists of variants such as keywords ("ktp", "e-ktp", "ktp-el" should not weigh three times)
   */
  public record Field(String name, double weight, double lengthNormalization,
      boolean distinctTerms) {
    /** Checks the values. */
    public Field {
      Objects.requireNonNull(name, "name");
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive");
      }
      if (!(lengthNormalization >= 0 && lengthNormalization <= 1)) {
        throw new IllegalArgumentException("lengthNormalization must be between 0 and 1");
      }
    }
  }

  /**
   * One result.
   *
   * @param id the document id
   * @param score the relevance, higher is better
   * @param matchedTerms the query terms the document contains, in query order
   */
  public record Hit(String id, double score, List<String> matchedTerms) {
    /** Copies the terms. */
    public Hit {
      matchedTerms = List.copyOf(matchedTerms);
    }
  }

  private record Doc(String id, List<Map<String, Integer>> termCounts, int[] lengths) {
  }

  private final IndonesianAnalyzer analyzer;
  private final List<Field> fields;
  private final List<Doc> docs;
  private final double[] averageLengths;
  private final Map<String, Integer> documentFrequency;

  private TextIndex(IndonesianAnalyzer analyzer, List<Field> fields, List<Doc> docs) {
    this.analyzer = analyzer;
    this.fields = fields;
    this.docs = docs;
    this.averageLengths = new double[fields.size()];
    Map<String, Integer> df = new HashMap<>();
    for (Doc doc : docs) {
      Set<String> seen = new LinkedHashSet<>();
      for (int f = 0; f < fields.size(); f++) {
        averageLengths[f] += doc.lengths()[f];
        seen.addAll(doc.termCounts().get(f).keySet());
      }
      for (String term : seen) {
        df.merge(term, 1, Integer::sum);
      }
    }
    for (int f = 0; f < fields.size(); f++) {
      averageLengths[f] = docs.isEmpty() ? 0 : averageLengths[f] / docs.size();
    }
    this.documentFrequency = Map.copyOf(df);
  }

  /**
   * Starts an index.
   *
   * @param analyzer the analyzer for documents and queries
   * @param fields the fields, in the order their texts are given to {@link Builder#add}
   * @return a builder
   */
  public static Builder builder(IndonesianAnalyzer analyzer, List<Field> fields) {
    return new Builder(analyzer, fields);
  }

  /** Collects documents; not thread-safe. */
  public static final class Builder {
    private final IndonesianAnalyzer analyzer;
    private final List<Field> fields;
    private final List<Doc> docs = new ArrayList<>();

    private Builder(IndonesianAnalyzer analyzer, List<Field> fields) {
      this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
      this.fields = List.copyOf(fields);
    }

    /**
     * Adds a document.
     *
     * @param id its id, unique
     * @param texts for each field, in field order, the texts of that field (each analysed on its
     *     own, so phrases never run across two texts)
     * @return this builder
     */
    public Builder add(String id, List<List<String>> texts) {
      if (texts.size() != fields.size()) {
        throw new IllegalArgumentException("expected " + fields.size() + " fields");
      }
      List<Map<String, Integer>> counts = new ArrayList<>();
      int[] lengths = new int[fields.size()];
      for (int f = 0; f < fields.size(); f++) {
        Map<String, Integer> c = new HashMap<>();
        for (String text : texts.get(f)) {
          if (text == null) {
            continue;
          }
          for (String term : analyzer.terms(text)) {
            if (fields.get(f).distinctTerms()) {
              c.put(term, 1);
            } else {
              c.merge(term, 1, Integer::sum);
            }
          }
        }
        lengths[f] = c.values().stream().mapToInt(Integer::intValue).sum();
        counts.add(Map.copyOf(c));
      }
      docs.add(new Doc(id, List.copyOf(counts), lengths));
      return this;
    }

    /** @return the index */
    public TextIndex build() {
      return new TextIndex(analyzer, fields, List.copyOf(docs));
    }
  }

  /**
   * The distinct terms of a query, in order.
   *
   * @param query the query text
   * @return its terms
   */
  public List<String> queryTerms(String query) {
    return List.copyOf(new LinkedHashSet<>(analyzer.terms(query)));
  }

  /**
   * Searches.
   *
   * @param query the query text
   * @param include which document ids may be returned
   * @param limit the most hits to return
   * @return the hits, best first; ties by id
   */
  public List<Hit> search(String query, Predicate<String> include, int limit) {
    List<String> terms = queryTerms(query);
    if (terms.isEmpty()) {
      return List.of();
    }
    double n = docs.size();
    List<Hit> hits = new ArrayList<>();
    for (Doc doc : docs) {
      if (!include.test(doc.id())) {
        continue;
      }
      double score = 0;
      List<String> matched = new ArrayList<>();
      for (String term : terms) {
        double tf = 0;
        for (int f = 0; f < fields.size(); f++) {
          Integer count = doc.termCounts().get(f).get(term);
          if (count == null) {
            continue;
          }
          double b = fields.get(f).lengthNormalization();
          double norm = averageLengths[f] == 0 ? 1
              : 1 - b + b * doc.lengths()[f] / averageLengths[f];
          tf += fields.get(f).weight() * count / norm;
        }
        if (tf == 0) {
          continue;
        }
        double df = documentFrequency.getOrDefault(term, 0);
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += idf * tf * (K1 + 1) / (K1 + tf);
        matched.add(term);
      }
      if (score > 0) {
        hits.add(new Hit(doc.id(), score, matched));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id));
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
  }
}
