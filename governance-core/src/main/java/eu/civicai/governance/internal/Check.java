package eu.civicai.governance.internal;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.text.Slugs;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small checks shared by builders and compact constructors, each naming the field it checks. */
public final class Check {
  private Check() {}

  /** Returns {@code value}, or throws {@code notNull} naming {@code field}. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "notNull");
    }
    return value;
  }

  /** Returns an unmodifiable copy of a list that must not be null nor hold null elements. */
  public static <T> List<T> list(String field, Collection<? extends T> values) {
    notNull(field, values);
    try {
      // List.copyOf returns List.of lists as they are (they hold no null) and checks the others
      // while copying: one pass at most. Records are built from such lists at every level.
      return List.copyOf(values);
    } catch (NullPointerException nullElement) {
      int i = 0;
      for (T value : values) {
        if (value == null) {
          throw new InvalidInputException(field + "[" + i + "]", "notNull");
        }
        i++;
      }
      throw nullElement; // not from an element: a bug of the collection itself
    }
  }

  /** Returns an unmodifiable copy of a set that must not be null nor hold null elements. */
  public static <T> Set<T> set(String field, Collection<? extends T> values) {
    return Set.copyOf(list(field, values));
  }

  /**
   * Returns an unmodifiable copy of a map without null keys or values, sorted by key, so that
   * iteration, equality and text form never depend on hashing (report content hashes walk maps in
   * iteration order).
   */
  public static <K extends Comparable<? super K>, V> Map<K, V> map(
      String field, Map<? extends K, ? extends V> values) {
    notNull(field, values);
    java.util.TreeMap<K, V> sorted = new java.util.TreeMap<>();
    for (Map.Entry<? extends K, ? extends V> e : values.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new InvalidInputException(field + "[" + e.getKey() + "]", "notNull");
      }
      sorted.put(e.getKey(), e.getValue());
    }
    return java.util.Collections.unmodifiableMap(sorted);
  }

  /** Null becomes an empty list; otherwise as {@link #list}. For record components. */
  public static <T> List<T> listOrEmpty(String field, Collection<? extends T> values) {
    return values == null ? List.of() : list(field, values);
  }

  /** Throws {@code notBlank} unless the text has a non-blank character. */
  public static String notBlank(String field, String value) {
    // A visible ASCII first character settles it without scanning (ids and names start so).
    if (value != null && !value.isEmpty() && value.charAt(0) > ' ' && value.charAt(0) < 0x7f) {
      return value;
    }
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "notBlank", value);
    }
    return value;
  }

  /** Throws when a call would set a single-valued option a second time, hiding a bug. */
  public static void notYetSet(String field, Object current) {
    if (current != null) {
      throw new InvalidInputException(field, "alreadySet");
    }
  }

  /**
   * Throws {@code slug} naming {@code field} unless {@code value} is a slug: lower-case ASCII
   * letters, digits and single hyphens, 1 to 64 characters, not starting or ending with a hyphen.
   */
  public static String slug(String field, String value) {
    notNull(field, value);
    if (!Slugs.isSlug(value)) {
      throw new InvalidInputException(field, "slug", value);
    }
    return value;
  }
}
