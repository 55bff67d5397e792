package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;

/**
 * One step of a classification's reasoning.
 *
 * @param code what was found
 * @param detail the value concerned (a practice, an area, exemptions); may be null
 */
public record Reason(ReasonCode code, String detail) {

  /** Checks the code. */
  public Reason {
    Check.notNull("code", code);
  }

  /** Returns the articles behind this reason. */
  public List<String> articles() {
    return code.articles();
  }

  /** Returns the reason in French or English. */
  public String explain(Locale locale) {
    return Messages.format(
        locale, "aiact.reason." + code.name(), "", List.of(detail == null ? "" : detail));
  }
}
