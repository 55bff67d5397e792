package eu.civicai.governance.cli;

import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.register.Register;
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

  static String portfolio(Register register, PortfolioReport portfolio, Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    StringBuilder md = new StringBuilder();
    md.append(
        fr
            ? "# Évaluation du portefeuille d'usages de l'IA\n\n"
            : "# Evaluation of the AI usage portfolio\n\n");
    md.append(
        fr
            ? "| usage | règlement IA | verdicts |\n|---|---|---|\n"
            : "| usage | AI Act | verdicts |\n|---|---|---|\n");
    for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
      String name = register.find(u.usage()).map(AiUsage::name).orElse(u.usage().value());
      md.append("| ")
          .append(Escape.markdown(name))
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
    }
    md.append(
        fr ? "\nCritères les plus souvent non satisfaits : " : "\nCriteria most often unmet: ");
    md.append(
            String.join(
                ", ",
                portfolio.mostOftenUnmet().stream()
                    .map(c -> "`" + c.criterionId() + "` (" + c.count() + ")")
                    .toList()))
        .append("\n");
    for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
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
