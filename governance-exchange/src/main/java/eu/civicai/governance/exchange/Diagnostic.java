package eu.civicai.governance.exchange;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What an import or an export met in one cell, row or usage: where, what, and why. A diagnostic is
 * a <em>problem</em> ({@link #isProblem()}) when a value could not be read or carried, or a row was
 * not imported; otherwise it is a <em>note</em>: the value was read, and the note says how.
 *
 * @param row the row number in the file, the header being row 1; for the formats made of records
 *     (JSON, the CRPA inventory's lines), the record's number from 1; 0 for a usage left out
 * @param column the column as written in the file's header ({@code ""} for the whole row)
 * @param value the value as read (trimmed); may be empty
 * @param rule the rule, a stable key. Problems: {@code siret.luhn}, {@code siret.format}, {@code
 *     enum.unknown}, {@code date.format}, {@code url.format}, {@code value.invalid}, {@code
 *     geo.incomplete}, {@code row.duplicate}, {@code row.identity}, {@code export.value}, {@code
 *     export.split}, {@code export.withheld}. Notes: {@code value.drift} (a known variant of a
 *     schema value, read as that value), {@code date.serial}, {@code date.month}, {@code
 *     partners.placeholder}, {@code partners.hyphen}, {@code column.unmapped}, {@code
 *     export.fields}. Exports of every format: problems {@code export.missing} (a field the target
 *     requires is not filled), {@code export.expected} (a field the target expects without
 *     requiring it: the parts of a CycloneDX model card), {@code export.incomplete} (a criterion of
 *     the target's completeness charter is not met), {@code export.unsupported}, {@code
 *     export.cut}, {@code export.language}, {@code export.undetermined}; notes {@code
 *     export.approximate} (written as the target's nearest value), {@code export.unmapped} (fields
 *     the target has no place for), {@code export.notRequired}, {@code export.notIndividual}
 *     (usages outside the export's scope)
 * @param detail what the rule needs to say more (the allowed values, the other row); may be empty
 * @param imported whether the row was imported despite the problem
 */
public record Diagnostic(
    int row, String column, String value, String rule, String detail, boolean imported) {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Checks the fields. */
  public Diagnostic {
    Check.notNull("column", column);
    value = value == null ? "" : value;
    Check.notBlank("rule", rule);
    detail = detail == null ? "" : detail;
  }

  private static final Set<String> NOTES =
      Set.of(
          "value.drift",
          "value.notStated",
          "value.oneLine",
          "date.serial",
          "date.month",
          "partners.placeholder",
          "partners.hyphen",
          "column.unmapped",
          "export.fields",
          "export.approximate",
          "export.unmapped",
          "export.notRequired",
          "export.notIndividual");

  /**
   * Returns whether this is a problem (a value not read or not carried, a row not imported) rather
   * than a note on how a value was read.
   */
  public boolean isProblem() {
    return !NOTES.contains(rule);
  }

  /** Returns the diagnostic as one line in French or English. */
  public String message(Locale locale) {
    Check.notNull("locale", locale);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "eu.civicai.governance.exchange.messages",
            "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT,
            NO_FALLBACK);
    String outcome = bundle.getString(imported ? "imported" : "skipped");
    return Messages.format(
        bundle,
        "diagnostic." + rule,
        column,
        List.of(row, Messages.render(value)[0], detail, outcome));
  }
}
