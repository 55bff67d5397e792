package eu.civicai.governance.internal.text;

/** The shape of the library's ids, checked by the ids of the root package and by {@code Check}. */
public final class Slugs {
  private Slugs() {}

  /**
   * Whether {@code value} is a slug: lower-case ASCII letters, digits and single hyphens, 1 to 64
   * characters, not starting or ending with a hyphen.
   */
  public static boolean isSlug(String value) {
    int n = value.length();
    boolean ok = n > 0 && n <= 64 && value.charAt(0) != '-' && value.charAt(n - 1) != '-';
    char previous = 0;
    for (int i = 0; ok && i < n; i++) {
      char c = value.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
      previous = c;
    }
    return ok;
  }
}
