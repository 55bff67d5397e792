package eu.civicai.governance.cli;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import java.util.Locale;

/** Plain-text output for people at a terminal. */
final class Text {
  private Text() {}

  static String portfolio(PortfolioReport portfolio, Locale locale) {
    StringBuilder out = new StringBuilder();
    for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
      out.append(u.usage())
          .append("  [")
          .append(u.classification().tier().label(locale))
          .append("]\n");
      for (EvaluationReport r : u.reports()) {
        out.append("  ")
            .append(r.charterId())
            .append(' ')
            .append(r.charterVersion())
            .append(": ")
            .append(r.verdict().label(locale))
            .append(" (")
            .append(r.score())
            .append(" %)\n");
        for (Finding f : r.findings(Outcome.NOT_SATISFIED)) {
          out.append("    - [").append(f.severity()).append("] ").append(f.message()).append('\n');
        }
      }
    }
    return out.toString();
  }

  static String classification(
      eu.civicai.governance.UsageId usage, AiActClassification c, Locale locale) {
    // The classification writes its own lines: citations to the point and letter, in the
    // locale's form, with the date each duty applies from.
    return usage + ": " + c.explain(locale);
  }
}
