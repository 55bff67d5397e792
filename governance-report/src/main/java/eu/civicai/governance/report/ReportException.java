package eu.civicai.governance.report;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.report.internal.Words;
import java.util.Locale;

/**
 * Thrown when a report writer is used against its contract: an evaluation handed with another
 * usage's record, or a usage added after the report was finished. The message, in French or
 * English, names the argument and the rule, never a record's text.
 */
public final class ReportException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param field the argument concerned
   * @param rule the rule key, {@code report.…}
   * @param arguments message arguments from <code>{1}</code> on
   */
  public ReportException(String field, String rule, Object... arguments) {
    super(field, rule, arguments);
  }

  @Override
  public String message(Locale locale) {
    if (locale == null) {
      throw new InvalidInputException("locale", "notNull");
    }
    Object[] args = new Object[renderedArguments().size() + 1];
    args[0] = field();
    for (int i = 1; i < args.length; i++) {
      args[i] = renderedArguments().get(i - 1);
    }
    return Words.of(locale).f("error." + rule(), args);
  }
}
