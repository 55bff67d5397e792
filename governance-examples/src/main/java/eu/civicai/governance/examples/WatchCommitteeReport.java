package eu.civicai.governance.examples;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.Reason;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.Compass;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.BenefitIndicator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Writes the Markdown report a watch committee (comité de veille) reads. */
final class WatchCommitteeReport {
  private static final Locale FR = Locale.FRENCH;

  private WatchCommitteeReport() {}

  static String markdown(
      Register register,
      PortfolioReport portfolio,
      LedgerVerification verification,
      List<RetentionStatus> overdue,
      List<RetentionStatus> upcoming,
      Ledger ledger,
      Instant at) {
    StringBuilder md = new StringBuilder();
    md.append("# Portefeuille des usages de l'IA — rapport au comité de veille\n\n");
    md.append("Établi le ")
        .append(at.atZone(ZoneId.of("Europe/Paris")).toLocalDate())
        .append(
            " avec CivicAI Governance. Les détails marqués « hypothèses » sont des hypothèses d'illustration.\n\n");
    md.append("## Synthèse\n\n");
    md.append(
        "| usage | collectivité | charte éthique | règlement IA | critères bloquants | boussole |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
      AiUsage usage = register.find(u.usage()).orElseThrow();
      EvaluationReport ethics = u.reports().get(0);
      md.append("| ")
          .append(usage.name())
          .append(" | ")
          .append(usage.authority().name())
          .append(" | ")
          .append(ethics.verdict().label(FR))
          .append(" (")
          .append(ethics.score())
          .append(" %) | ")
          .append(u.classification().tier().label(FR))
          .append(" | ")
          .append(blocking(u))
          .append(" | ")
          .append(Compass.recommend(u.reports().get(1)).label(FR))
          .append(" |\n");
    }
    md.append("\nCritères les plus souvent non satisfaits : ");
    md.append(
        String.join(
            ", ",
            portfolio.mostOftenUnmet().stream()
                .map(c -> c.criterionId() + " (" + c.count() + ")")
                .toList()));
    compass(md, register, portfolio, "sicoval-detection-fuites");
    md.append(
        "\n\n## Bénéfices et empreinte\n\n| usage | bénéfices | empreinte annuelle |\n|---|---|---|\n");
    for (AiUsage usage : register.usages()) {
      String benefits =
          String.join(" ; ", usage.benefits().stream().map(WatchCommitteeReport::benefit).toList());
      String footprint =
          usage.footprint() == null || !usage.footprint().isKnown()
              ? "inconnue"
              : (usage.footprint().inferenceEnergyPerYear() == null
                      ? ""
                      : usage.footprint().inferenceEnergyPerYear() + " ")
                  + (usage.footprint().carbonPerYear() == null
                      ? ""
                      : usage.footprint().carbonPerYear().toString());
      md.append("| ")
          .append(usage.name())
          .append(" | ")
          .append(benefits.isEmpty() ? "non mesurés" : benefits)
          .append(" | ")
          .append(footprint.strip())
          .append(" |\n");
    }
    md.append("\n## Journal du cycle de vie des données\n\n");
    md.append("- ")
        .append(verification.message(FR))
        .append(" (")
        .append(ledger.size())
        .append(" événements).\n");
    md.append("- Échéances de conservation dépassées : ").append(overdue.size()).append('\n');
    for (RetentionStatus r : overdue) {
      md.append("  - `")
          .append(r.dataset())
          .append("` : ")
          .append(r.rule().endAction().label(FR).toLowerCase(FR))
          .append(" due le ")
          .append(r.dueAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate())
          .append('\n');
    }
    md.append("- Échéances dans les 90 jours : ").append(upcoming.size()).append('\n');
    for (RetentionStatus r : upcoming) {
      md.append("  - `")
          .append(r.dataset())
          .append("` : ")
          .append(r.rule().endAction().label(FR).toLowerCase(FR))
          .append(" le ")
          .append(r.dueAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate())
          .append('\n');
    }
    ledger
        .concerns()
        .forEach(
            c ->
                md.append("- Point d'attention : ")
                    .append(c.kind().label(FR))
                    .append(" (`")
                    .append(c.dataset())
                    .append("`)\n"));
    md.append("\n## Détail par usage\n");
    for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
      AiUsage usage = register.find(u.usage()).orElseThrow();
      md.append("\n### ")
          .append(usage.name())
          .append(" — ")
          .append(usage.authority().name())
          .append("\n\n");
      if (usage.summary() != null) {
        md.append("> ").append(usage.summary()).append("\n\n");
      }
      AiActClassification c = u.classification();
      md.append("**Règlement IA** : ").append(c.tier().label(FR)).append(". ");
      md.append(String.join(" ; ", c.reasons().stream().map(r -> explain(r)).toList()))
          .append(".\n");
      if (!c.duties().isEmpty()) {
        md.append("Obligations : ")
            .append(
                String.join(
                    " ; ",
                    c.duties().stream()
                        .map(d -> d.describe(FR) + " [" + d.cite(FR) + "]")
                        .toList()))
            .append(".\n");
      }
      if (!c.openQuestions().isEmpty()) {
        md.append("Questions ouvertes : ")
            .append(String.join(" ; ", c.openQuestions().stream().map(q -> q.ask(FR)).toList()))
            .append(".\n");
      }
      md.append('\n');
      for (EvaluationReport r : u.reports()) {
        List<Finding> notSatisfied = r.findings(Outcome.NOT_SATISFIED);
        List<Finding> unknown = r.findings(Outcome.UNKNOWN);
        md.append("- **")
            .append(r.charterTitle())
            .append("** : ")
            .append(r.verdict().label(FR))
            .append(", ")
            .append(r.score())
            .append(" % ; non satisfaits ")
            .append(notSatisfied.size())
            .append(", inconnus ")
            .append(unknown.size())
            .append('\n');
        for (Finding f : notSatisfied) {
          md.append("  - ")
              .append(f.message())
              .append(" — ")
              .append(f.remediation())
              .append(" (")
              .append(String.join(", ", f.references()))
              .append(")\n");
        }
      }
    }
    return md.toString();
  }

  /** The Nantes-style compass for one project: utility, impacts, alternatives, axis by axis. */
  private static void compass(
      StringBuilder md, Register register, PortfolioReport portfolio, String usageId) {
    PortfolioReport.UsageEvaluation u =
        portfolio.usages().stream()
            .filter(e -> e.usage().value().equals(usageId))
            .findFirst()
            .orElseThrow();
    EvaluationReport compass = u.reports().get(1);
    md.append("\n\n## Boussole (utilité, impacts, alternatives) — ")
        .append(register.find(u.usage()).orElseThrow().name())
        .append("\n\n| axe | score | critères satisfaits |\n|---|---|---|\n");
    for (var axis : compass.principles()) {
      md.append("| ")
          .append(axis.title())
          .append(" | ")
          .append(axis.score())
          .append(" % | ")
          .append(axis.satisfied())
          .append(" / ")
          .append(axis.satisfied() + axis.notSatisfied() + axis.unknown())
          .append(" |\n");
    }
    md.append("\nRecommandation : **").append(Compass.recommend(compass).label(FR)).append("**.");
  }

  private static String explain(Reason reason) {
    return reason.explain(FR) + " [" + reason.cite(FR) + "]";
  }

  private static long blocking(PortfolioReport.UsageEvaluation u) {
    return u.reports().stream().mapToLong(r -> r.blocking().size()).sum();
  }

  private static String benefit(BenefitIndicator b) {
    String value =
        b.measured() != null
            ? b.measured().toString()
            : b.target() != null ? "cible " + b.target() : "?";
    return b.name() + " : " + value + (b.period() == null ? "" : " (" + b.period() + ")");
  }
}
