package eu.civicai.governance;

import eu.civicai.governance.internal.text.Slugs;

/**
 * The checks of the ids, here rather than in {@code internal.Check}: the root depends on no part of
 * the library above {@code internal.text}.
 */
final class Ids {
  private Ids() {}

  /** Returns {@code value}, or throws {@code notNull} naming {@code field}. */
  static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "notNull");
    }
    return value;
  }

  /** Returns {@code value}, or throws {@code notNull} or {@code slug} naming {@code field}. */
  static String slug(String field, String value) {
    notNull(field, value);
    if (!Slugs.isSlug(value)) {
      throw new InvalidInputException(field, "slug", value);
    }
    return value;
  }
}
