package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;

/**
 * The content hash a report carries: SHA-256 of the evaluated usage and its resolved datasets, in
 * lower-case hex (see {@link CharterEvaluator#contentHash(AiUsage, List)} for the encoding).
 *
 * <p>A report made by the evaluator computes its hash when it is first read, once for all the
 * reports of the usage: usages and datasets are immutable, so the value is the same as if it had
 * been computed during the evaluation, and a dashboard that never reads it does not pay for it
 * (about as much as evaluating ten criteria). Equality is by value.
 *
 * <p>Thread-safe: the first reads may race; they compute the same value.
 */
public final class ContentHash {
  private volatile String hex;
  private AiUsage usage; // released once the hash is known
  private List<Dataset> datasets;

  private ContentHash(String hex, AiUsage usage, List<Dataset> datasets) {
    this.hex = hex;
    this.usage = usage;
    this.datasets = datasets;
  }

  /**
   * Returns a known hash, as read from a stored report.
   *
   * @param hex 64 lower-case hexadecimal digits
   * @return the hash
   * @throws InvalidInputException when {@code hex} is not 64 lower-case hexadecimal digits
   */
  public static ContentHash of(String hex) {
    Check.notNull("contentHash", hex);
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new InvalidInputException("contentHash", "hash.format", hex);
    }
    return new ContentHash(hex, null, null);
  }

  /** The hash of a usage and its datasets, computed when first read. */
  static ContentHash of(AiUsage usage, List<Dataset> datasets) {
    return new ContentHash(null, usage, datasets);
  }

  /** Returns the 64 lower-case hexadecimal digits, computing them on the first call. */
  public String hex() {
    String known = hex;
    if (known == null) {
      synchronized (this) {
        known = hex;
        if (known == null) {
          known = CharterEvaluator.contentHash(usage, datasets);
          hex = known;
          usage = null;
          datasets = null;
        }
      }
    }
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContentHash h && hex().equals(h.hex());
  }

  @Override
  public int hashCode() {
    return hex().hashCode();
  }

  /** Returns the hexadecimal digits. */
  @Override
  public String toString() {
    return hex();
  }
}
