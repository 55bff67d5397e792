package eu.civicai.governance.cli;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import java.util.Locale;

/**
 * Plain-text output for people at a terminal. Every value from a document goes through {@link
 * Escape#terminal}: no control character of a record reaches the terminal.
 */
final class Text {
  private Text() {}

  static String portfolio(PortfolioReport portfolio, Locale locale) {
    StringBuilder out = new StringBuilder();
    for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
      out.append(Escape.terminal(u.usage()))
          .append("  [")
          .append(u.classification().tier().label(locale))
          .append("]\n");
      for (EvaluationReport r : u.reports()) {
        out.append("  ")
            .append(Escape.terminal(r.charterId()))
            .append(' ')
            .append(Escape.terminal(r.charterVersion()))
            .append(": ")
            .append(r.verdict().label(locale))
            .append(" (")
            .append(r.score())
            .append(" %)\n");
        for (Finding f : r.findings(Outcome.NOT_SATISFIED)) {
          out.append("    - [")
              .append(f.severity())
              .append("] ")
              .append(Escape.terminal(f.message()))
              .append('\n');
        }
      }
    }
    return out.toString();
  }

  static String classification(
      eu.civicai.governance.UsageId usage, AiActClassification c, Locale locale) {
    // The classification writes its own lines: citations to the point and letter, in the
    // locale's form, with the date each duty applies from. Each line is escaped on its own, so
    // that a record's text cannot reach the terminal raw.
    StringBuilder out = new StringBuilder(Escape.terminal(usage)).append(": ");
    String[] lines = c.explain(locale).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(Escape.terminal(lines[i]));
    }
    return out.toString();
  }
}
