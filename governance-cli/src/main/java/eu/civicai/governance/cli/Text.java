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
        // Unmet criteria first, then the unknown ones (information missing), each with what to
        // do about it (issue 19).
        for (Outcome outcome : new Outcome[] {Outcome.NOT_SATISFIED, Outcome.UNKNOWN}) {
          for (Finding f : r.findings(outcome)) {
            out.append(outcome == Outcome.NOT_SATISFIED ? "    - [" : "    ? [")
                .append(f.severity())
                .append("] ")
                .append(Escape.terminal(f.message()))
                .append('\n');
            if (f.remediation() != null && !f.remediation().isBlank()) {
              out.append("      ")
                  .append(CliText.get(locale, "evaluate.remediation"))
                  .append(Escape.terminal(f.remediation()))
                  .append('\n');
            }
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The last line of {@code evaluate}: how many usages and reports, the verdicts, and why the exit
   * code is what it is; an empty input says so.
   */
  static String summary(
      long usages,
      PortfolioReport summary,
      long failing,
      long unknown,
      eu.civicai.governance.charter.Severity failOn,
      Locale locale) {
    if (usages == 0) {
      return CliText.get(locale, "evaluate.empty") + "\n";
    }
    StringBuilder verdicts = new StringBuilder();
    long reports = 0;
    for (var e : summary.verdicts().entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      reports += e.getValue();
      if (verdicts.length() > 0) {
        verdicts.append(", ");
      }
      verdicts.append(e.getValue()).append(' ').append(e.getKey().label(locale));
    }
    String why =
        failing > 0
            ? CliText.get(locale, "evaluate.exit1", failing, failOn)
            : CliText.get(locale, "evaluate.exit0", failOn);
    return CliText.get(locale, "evaluate.summary", usages, reports, verdicts, why)
        + (unknown > 0 ? CliText.get(locale, "evaluate.unknown", unknown) : "")
        + "\n";
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
