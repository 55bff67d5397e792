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
    StringBuilder out = new StringBuilder();
    out.append(Escape.terminal(usage)).append(": ").append(c.tier().label(locale)).append('\n');
    c.reasons()
        .forEach(
            r ->
                out.append("  - ")
                    .append(Escape.terminal(r.explain(locale)))
                    .append(" [")
                    .append(String.join(", ", r.articles()))
                    .append("]\n"));
    c.obligations()
        .forEach(
            o ->
                out.append("  → ")
                    .append(Escape.terminal(o.describe(locale)))
                    .append(" [")
                    .append(String.join(", ", o.articles()))
                    .append("]\n"));
    c.openQuestions()
        .forEach(q -> out.append("  ? ").append(Escape.terminal(q.ask(locale))).append('\n'));
    return out.toString();
  }
}
