package eu.civicai.governance.exchange;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;

/**
 * What an import gives: the usages built, in file order, and every problem met.
 *
 * @param usages the usages, each with the values that did not map kept in its metadata's source
 *     values
 * @param diagnostics the problems, by row
 */
public record ImportResult(List<AiUsage> usages, List<Diagnostic> diagnostics) {

  /** Copies the lists. */
  public ImportResult {
    usages = Check.list("usages", usages);
    diagnostics = Check.list("diagnostics", diagnostics);
  }

  /**
   * Returns whether any row had a problem: a value that could not be read or a row not imported
   * ({@link Diagnostic#isProblem()}). Notes (a drift read as the schema's value, a serial date, a
   * column the model has no field for…) are reported but are not problems.
   */
  public boolean hasProblems() {
    return diagnostics.stream().anyMatch(Diagnostic::isProblem);
  }
}
