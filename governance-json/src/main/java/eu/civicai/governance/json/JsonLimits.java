package eu.civicai.governance.json;

import eu.civicai.governance.InvalidInputException;

/**
 * Limits on what the reader accepts, set on the library's own parser factory (never the JVM-wide
 * Jackson defaults). The defaults suit documents of a collectivité; raise {@link
 * #maxDocumentLength} for large registers and ledgers read in streaming mode. Every limit, with the
 * rules the model itself sets (text lengths, single-line texts, addresses, periods), is listed in
 * {@code docs/limits.md}.
 *
 * <p>Number limits bound both how a number is written and what it stands for: {@code 1e999999999}
 * has one digit but a billion digits before its point, and would make arithmetic or rendering
 * expand it. Such a number is refused with the rule {@code json.numberRange} and its JSON Pointer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxDepth the deepest nesting of objects and arrays (default 64)
 * @param maxDocumentLength the longest document, in characters (default 64 MiB)
 * @param maxStringLength the longest string, in characters (default 1 MiB)
 * @param maxNumberLength the most characters of a number as written (default 64)
 * @param maxNameLength the longest property name (default 256)
 * @param maxIntegerDigits the most digits a number may have before its decimal point once its
 *     exponent is applied: {@code 1e30} has 31 (default 64)
 * @param maxFractionDigits the most digits a number may have after its decimal point once its
 *     exponent is applied: {@code 1e-30} has 30 (default 64)
 */
public record JsonLimits(
    int maxDepth,
    long maxDocumentLength,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    int maxIntegerDigits,
    int maxFractionDigits) {

  /** The default number of digits on either side of a number's decimal point. */
  public static final int DEFAULT_NUMBER_DIGITS = 64;

  /** The defaults. */
  public static final JsonLimits DEFAULTS =
      new JsonLimits(64, 64L << 20, 1 << 20, 64, 256, DEFAULT_NUMBER_DIGITS, DEFAULT_NUMBER_DIGITS);

  /**
   * Checks that every limit is positive.
   *
   * @throws InvalidInputException with rule {@code positive} naming the limit
   */
  public JsonLimits {
    positive("maxDepth", maxDepth);
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxNameLength", maxNameLength);
    positive("maxIntegerDigits", maxIntegerDigits);
    positive("maxFractionDigits", maxFractionDigits);
  }

  /**
   * Limits with the default number digits ({@value #DEFAULT_NUMBER_DIGITS} on either side), for
   * callers written before those limits existed.
   */
  public JsonLimits(
      int maxDepth,
      long maxDocumentLength,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength) {
    this(
        maxDepth,
        maxDocumentLength,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        DEFAULT_NUMBER_DIGITS,
        DEFAULT_NUMBER_DIGITS);
  }

  /** Returns a copy with another maximum document length (use -1 for none, in streaming). */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(
        maxDepth,
        value == -1 ? Long.MAX_VALUE : value,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxIntegerDigits,
        maxFractionDigits);
  }

  /** Returns a copy with another maximum depth. */
  public JsonLimits withMaxDepth(int value) {
    return new JsonLimits(
        value,
        maxDocumentLength,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxIntegerDigits,
        maxFractionDigits);
  }

  /** Returns a copy with another maximum string length. */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(
        maxDepth,
        maxDocumentLength,
        value,
        maxNumberLength,
        maxNameLength,
        maxIntegerDigits,
        maxFractionDigits);
  }

  /**
   * Returns a copy with other bounds on a number's digits before and after its decimal point. The
   * model refuses more than 1000 on either side whatever these say.
   */
  public JsonLimits withNumberDigits(int integerDigits, int fractionDigits) {
    return new JsonLimits(
        maxDepth,
        maxDocumentLength,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        integerDigits,
        fractionDigits);
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidInputException(field, "positive", value);
    }
  }
}
