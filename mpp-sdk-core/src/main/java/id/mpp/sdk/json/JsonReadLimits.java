package id.mpp.sdk.json;

/**
 * Limits applied while reading JSON, so that a hostile or broken payload fails fast before it is
 * bound to any object (OWASP API4 and API10).
 *
 * @param maxNestingDepth deepest nesting of objects and arrays
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxDocumentLength largest document, in bytes (or characters for text input)
 * @param maxNameLength longest property name, in characters
 * @param rejectDuplicateKeys whether an object with the same key twice is rejected
 */
public record JsonReadLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    long maxDocumentLength,
    int maxNameLength,
    boolean rejectDuplicateKeys) {

  /** Checks that every limit is positive. */
  public JsonReadLimits {
    requirePositive(maxNestingDepth, "maxNestingDepth");
    requirePositive(maxStringLength, "maxStringLength");
    requirePositive(maxNumberLength, "maxNumberLength");
    requirePositive(maxDocumentLength, "maxDocumentLength");
    requirePositive(maxNameLength, "maxNameLength");
  }

  /**
   * The SDK's defaults: depth 64, strings up to 1 MB, numbers up to 64 digits, documents up to
   * 2 MB, names up to 1,000 characters, duplicate keys rejected.
   *
   * @return the default limits
   */
  public static JsonReadLimits defaults() {
    return new JsonReadLimits(64, 1_000_000, 64, 2_000_000, 1_000, true);
  }

  /**
   * Returns a copy with another document size limit, for agencies that send large documents.
   *
   * @param bytes the new limit
   * @return the changed limits
   */
  public JsonReadLimits withMaxDocumentLength(long bytes) {
    return new JsonReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, bytes,
        maxNameLength, rejectDuplicateKeys);
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
