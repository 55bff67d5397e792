package eu.civicai.governance;

/**
 * The stable id of a dataset: a slug of lower-case ASCII letters, digits and single hyphens, 1 to
 * 64 characters ({@code sicoval-telereleve-compteurs}).
 *
 * @param value the slug
 */
public record DatasetId(String value) implements Comparable<DatasetId> {

  /** Checks the slug. */
  public DatasetId {
    Ids.slug("id", value);
  }

  /** Returns the id for a slug. */
  public static DatasetId of(String value) {
    return new DatasetId(value);
  }

  @Override
  public int compareTo(DatasetId other) {
    return value.compareTo(Ids.notNull("other", other).value);
  }

  @Override
  public String toString() {
    return value;
  }
}
