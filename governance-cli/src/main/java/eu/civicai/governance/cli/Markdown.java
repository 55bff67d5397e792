package eu.civicai.governance.cli;

import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;
import java.util.Locale;

/**
 * Markdown output, for a watch committee. Every value from a document goes through {@link
 * Escape#markdown}: a multi-line name or description stays in its table cell or list item, and
 * nothing in it is read as markup, HTML or a terminal control.
 */
final class Markdown {
  private Markdown() {}

  // A portfolio in Markdown is written in parts, so that it streams (issue 16): the head, one table
  // row per usage, the most often unmet criteria, then one section per usage.

  /** The title and the table's header. */
  static String head(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    return (fr
            ? "# Évaluation du portefeuille d'usages de l'IA\n\n"
            : "# Evaluation of the AI usage portfolio\n\n")
        + (fr
            ? "| usage | règlement IA | verdicts |\n|---|---|---|\n"
            : "| usage | AI Act | verdicts |\n|---|---|---|\n");
  }

  /** One usage's row of the table. */
  static String row(AiUsage usage, PortfolioReport.UsageEvaluation u, Locale locale) {
    StringBuilder md = new StringBuilder();
    md.append("| ")
        .append(Escape.markdown(usage.name()))
        .append(" | ")
        .append(u.classification().tier().label(locale))
        .append(" | ");
    md.append(
        String.join(
            "<br>",
            u.reports().stream()
                .map(
                    r ->
                        Escape.markdown(r.charterId())
                            + " : "
                            + r.verdict().label(locale)
                            + " ("
                            + r.score()
                            + " %)")
                .toList()));
    md.append(" |\n");
    return md.toString();
  }

  /** The criteria most often unmet, after the table. */
  static String unmet(PortfolioReport summary, Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    return (fr ? "\nCritères les plus souvent non satisfaits : " : "\nCriteria most often unmet: ")
        + String.join(
            ", ",
            summary.mostOftenUnmet().stream()
                .map(c -> "`" + c.criterionId() + "` (" + c.count() + ")")
                .toList())
        + "\n";
  }

  /** One usage's section: classification reasons, open questions, unmet findings by charter. */
  static String section(PortfolioReport.UsageEvaluation u, Locale locale) {
    StringBuilder md = new StringBuilder();
    md.append("\n## ").append(Escape.markdown(u.usage())).append("\n\n");
    u.classification()
        .reasons()
        .forEach(
            r ->
                md.append("- ")
                    .append(Escape.markdown(r.explain(locale)))
                    .append(" [")
                    .append(String.join(", ", r.articles()))
                    .append("]\n"));
    u.classification()
        .openQuestions()
        .forEach(q -> md.append("- ").append(Escape.markdown(q.ask(locale))).append('\n'));
    for (EvaluationReport r : u.reports()) {
      List<Finding> unmet = r.findings(Outcome.NOT_SATISFIED);
      md.append("\n**")
          .append(Escape.markdown(r.charterTitle()))
          .append("** — ")
          .append(r.verdict().label(locale))
          .append("\n\n");
      for (Finding f : unmet) {
        md.append("- ")
            .append(Escape.markdown(f.message()))
            .append(" — ")
            .append(Escape.markdown(f.remediation()))
            .append('\n');
      }
    }
    return md.toString();
  }

  static String deadlines(
      List<RetentionStatus> overdue, List<RetentionStatus> upcoming, Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    StringBuilder md =
        new StringBuilder(
            fr ? "\n## Échéances de conservation\n\n" : "\n## Retention deadlines\n\n");
    overdue.forEach(
        r ->
            md.append("- ")
                .append(fr ? "dépassée : `" : "overdue: `")
                .append(r.dataset())
                .append("` ")
                .append(r.dueAt())
                .append('\n'));
    upcoming.forEach(
        r ->
            md.append("- ")
                .append(fr ? "à venir : `" : "upcoming: `")
                .append(r.dataset())
                .append("` ")
                .append(r.dueAt())
                .append('\n'));
    return md.toString();
  }
}
