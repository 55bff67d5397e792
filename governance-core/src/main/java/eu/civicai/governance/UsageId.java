package eu.civicai.governance;

/**
 * The stable id of an AI usage: a slug of lower-case ASCII letters, digits and single hyphens, 1 to
 * 64 characters, starting and ending with a letter or digit ({@code sicoval-detection-fuites}). It
 * never changes across revisions and is safe in file names and URLs.
 *
 * @param value the slug
 */
public record UsageId(String value) implements Comparable<UsageId> {

  /** Checks the slug. */
  public UsageId {
    Ids.slug("id", value);
  }

  /** Returns the id for a slug. */
  public static UsageId of(String value) {
    return new UsageId(value);
  }

  @Override
  public int compareTo(UsageId other) {
    return value.compareTo(Ids.notNull("other", other).value);
  }

  @Override
  public String toString() {
    return value;
  }
}
