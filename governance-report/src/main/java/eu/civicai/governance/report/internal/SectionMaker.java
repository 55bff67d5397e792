package eu.civicai.governance.report.internal;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.Duty;
import eu.civicai.governance.aiact.OpenQuestion;
import eu.civicai.governance.aiact.Reason;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charter.PrincipleScore;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.charters.Compass;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.RetentionRule;
import eu.civicai.governance.report.UsageSection;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.HumanOversight;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the plain-language view of one usage ({@link UsageSection}) from its record and
 * evaluation. Not thread-safe (it holds a {@link Format}).
 */
public final class SectionMaker {
  /** The built-in compass charter's id (what {@link Compass#recommend} reads). */
  static final String COMPASS = "civicai.compass";

  private final Words w;
  private final Format format;
  private final Locale locale;
  private final DatasetLookup datasets;
  private final Problems problems;

  /**
   * A maker for a report.
   *
   * @param words the report's words
   * @param format the report's formats
   * @param datasets where datasets are found; null when the report has none
   * @param problems what findings to act on say
   */
  public SectionMaker(Words words, Format format, DatasetLookup datasets, Problems problems) {
    this.w = words;
    this.format = format;
    this.locale = words.locale();
    this.datasets = datasets;
    this.problems = problems;
  }

  /** The section of the usage at a position of the report (from 1). */
  public UsageSection section(
      long position, AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
    AiActClassification c = evaluation.classification();
    return new UsageSection(
        "u" + position,
        Clean.line(usage.name()),
        Clean.line(usage.authority().name()),
        Clean.text(usage.summary()),
        usage.status() == null || usage.status().stage() == null
            ? w.t("notStated")
            : usage.status().stage().label(locale),
        orNotStated(
            usage.purpose() != null && usage.purpose().goal() != null
                ? usage.purpose().goal()
                : usage.description()),
        orNotStated(usage.purpose() == null ? null : usage.purpose().whyAi()),
        alternatives(usage),
        affected(usage.decision(), usage),
        oversight(usage.decision()),
        data(usage),
        c.tier().label(locale),
        c.reasons().stream().map(this::reason).toList(),
        c.duties().stream().map(this::duty).toList(),
        c.openQuestions().stream().map(this::question).toList(),
        recommendation(evaluation).map(r -> r.label(locale)).orElse(w.t("notEvaluated")),
        evaluation.reports().stream().map(r -> charter(r, usage)).toList());
  }

  /** The compass recommendation of an evaluation, when it holds a compass report. */
  public static Optional<Compass> recommendation(PortfolioReport.UsageEvaluation evaluation) {
    return compass(evaluation).map(Compass::recommend);
  }

  /** The compass report of an evaluation, if any. */
  public static Optional<EvaluationReport> compass(PortfolioReport.UsageEvaluation evaluation) {
    return evaluation.reports().stream().filter(r -> COMPASS.equals(r.charterId())).findFirst();
  }

  private String orNotStated(String text) {
    String clean = Clean.text(text);
    return clean == null || clean.isEmpty() ? w.t("notStated") : clean;
  }

  private List<String> alternatives(AiUsage usage) {
    if (usage.purpose() == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Alternative a : usage.purpose().alternatives()) {
      out.add(
          a.whyNotChosen() == null
              ? Clean.line(a.description())
              : w.f("alternative", Clean.line(a.description()), Clean.line(a.whyNotChosen())));
    }
    return out;
  }

  private List<String> affected(DecisionMaking d, AiUsage usage) {
    List<String> out = new ArrayList<>();
    if (usage.purpose() != null && !usage.purpose().audiences().isEmpty()) {
      out.add(
          w.f(
              "affected.audiences",
              String.join(
                  ", ",
                  usage.purpose().audiences().stream()
                      .map((Audience a) -> a.label(locale))
                      .toList())));
    }
    if (d == null) {
      return out;
    }
    if (d.affectedPersons() != null) {
      out.add(w.f("affected.persons", format.count(d.affectedPersons())));
    }
    if (d.decisionsPerYear() != null) {
      out.add(w.f("affected.decisions", format.count(d.decisionsPerYear())));
    }
    if (!d.vulnerableGroups().isEmpty()) {
      out.add(
          w.f(
              "affected.vulnerable",
              String.join(", ", d.vulnerableGroups().stream().map(Clean::line).toList())));
    }
    if (d.concernsIndividuals() != null) {
      out.add(w.t(d.concernsIndividuals() ? "affected.individual" : "affected.notIndividual"));
    }
    if (d.contestation() != null) {
      out.add(w.f("affected.contest", Clean.line(d.contestation())));
    }
    return out;
  }

  private String oversight(DecisionMaking d) {
    HumanOversight o = d == null ? null : d.oversight();
    if (o == null) {
      return w.t("notStated");
    }
    List<String> parts = new ArrayList<>();
    if (o.level() != null) {
      parts.add(o.level().label(locale));
    }
    if (o.description() != null) {
      parts.add(Clean.line(o.description()));
    }
    if (!o.overrideRoles().isEmpty()) {
      parts.add(
          w.f(
              "oversight.override",
              String.join(", ", o.overrideRoles().stream().map(Clean::line).toList())));
    }
    if (o.overseersTrained() != null) {
      parts.add(w.t(o.overseersTrained() ? "oversight.trained" : "oversight.notTrained"));
    }
    return parts.isEmpty() ? w.t("notStated") : sentences(parts);
  }

