package eu.civicai.governance.json.internal;

import eu.civicai.governance.charter.Fact;
import eu.civicai.governance.charter.Facts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The facts of the vocabulary nearest to a name that is not one of them, for "did you mean…?": the
 * three closest by edit distance (ties by name), a fact ending with the same word first.
 */
final class FactSuggestions {
  private static final Pattern PRINTABLE = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");

  private FactSuggestions() {}

  /** Whether a fact of that name exists. */
  static boolean known(String name) {
    return Facts.find(name).isPresent();
  }

  /**
   * The name as a message may show it: a plain identifier, or {@code ?} (a message quotes no raw
   * input).
   */
  static String shown(String name) {
    return PRINTABLE.matcher(name).matches() ? name : "?";
  }

  /** The nearest facts, as {@code `a`, `b`, `c`}. */
  static String nearest(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1);
    List<String> names = new ArrayList<>();
    for (Fact f : Facts.vocabulary()) {
      names.add(f.name());
    }
    String cut = name.length() > 100 ? name.substring(0, 100) : name;
    return names.stream()
        .sorted(
            Comparator.<String>comparingInt(n -> n.endsWith("." + last) && !last.isEmpty() ? 0 : 1)
                .thenComparingInt(n -> distance(cut, n))
                .thenComparing(Comparator.naturalOrder()))
        .limit(3)
        .map(n -> "`" + n + "`")
        .collect(Collectors.joining(", "));
  }

  /** Levenshtein distance, case-insensitive. */
  static int distance(String a, String b) {
    a = a.toLowerCase(java.util.Locale.ROOT);
    b = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
