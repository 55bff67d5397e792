package eu.civicai.governance.report.internal;

import eu.civicai.governance.report.Count;
import eu.civicai.governance.report.ReportSummary;
import eu.civicai.governance.report.UsageSection;
import java.util.List;

/**
 * The report in Markdown. Every text goes through {@link #md}: on one line, Markdown's punctuation
 * escaped with backslashes and {@code & < >} as entities, so that nothing in a record is read as
 * markup or HTML, and a table cell stays in its cell. Stateless.
 */
public final class Markdown {
  private Markdown() {}

  /** Inline Markdown text. */
  public static String md(String value) {
    String text = Clean.line(value == null ? "" : value);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~', '{', '}' ->
            out.append('\\').append(c);
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The first page. */
  public static String summary(Words t, ReportSummary s) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(md(s.title())).append("\n\n");
    md.append(md(t.f("report.date", s.dateText())))
        .append(" — ")
        .append(t.count(s.usages()))
        .append(' ')
        .append(md(t.f("report.usages", s.usages())))
        .append(", ")
        .append(t.count(s.authorities()))
        .append(' ')
        .append(md(t.f("report.authorities", s.authorities())))
        .append("\n\n## ")
        .append(md(t.t("report.glance")))
        .append("\n\n");
    counts(md, t, t.f("report.verdicts", s.headlineCharter()), s.verdicts());
    counts(md, t, t.t("report.tiers"), s.tiers());
    counts(md, t, t.t("report.stages"), s.stages());
    counts(md, t, t.t("report.recommendations"), s.recommendations());
    md.append("## ").append(md(t.t("report.decide"))).append("\n\n");
    for (ReportSummary.DecisionGroup g : s.decisions()) {
      if (g.total() == 0) {
        continue;
      }
      md.append("### ")
          .append(md(g.title()))
          .append(" (")
          .append(t.count(g.total()))
          .append(")\n\n");
      list(md, t, g.items());
      if (g.total() > g.items().size()) {
        md.append(md(t.f("report.more", t.count(g.total() - g.items().size())))).append("\n\n");
      }
    }
    String nothing = t.nothingToDecide(s.decisions());
    if (nothing != null) {
      md.append(md(nothing)).append("\n\n");
    }
    if (s.ledger() != null && s.ledger().intact()) {
      md.append(md(s.ledger().text())).append("\n\n");
    }
    md.append("## ").append(md(t.t("report.compass"))).append("\n\n");
    if (s.compass().rows().isEmpty()) {
      md.append(md(t.t("none"))).append("\n\n");
    } else {
      md.append("| ")
          .append(md(t.t("chart.usage")))
          .append(" | ")
          .append(md(t.t("report.authority")));
      s.compass().axes().forEach(a -> md.append(" | ").append(md(a)));
      md.append(" | ").append(md(t.t("chart.recommendation"))).append(" |\n|---|---");
      s.compass().axes().forEach(a -> md.append("|---:"));
      md.append("|---|\n");
      for (ReportSummary.CompassRow r : s.compass().rows()) {
        md.append("| ").append(md(r.usage())).append(" | ").append(md(r.authority()));
        r.scores().forEach(x -> md.append(" | ").append(t.percent(x)));
        md.append(" | ").append(md(r.recommendation())).append(" |\n");
      }
      md.append('\n');
    }
    md.append(md(t.t("report.compassNote"))).append("\n\n");
    md.append("## ").append(md(t.t("report.benefits"))).append("\n\n");
    md.append(
            md(
                t.f(
                    "report.benefitsLine",
                    t.count(s.benefits().withMeasuredBenefits()),
                    t.count(s.benefits().withKnownFootprint()),
                    t.count(s.benefits().energyKwhPerYear()),
                    t.count(s.benefits().carbonKgPerYear()))))
        .append("\n\n");
    if (!s.benefits().rows().isEmpty()) {
      md.append("| ")
          .append(md(t.t("chart.usage")))
          .append(" | ")
          .append(md(t.t("report.authority")))
          .append(" | ")
          .append(md(t.t("chart.benefits.header")))
          .append(" | ")
          .append(md(t.t("chart.footprint.header")))
          .append(" |\n|---|---|---|---|\n");
      for (ReportSummary.BenefitRow r : s.benefits().rows()) {
        md.append("| ")
            .append(md(r.usage()))
            .append(" | ")
            .append(md(r.authority()))
            .append(" | ")
            .append(md(r.benefits()))
            .append(" | ")
            .append(md(r.footprint()))
            .append(" |\n");
      }
      md.append('\n');
    }
    strategy(md, t, s);
    md.append("## ").append(md(t.t("chart.timeline.title"))).append("\n\n");
    md.append("- ")
        .append(md(t.t("chart.timeline.overdue")))
        .append(" : ")
        .append(t.count(s.timeline().overdue()))
        .append('\n');
    for (ReportSummary.MonthDeadlines m : s.timeline().months()) {
      if (m.total() > 0) {
        md.append("- ").append(md(m.label())).append(" : ").append(t.count(m.total())).append('\n');
      }
    }
    md.append('\n');
    if (s.trend() != null) {
      md.append("## ").append(md(t.t("chart.trend.title"))).append("\n\n");
      md.append(
              md(
                  t.f(
                      "chart.trend.desc",
                      s.headlineCharter(),
                      t.count(s.trend().improved()),
                      t.count(s.trend().worsened()),
                      t.count(s.trend().unchanged()),
                      t.count(s.trend().firstEvaluated()))))
          .append("\n\n");
    }
    if (!s.maturity().isEmpty()) {
      md.append("## ").append(md(t.t("chart.maturity.title"))).append("\n\n");
      for (ReportSummary.BandMaturity b : s.maturity()) {
        md.append("- ")
            .append(md(b.label()))
            .append(" : ")
            .append(t.percent(b.maturity()))
            .append(" (")
            .append(md(t.f("chart.maturity.authorities", b.authorities())))
            .append(")\n");
      }
      md.append('\n');
    }
    md.append("## ").append(md(t.t("report.detail"))).append("\n\n");
    for (ReportSummary.PageLink p : s.pages()) {
      md.append("- [")
          .append(md(p.label()))
          .append("](")
          .append(p.file().replace(".html", ".md"))
          .append(")\n");
    }
    if (s.usages() == 0) {
      md.append(md(t.t("none"))).append('\n');
    }
    return md.toString();
  }

