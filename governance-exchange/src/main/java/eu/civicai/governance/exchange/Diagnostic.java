package eu.civicai.governance.exchange;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A problem found in one cell of an imported file: where, what, and why.
 *
 * @param row the row number in the file, the header being row 1
 * @param column the column as written in the file's header ({@code ""} for the whole row)
 * @param value the value as read (trimmed); may be empty
 * @param rule the rule, a stable key ({@code siret.luhn}, {@code enum.unknown}, {@code
 *     date.format}, {@code column.unmapped}, {@code row.duplicate}, {@code row.identity})
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
