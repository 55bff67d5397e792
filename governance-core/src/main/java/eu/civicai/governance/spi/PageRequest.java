package eu.civicai.governance.spi;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;

/**
 * Which page of a query to return: the items after a key (exclusive), at most {@code limit} of
 * them. Immutable.
 *
 * @param after the key of the last item already seen ({@link StoredUsage#key()}), or {@code ""} for
 *     the first page
 * @param limit how many items at most, from 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(String after, int limit) {
  /** The largest page a store returns. */
  public static final int MAX_LIMIT = 10_000;

  /**
   * Checks the components.
   *
   * @throws InvalidInputException {@code min} or {@code max} when the limit is out of range
   */
  public PageRequest {
    Check.notNull("after", after);
    if (limit < 1) {
      throw new InvalidInputException("limit", "min", limit, 1);
    }
    if (limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "max", limit, MAX_LIMIT);
    }
  }

  /** Returns the first page of at most {@code limit} items. */
  public static PageRequest first(int limit) {
    return new PageRequest("", limit);
  }

  /** Returns the page of at most {@code limit} items after {@code key}. */
  public static PageRequest after(String key, int limit) {
    return new PageRequest(key, limit);
  }
}
