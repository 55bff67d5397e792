package eu.civicai.governance.json;

import eu.civicai.governance.InvalidInputException;

/**
 * Limits on what the reader accepts, set on the library's own parser factory (never the JVM-wide
 * Jackson defaults). The defaults suit documents of a collectivité; raise {@link
 * #maxDocumentLength} for large registers and ledgers read in streaming mode.
 *
 * @param maxDepth the deepest nesting of objects and arrays (default 64)
 * @param maxDocumentLength the longest document, in characters (default 64 MiB)
 * @param maxStringLength the longest string, in characters (default 1 MiB)
 * @param maxNumberLength the most digits in a number (default 64)
 * @param maxNameLength the longest property name (default 256)
 */
public record JsonLimits(
    int maxDepth,
    long maxDocumentLength,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength) {

  /** The defaults. */
  public static final JsonLimits DEFAULTS = new JsonLimits(64, 64L << 20, 1 << 20, 64, 256);

  /** Checks that every limit is positive. */
  public JsonLimits {
    positive("maxDepth", maxDepth);
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxNameLength", maxNameLength);
  }

  /** Returns a copy with another maximum document length (use -1 for none, in streaming). */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(
        maxDepth,
        value == -1 ? Long.MAX_VALUE : value,
        maxStringLength,
        maxNumberLength,
        maxNameLength);
  }

  /** Returns a copy with another maximum depth. */
  public JsonLimits withMaxDepth(int value) {
    return new JsonLimits(
        value, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength);
  }

  /** Returns a copy with another maximum string length. */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxDepth, maxDocumentLength, value, maxNumberLength, maxNameLength);
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidInputException(field, "positive", value);
    }
  }
}
