package eu.civicai.governance.charter;

import eu.civicai.governance.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * A fact read while evaluating a criterion, and the value read: what a finding rests on.
 *
 * @param fact the fact, with the element position inside lists ({@code
 *     data.datasets[1].legalBasis})
 * @param value the value as text; null when unknown
 */
public record Evidence(String fact, @Nullable String value) {

  /** Checks the fact name. */
  public Evidence {
    Check.notBlank("fact", fact);
  }
}