  /** One usage's section. */
  public static String section(Words t, UsageSection u) {
    StringBuilder md = new StringBuilder(4096);
    md.append("\n### ").append(md(u.name())).append(" — ").append(md(u.authority())).append("\n\n");
    md.append(md(u.authority()))
        .append(" — ")
        .append(md(u.stage()))
        .append(" — ")
        .append(md(t.t("section.recommendation")))
        .append(' ')
        .append(md(u.recommendation()))
        .append("\n\n");
    if (u.summary() != null) {
      md.append("> ").append(md(u.summary())).append("\n\n");
    }
    para(md, t.t("section.what"), u.whatItDoes());
    para(md, t.t("section.whyAi"), u.whyAi());
    heading(md, t.t("section.alternatives"));
    list(md, t, u.alternatives());
    heading(md, t.t("section.affected"));
    list(md, t, u.affected());
    para(md, t.t("section.oversight"), u.oversight());
    heading(md, t.t("section.data"));
    list(md, t, u.data());
    para(md, t.t("section.aiAct"), u.tier());
    list(md, t, u.tierReasons());
    md.append("**").append(md(t.t("section.duties"))).append("**\n\n");
    list(md, t, u.duties());
    md.append("**").append(md(t.t("section.questions"))).append("**\n\n");
    list(md, t, u.openQuestions());
    heading(md, t.t("section.findings"));
    for (UsageSection.CharterResult c : u.charters()) {
      md.append("**")
          .append(md(c.title()))
          .append("** — ")
          .append(md(c.verdict()))
          .append(", ")
          .append(t.percent(c.score()))
          .append("\n\n");
      if (c.principles().isEmpty()) {
        md.append(md(t.t("section.nothingToDo"))).append("\n\n");
      }
      for (UsageSection.PrincipleFindings p : c.principles()) {
        md.append("- ").append(md(p.title())).append('\n');
        for (UsageSection.FindingLine f : p.findings()) {
          md.append("  - ");
          if (f.blocking()) {
            md.append("**").append(md(t.t("section.blocking"))).append("** ");
          }
          md.append(md(f.outcome())).append(" : ").append(md(f.text()));
          if (f.remediation() != null) {
            md.append(" — ").append(md(f.remediation()));
          }
          if (f.sources() != null) {
            md.append(" (").append(md(f.sources())).append(')');
          }
          md.append('\n');
        }
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The strategies, the value against the footprint and the barometer, when given. */
  private static void strategy(StringBuilder md, Words t, ReportSummary s) {
    if (!s.strategies().isEmpty()) {
      md.append("## ").append(md(t.t("report.strategy"))).append("\n\n");
      for (ReportSummary.StrategySection st : s.strategies()) {
        md.append("### ").append(md(st.authority())).append("\n\n");
        md.append(md(t.f("strategy.roadmap", st.roadmap()))).append("\n\n");
        counts(md, t, t.t("strategy.milestones"), st.milestones());
        heading(md, t.t("strategy.indicators"));
        if (st.indicators().isEmpty()) {
          md.append(md(t.t("none"))).append("\n\n");
        } else {
          md.append("| ")
              .append(md(t.t("strategy.indicator")))
              .append(" | ")
              .append(md(t.t("strategy.baseline")))
              .append(" | ")
              .append(md(t.t("strategy.target")))
              .append(" | ")
              .append(md(t.t("strategy.measured")))
              .append(" | ")
              .append(md(t.t("strategy.progress")))
              .append(" |\n|---|---|---|---|---:|\n");
          for (ReportSummary.IndicatorLine i : st.indicators()) {
            md.append("| ")
                .append(md(i.name()))
                .append(" | ")
                .append(md(i.baseline()))
                .append(" | ")
                .append(md(i.target()))
                .append(" | ")
                .append(md(i.measured()))
                .append(" | ")
                .append(i.progress() >= 0 ? t.percent(i.progress()) : "—")
                .append(" |\n");
          }
          md.append('\n');
        }
        para(
            md,
            t.t("strategy.acculturation"),
            t.f(
                "strategy.acculturationLine",
                t.count(st.sessions()),
                t.count(st.participants()),
                st.trainedShare()));
        heading(md, t.f("strategy.committee", st.committee()));
        List<String> meetings = new java.util.ArrayList<>();
        for (ReportSummary.MeetingLine m : st.meetings()) {
          String line = t.f("strategy.meeting", m.date(), t.count(m.attendees()));
          meetings.add(
              line
                  + " : "
                  + (m.decisions().isEmpty()
                      ? t.t("strategy.noDecision")
                      : String.join(" ; ", m.decisions())));
        }
        list(md, t, meetings);
      }
    }
    if (s.value() != null) {
      ReportSummary.ValueSection v = s.value();
      md.append("## ").append(md(t.t("report.value"))).append("\n\n");
      md.append(
              md(
                  t.f(
                      "report.valueLine",
                      t.count(v.total()),
                      v.euros(),
                      v.hours(),
                      v.carbonAvoided(),
                      v.footprintCarbon(),
                      v.footprintEnergy())))
          .append("\n\n");
      if (!v.rows().isEmpty()) {
        md.append("| ")
            .append(md(t.t("chart.usage")))
            .append(" | ")
            .append(md(t.t("report.authority")))
            .append(" | ")
            .append(md(t.t("chart.value.header")))
            .append(" | ")
            .append(md(t.t("chart.value.carbon")))
            .append(" | ")
            .append(md(t.t("chart.value.footprint")))
            .append(" |\n|---|---|---:|---:|---:|\n");
        for (ReportSummary.ValueRow r : v.rows()) {
          md.append("| ")
              .append(md(r.usage()))
              .append(" | ")
              .append(md(r.authority()))
              .append(" | ")
              .append(md(r.euros()))
              .append(" | ")
              .append(md(r.carbonAvoided()))
              .append(" | ")
              .append(md(r.footprintCarbon()))
              .append(" |\n");
        }
        md.append('\n');
      }
      md.append(md(t.t("report.factors"))).append(" :\n\n");
      list(md, t, v.factors());
    }
    if (s.barometer() != null) {
      ReportSummary.BarometerSection b = s.barometer();
      md.append("## ").append(md(t.t("report.barometer"))).append("\n\n");
      md.append(md(t.f("report.barometerLine", b.date(), t.count(b.authorities())))).append("\n\n");
      md.append("| ")
          .append(md(t.t("chart.band")))
          .append(" | ")
          .append(md(t.t("chart.authorities")))
          .append(" | ")
          .append(md(t.t("chart.barometer.scored")))
          .append(" | ")
          .append(md(t.t("chart.barometer.median")))
          .append(" | ")
          .append(md(t.t("chart.barometer.mean")))
          .append(" |\n|---|---:|---:|---:|---:|\n");
      List<ReportSummary.BarometerRow> all = new java.util.ArrayList<>(b.rows());
      all.addAll(b.sizes());
      for (ReportSummary.BarometerRow r : all) {
        md.append("| ")
            .append(md(r.label()))
            .append(" | ")
            .append(t.count(r.authorities()))
            .append(" | ")
            .append(t.count(r.scored()))
            .append(" | ")
            .append(md(r.median()))
            .append(" | ")
            .append(md(r.mean()))
            .append(" |\n");
      }
      md.append('\n');
    }
  }

  private static void counts(StringBuilder md, Words t, String title, List<Count> counts) {
    md.append("| ").append(md(title)).append(" | |\n|---|---:|\n");
    for (Count c : counts) {
      md.append("| ").append(md(c.label())).append(" | ").append(t.count(c.count())).append(" |\n");
    }
    md.append('\n');
  }

  private static void heading(StringBuilder md, String title) {
    md.append("#### ").append(md(title)).append("\n\n");
  }

  private static void para(StringBuilder md, String title, String text) {
    heading(md, title);
    md.append(md(text)).append("\n\n");
  }

  private static void list(StringBuilder md, Words t, List<String> items) {
    if (items.isEmpty()) {
      md.append(md(t.t("none"))).append("\n\n");
      return;
    }
    for (String i : items) {
      md.append("- ").append(md(i)).append('\n');
    }
    md.append('\n');
  }
}