  /** Parts joined as sentences: each ends with one full stop, never two. */
  private static String sentences(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      String s = p.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(s);
      char last = s.charAt(s.length() - 1);
      if (last != '.' && last != '!' && last != '?' && last != '…') {
        out.append('.');
      }
    }
    return out.toString();
  }

  private List<String> data(AiUsage usage) {
    List<String> out = new ArrayList<>();
    if (usage.dataUse() == null) {
      return out;
    }
    for (DatasetUse use : usage.dataUse().datasets()) {
      Dataset d = datasets == null ? null : datasets.findDataset(use.dataset()).orElse(null);
      String name = d == null ? w.t("data.undescribed") : Clean.line(d.name());
      String role = use.role() == null ? null : use.role().label(locale).toLowerCase(locale);
      String retention =
          d == null || d.retention() == null ? w.t("data.noRetention") : retention(d.retention());
      out.add(
          role == null
              ? w.f("data.line", name, retention)
              : w.f("data.lineWithRole", name, role, retention));
    }
    if (usage.dataUse().dpia() != null) {
      out.add(w.f("data.dpia", usage.dataUse().dpia().label(locale)));
    }
    return out;
  }

  /** A retention rule in words: "conservées 5 ans à compter de la collecte, puis suppression". */
  public String retention(RetentionRule rule) {
    String trigger =
        rule.trigger() == null
            ? w.t("notStated")
            : rule.namedEvent() != null
                ? Clean.line(rule.namedEvent())
                : rule.trigger().label(locale).toLowerCase(locale);
    String action =
        rule.endAction() == null
            ? w.t("notStated")
            : rule.endAction().label(locale).toLowerCase(locale);
    return rule.duration() == null
        ? w.f("retention.noDuration", action)
        : w.f("retention.rule", period(rule.duration()), trigger, action);
  }

  private String period(Period p) {
    List<String> parts = new ArrayList<>();
    if (p.getYears() != 0) {
      parts.add(w.f("period.years", p.getYears()));
    }
    if (p.getMonths() != 0) {
      parts.add(w.f("period.months", p.getMonths()));
    }
    if (p.getDays() != 0 || parts.isEmpty()) {
      parts.add(w.f("period.days", p.getDays()));
    }
    return String.join(" ", parts);
  }

  private String reason(Reason r) {
    return withArticles(r.explain(locale), r.cite(locale));
  }

  private String duty(Duty d) {
    return withArticles(d.describe(locale), d.cite(locale));
  }

  private String question(OpenQuestion q) {
    // The question cites its articles already.
    return withArticles(q.ask(locale), null);
  }

  private static String withArticles(String text, String articles) {
    String t = Clean.message(text);
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return articles == null || articles.isBlank() ? t : t + " (" + Clean.line(articles) + ")";
  }

  private UsageSection.CharterResult charter(EvaluationReport r, AiUsage usage) {
    Map<String, List<UsageSection.FindingLine>> byPrinciple = new LinkedHashMap<>();
    for (PrincipleScore p : r.principles()) {
      byPrinciple.put(p.principleId(), new ArrayList<>());
    }
    for (Finding f : r.findings()) {
      if (f.outcome() != Outcome.NOT_SATISFIED && f.outcome() != Outcome.UNKNOWN) {
        continue;
      }
      byPrinciple
          .computeIfAbsent(f.principleId(), k -> new ArrayList<>())
          .add(finding(r.charterId(), f, usage));
    }
    List<UsageSection.PrincipleFindings> principles = new ArrayList<>();
    for (PrincipleScore p : r.principles()) {
      List<UsageSection.FindingLine> lines = byPrinciple.get(p.principleId());
      if (!lines.isEmpty()) {
        principles.add(new UsageSection.PrincipleFindings(Clean.line(p.title()), lines));
      }
    }
    return new UsageSection.CharterResult(
        Clean.line(r.charterTitle()), r.verdict().label(locale), r.score(), principles);
  }

  /**
   * The criterion a finding is about: the evaluator writes "Non satisfait : <criterion>" or
   * "Inconnu, information manquante : <criterion>"; the outcome is shown on its own.
   */
  public static String criterion(Finding f, Locale locale) {
    String text = Clean.message(f.message());
    String outcome = f.outcome().label(locale);
    int colon = text.indexOf(':');
    if (text.startsWith(outcome) && colon > 0 && colon < outcome.length() + 40) {
      return text.substring(colon + 1).strip();
    }
    return text;
  }

  private UsageSection.FindingLine finding(String charterId, Finding f, AiUsage usage) {
    String outcome = w.t("outcome." + f.outcome().name());
    String text = criterion(f, locale);
    String shown = problems.text(charterId, f, usage);
    String remediation = Clean.message(f.remediation());
    if (remediation != null
        && (remediation.isBlank()
            || remediation.equals("Satisfaire le critère : " + text + ".")
            || remediation.equals("Meet the criterion: " + text + ".")
            || remediation.equals(text))) {
      remediation = null; // it would only repeat the criterion
    }
    String sources =
        f.references().isEmpty()
            ? null
            : String.join(", ", f.references().stream().map(Clean::line).toList());
    return new UsageSection.FindingLine(
        outcome, f.severity() == Severity.BLOCKING, shown, remediation, sources);
  }
}
