package eu.civicai.governance.spi;

import eu.civicai.governance.internal.Check;
import java.util.List;
import java.util.Optional;

/**
 * One page of a query's results, in key order, and the key to ask for the next one. Paging is by
 * key, not by offset: a page costs the same wherever it is, and rows added meanwhile are neither
 * skipped nor repeated. Immutable.
 *
 * @param items the results, at most the requested limit
 * @param next the key of the last item when more may follow, to pass to {@link
 *     PageRequest#after(String, int)}; empty on the last page
 * @param <T> the type of the items
 */
public record Page<T>(List<T> items, Optional<String> next) {

  /** Checks and copies. */
  public Page {
    items = Check.list("items", items);
    Check.notNull("next", next);
  }
}
