package eu.civicai.governance.assessment;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.FriaElement;
import eu.civicai.governance.usage.FundamentalRightsAssessment;
import eu.civicai.governance.usage.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the template of a fundamental rights impact assessment (AI Act Art. 27) for a usage, in
 * Markdown: one section per element of Art. 27(1)(a) to (f), each with what the assessment says (or
 * a marker to fill), and what the usage record already holds that the assessor can start from
 * (purpose, affected persons and vulnerable groups, risks, oversight, contestation); then the
 * notification to the market surveillance authority (Art. 27(3)) and the review (Art. 27(2)).
 *
 * <p>The record's hints are shown beside the element, never copied into the assessment: an
 * assessment is complete only when a person has written each element. Stateless and thread-safe.
 */
public final class FriaTemplate {
  private FriaTemplate() {}

  /**
   * Returns the template for a usage, filled with its assessment when it has one ({@code
   * aiAct.fria}).
   *
   * @param usage the usage
   * @param date the date the template is written, to say whether the assessment is current
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the Markdown text, ending with a line break
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static String markdown(AiUsage usage, LocalDate date, Locale locale) {
    Check.notNull("usage", usage);
    Check.notNull("date", date);
    Check.notNull("locale", locale);
    Locale l = Messages.isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
    AiActProfile aiAct = usage.aiAct();
    FundamentalRightsAssessment fria = aiAct == null ? null : aiAct.fria();
    StringBuilder out = new StringBuilder(4096);
    out.append("# ").append(Texts.get(l, "fria.title")).append("\n\n");
    out.append(Texts.get(l, "fria.usage", Markdown.escape(usage.name())))
        .append("  \n")
        .append(Texts.get(l, "fria.authority", Markdown.escape(usage.authority().name())))
        .append("\n\n");
    if (fria == null) {
      out.append(Texts.get(l, "fria.none")).append("\n\n");
    } else {
      out.append(Texts.get(l, "fria.version", fria.version(), fria.assessedOn()));
      if (fria.assessor() != null) {
        out.append(" — ").append(Markdown.escape(fria.assessor()));
      }
      out.append("  \n").append(status(fria, date, l)).append("\n\n");
    }
    out.append(Texts.get(l, "fria.intro")).append("\n\n");
    for (FriaElement e : FriaElement.values()) {
      out.append("## ").append(e.letter()).append(") ").append(e.label(l)).append("\n\n");
      out.append("_").append(e.citation()).append("_\n\n");
      List<String> content = content(fria, e);
      if (content.isEmpty()) {
        out.append(Texts.get(l, "missing.marker", e.label(l))).append("\n\n");
      } else {
        for (String c : content) {
          out.append(Markdown.escape(c)).append("\n\n");
        }
      }
      List<String> hints = hints(usage, e, l);
      if (!hints.isEmpty()) {
        out.append(Texts.get(l, "fria.hints")).append("\n\n");
        for (String h : hints) {
          out.append("- ").append(Markdown.escape(h)).append('\n');
        }
        out.append('\n');
      }
    }
    out.append("## ").append(Texts.get(l, "fria.notification.title")).append("\n\n");
    out.append("_AI Act Art. 27(3)_\n\n");
    if (fria != null && fria.notifiedOn() != null) {
      out.append(Texts.get(l, "fria.notification.done", fria.notifiedOn()));
      if (fria.notificationReference() != null) {
        out.append(" (").append(Markdown.escape(fria.notificationReference())).append(')');
      }
      out.append("\n\n");
    } else {
      out.append(Texts.get(l, "missing.marker", Texts.get(l, "fria.notification.missing")))
          .append("\n\n");
    }
    out.append("## ").append(Texts.get(l, "fria.review.title")).append("\n\n");
    out.append("_AI Act Art. 27(2)_\n\n");
    if (fria != null && fria.nextReviewOn() != null) {
      out.append(Texts.get(l, "fria.review.due", fria.nextReviewOn())).append('\n');
    } else {
      out.append(Texts.get(l, "missing.marker", Texts.get(l, "fria.review.missing"))).append('\n');
    }
    return out.toString();
  }

  private static String status(FundamentalRightsAssessment fria, LocalDate date, Locale l) {
    List<String> parts = new ArrayList<>();
    parts.add(
        fria.complete()
            ? Texts.get(l, "fria.status.complete")
            : Texts.get(
                l,
                "fria.status.incomplete",
                String.join(
                    ", ", fria.missingElements().stream().map(FriaElement::letter).toList())));
    Boolean current = fria.currentOn(date);
    parts.add(
        Texts.get(
            l,
            current == null
                ? "fria.status.currentUnknown"
                : current ? "fria.status.current" : "fria.status.outdated"));
    parts.add(Texts.get(l, fria.notified() ? "fria.status.notified" : "fria.status.notNotified"));
    return String.join(" · ", parts);
  }

  private static List<String> content(FundamentalRightsAssessment fria, FriaElement e) {
    if (fria == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    switch (e) {
      case PROCESSES -> add(out, fria.processes());
      case PERIOD_AND_FREQUENCY -> add(out, fria.periodAndFrequency());
      case AFFECTED_CATEGORIES -> fria.affectedCategories().forEach(c -> out.add("• " + c));
      case RISKS_OF_HARM -> fria.risksOfHarm().forEach(r -> out.add("• " + r));
      case HUMAN_OVERSIGHT -> add(out, fria.oversightMeasures());
      case MEASURES_IF_RISKS_MATERIALISE -> {
        add(out, fria.measuresIfRisksMaterialise());
        add(out, fria.governanceAndComplaints());
      }
    }
    return out;
  }

  private static void add(List<String> out, String text) {
    if (text != null && !text.isBlank()) {
      out.add(text);
    }
  }

  private static List<String> hints(AiUsage usage, FriaElement e, Locale l) {
    List<String> out = new ArrayList<>();
    DecisionMaking d = usage.decision();
    switch (e) {
      case PROCESSES -> {
        if (usage.purpose() != null && usage.purpose().goal() != null) {
          out.add(Texts.get(l, "fria.hint.goal", usage.purpose().goal()));
        }
        if (d != null && d.outputRole() != null) {
          out.add(Texts.get(l, "fria.hint.outputRole", d.outputRole().label(l)));
        }
      }
      case PERIOD_AND_FREQUENCY -> {
        if (usage.status() != null && usage.status().startDate() != null) {
          out.add(Texts.get(l, "fria.hint.startDate", usage.status().startDate()));
        }
        if (d != null && d.decisionsPerYear() != null) {
          out.add(Texts.get(l, "fria.hint.decisionsPerYear", d.decisionsPerYear()));
        }
      }
      case AFFECTED_CATEGORIES -> {
        if (d != null && d.affectedPersons() != null) {
          out.add(Texts.get(l, "fria.hint.affectedPersons", d.affectedPersons()));
        }
        if (d != null && !d.vulnerableGroups().isEmpty()) {
          out.add(
              Texts.get(l, "fria.hint.vulnerableGroups", String.join(", ", d.vulnerableGroups())));
        }
      }
      case RISKS_OF_HARM -> {
        for (Risk r : usage.risks()) {
          out.add(Texts.get(l, "fria.hint.risk", r.description()));
        }
      }
      case HUMAN_OVERSIGHT -> {
        if (d != null && d.oversight() != null && d.oversight().level() != null) {
          out.add(Texts.get(l, "fria.hint.oversight", d.oversight().level().label(l)));
        }
        if (d != null && d.oversight() != null && d.oversight().description() != null) {
          out.add(d.oversight().description());
        }
      }
      case MEASURES_IF_RISKS_MATERIALISE -> {
        for (Risk r : usage.risks()) {
          for (String m : r.mitigations()) {
            out.add(Texts.get(l, "fria.hint.mitigation", m));
          }
        }
        if (d != null && d.contestation() != null) {
          out.add(Texts.get(l, "fria.hint.contestation", d.contestation()));
        }
      }
    }
    return out;
  }
}
