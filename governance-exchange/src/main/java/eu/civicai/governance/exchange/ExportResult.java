package eu.civicai.governance.exchange;

import eu.civicai.governance.internal.Check;
import java.util.List;

/**
 * What an export gives: the CSV text and every value it could not carry.
 *
 * @param csv the CSV text, {@code ;}-separated, with a header line
 * @param diagnostics what the file could not carry, by row of the file (the header being row 1):
 *     {@code export.value} (a value the schema has no label for: a technique, a hosting mode, the
 *     theme OTHER), {@code export.split} (a list item holding a list separator, which reads back as
 *     several items), {@code export.fields} (fields of published parts without a column), {@code
 *     export.withheld} (a usage whose identity is restricted, left out of a public export)
 */
public record ExportResult(String csv, List<Diagnostic> diagnostics) {

  /** Checks and copies the components. */
  public ExportResult {
    Check.notNull("csv", csv);
    diagnostics = Check.list("diagnostics", diagnostics);
  }
}
