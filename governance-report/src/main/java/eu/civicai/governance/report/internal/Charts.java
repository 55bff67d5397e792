package eu.civicai.governance.report.internal;

import eu.civicai.governance.report.Count;
import eu.civicai.governance.report.ReportSummary;
import java.util.ArrayList;
import java.util.List;

/** Draws the first page's charts from the summary. Stateless. */
public final class Charts {
  private static final String[] VERDICT_COLOURS = {"#2e7d32", "#8bc34a", "#f9a825", "#c62828"};
  private static final String[] AXIS_COLOURS = {"#1565c0", "#6a1b9a", "#00838f", "#5d4037"};
  private static final String[] KIND_COLOURS = {"#5d4037", "#1565c0", "#f9a825", "#00838f"};
  private static final int WIDTH = 680;
  private static final int LABEL = 260;

  private final Words w;
  private final Format format;

  /** Charts in a report's words and formats. */
  public Charts(Words words, Format format) {
    this.w = words;
    this.format = format;
  }

  /** Every chart the summary has data for, in the first page's order. */
  public List<Chart> all(ReportSummary s) {
    List<Chart> out = new ArrayList<>();
    out.add(verdictsPerCharter(s));
    out.add(compass(s.compass()));
    out.add(benefits(s.benefits()));
    out.add(timeline(s.timeline()));
    if (s.trend() != null) {
      out.add(trend(s.trend(), s.headlineCharter()));
    }
    if (!s.maturity().isEmpty()) {
      out.add(maturity(s.maturity()));
    }
    if (s.value() != null && !s.value().rows().isEmpty()) {
      out.add(value(s.value()));
    }
    if (s.barometer() != null) {
      out.add(barometer(s.barometer()));
    }
    return out;
  }

  /** Verdicts per charter: one stacked bar per charter, a segment per verdict. */
  Chart verdictsPerCharter(ReportSummary s) {
    List<Chart.Shape> shapes = new ArrayList<>();
    int row = 26;
    int top = 34;
    int barWidth = WIDTH - LABEL - 20;
    legend(shapes, s.verdicts().stream().map(Count::label).toList(), VERDICT_COLOURS);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(w.t("chart.charter"));
    s.verdicts().forEach(c -> header.add(c.label()));
    int i = 0;
    for (ReportSummary.CharterVerdicts c : s.charters()) {
      double y = top + i * row;
      long total = c.verdicts().stream().mapToLong(Count::count).sum();
      shapes.add(Chart.Shape.text(LABEL - 8, y + 15, shorten(c.title(), 38), "end"));
      double x = LABEL;
      List<String> cells = new ArrayList<>();
      cells.add(c.title());
      int k = 0;
      for (Count v : c.verdicts()) {
        double width = total == 0 ? 0 : barWidth * (double) v.count() / total;
        if (v.count() > 0) {
          shapes.add(
              Chart.Shape.rect(
                  x,
                  y,
                  width,
                  20,
                  VERDICT_COLOURS[k % 4],
                  c.title() + " — " + v.label() + " : " + format.count(v.count())));
        }
        x += width;
        cells.add(format.count(v.count()));
        k++;
      }
      rows.add(cells);
      i++;
    }
    return new Chart(
        "chart-verdicts",
        w.t("chart.verdicts.title"),
        w.t("chart.verdicts.desc"),
        WIDTH,
        top + Math.max(1, i) * row + 10,
        shapes,
        header,
        rows);
  }

  /** The compass's axes: for each usage shown, one bar per axis, in percent. */
  Chart compass(ReportSummary.CompassTable t) {
    List<Chart.Shape> shapes = new ArrayList<>();
    legend(shapes, t.axes(), AXIS_COLOURS);
    int top = 34;
    int bar = 8;
    int row = Math.max(1, t.axes().size()) * bar + 10;
    int barWidth = WIDTH - LABEL - 60;
    List<String> header = new ArrayList<>();
    header.add(w.t("chart.usage"));
    header.add(w.t("report.authority"));
    header.addAll(t.axes());
    header.add(w.t("chart.recommendation"));
    List<List<String>> rows = new ArrayList<>();
    int i = 0;
    for (ReportSummary.CompassRow r : t.rows()) {
      double y = top + i * row;
      shapes.add(Chart.Shape.text(LABEL - 8, y + row / 2.0 + 2, shorten(r.usage(), 38), "end"));
      List<String> cells = new ArrayList<>();
      cells.add(r.usage());
      cells.add(r.authority());
      for (int a = 0; a < r.scores().size(); a++) {
        int score = r.scores().get(a);
        String axis = a < t.axes().size() ? t.axes().get(a) : "";
        shapes.add(
            Chart.Shape.rect(
                LABEL,
                y + a * bar,
                barWidth * score / 100.0,
                bar - 1,
                AXIS_COLOURS[a % 4],
                r.usage() + " (" + r.authority() + ") — " + axis + " : " + format.percent(score)));
        cells.add(format.percent(score));
      }
      shapes.add(
          Chart.Shape.text(WIDTH - 4, y + row / 2.0 + 2, shorten(r.recommendation(), 14), "end"));
      cells.add(r.recommendation());
      rows.add(cells);
      i++;
    }
    shapes.add(Chart.Shape.line(LABEL, top - 2, LABEL, top + Math.max(1, i) * row, "#999"));
    shapes.add(
        Chart.Shape.line(
            LABEL + barWidth, top - 2, LABEL + barWidth, top + Math.max(1, i) * row, "#ddd"));
    return new Chart(
        "chart-compass",
        w.t("chart.compass.title"),
        w.f("chart.compass.desc", format.count(t.rows().size()), format.count(t.total())),
        WIDTH,
        top + Math.max(1, i) * row + 10,
        shapes,
        header,
        rows);
  }

  /** Benefits against footprint: measured benefits (left) and annual energy (right) per usage. */
  Chart benefits(ReportSummary.Benefits b) {
    List<Chart.Shape> shapes = new ArrayList<>();
    int top = 40;
    int row = 22;
    double mid = LABEL + (WIDTH - LABEL) / 2.0;
    double half = (WIDTH - LABEL) / 2.0 - 10;
    long maxBenefits =
        Math.max(
            1,
            b.rows().stream()
                .mapToLong(ReportSummary.BenefitRow::measuredBenefits)
                .max()
                .orElse(1));
    double maxLog =
        Math.max(
            1,
            b.rows().stream()
                .mapToDouble(r -> Math.log10(1 + Math.max(0, r.energyKwhPerYear())))
                .max()
                .orElse(1));
    shapes.add(Chart.Shape.text(mid - 6, 20, w.t("chart.benefits.left"), "end"));
    shapes.add(Chart.Shape.text(mid + 6, 20, w.t("chart.benefits.right"), "start"));
    List<List<String>> rows = new ArrayList<>();
    int i = 0;
    for (ReportSummary.BenefitRow r : b.rows()) {
      double y = top + i * row;
      shapes.add(Chart.Shape.text(LABEL - 8, y + 14, shorten(r.usage(), 38), "end"));
      double left = half * r.measuredBenefits() / maxBenefits;
      shapes.add(
          Chart.Shape.rect(
              mid - left,
              y,
              left,
              18,
              "#2e7d32",
              r.usage() + " (" + r.authority() + ") — " + r.benefits()));
      if (r.energyKwhPerYear() >= 0) {
        double right = half * Math.log10(1 + r.energyKwhPerYear()) / maxLog;
        shapes.add(
            Chart.Shape.rect(
                mid,
                y,
                right,
                18,
                "#757575",
                r.usage() + " (" + r.authority() + ") — " + r.footprint()));
      } else {
        shapes.add(Chart.Shape.text(mid + 6, y + 14, w.t("footprint.unknown"), "start"));
      }
      rows.add(List.of(r.usage(), r.authority(), r.benefits(), r.footprint()));
      i++;
    }
    shapes.add(Chart.Shape.line(mid, top - 4, mid, top + Math.max(1, i) * row, "#333"));
    return new Chart(
        "chart-benefits",
        w.t("chart.benefits.title"),
        w.t("chart.benefits.desc"),
        WIDTH,
        top + Math.max(1, i) * row + 10,
        shapes,
        List.of(
            w.t("chart.usage"),
            w.t("report.authority"),
            w.t("chart.benefits.header"),
            w.t("chart.footprint.header")),
        rows);
  }

  /** The deadlines of the next twelve months, stacked by kind, with the overdue ones first. */
  Chart timeline(ReportSummary.Timeline t) {
    List<Chart.Shape> shapes = new ArrayList<>();
    List<String> kinds =
        List.of(w.t("kind.retention"), w.t("kind.aiAct"), w.t("kind.waivers"), w.t("kind.reviews"));
    legend(shapes, kinds, KIND_COLOURS);
    int top = 40;
    int height = 150;
    int columns = 13;
    double col = (WIDTH - 20.0) / columns;
    long max =
        Math.max(
            1,
            Math.max(
                t.overdue(),
                t.months().stream()
                    .mapToLong(ReportSummary.MonthDeadlines::total)
                    .max()
                    .orElse(1)));
    double base = top + height;
    List<List<String>> rows = new ArrayList<>();
    // The first column: deadlines already passed.
    double h0 = height * (double) t.overdue() / max;
    shapes.add(
        Chart.Shape.rect(
            10 + 4,
            base - h0,
            col - 8,
            h0,
            "#c62828",
            w.t("chart.timeline.overdue") + " : " + format.count(t.overdue())));
    shapes.add(
        Chart.Shape.text(10 + col / 2, base + 14, w.t("chart.timeline.overdueShort"), "middle"));
    rows.add(List.of(w.t("chart.timeline.overdue"), format.count(t.overdue()), "", "", ""));
    for (int i = 0; i < t.months().size(); i++) {
      ReportSummary.MonthDeadlines m = t.months().get(i);
      double x = 10 + (i + 1) * col;
      double y = base;
      long[] counts = {m.retention(), m.aiAct(), m.waivers(), m.reviews()};
      for (int k = 0; k < 4; k++) {
        double h = height * (double) counts[k] / max;
        if (counts[k] > 0) {
          shapes.add(
              Chart.Shape.rect(
                  x + 4,
                  y - h,
                  col - 8,
                  h,
                  KIND_COLOURS[k],
                  m.label() + " — " + kinds.get(k) + " : " + format.count(counts[k])));
        }
        y -= h;
      }
      shapes.add(Chart.Shape.text(x + col / 2, base + 14, shorten(m.label(), 4), "middle"));
      if (m.total() > 0) {
        shapes.add(Chart.Shape.text(x + col / 2, y - 4, format.count(m.total()), "middle"));
      }
      rows.add(
          List.of(
              m.label(),
              format.count(m.retention()),
              format.count(m.aiAct()),
              format.count(m.waivers()),
              format.count(m.reviews())));
    }
    shapes.add(Chart.Shape.line(10, base, WIDTH - 10, base, "#333"));
    List<String> header = new ArrayList<>();
    header.add(w.t("chart.month"));
    header.addAll(kinds);
    // The overdue row's counts are retention deadlines: they sit in the first kind's column.
    List<List<String>> fixed = new ArrayList<>();
    fixed.add(List.of(w.t("chart.timeline.overdue"), format.count(t.overdue()), "—", "—", "—"));
    fixed.addAll(rows.subList(1, rows.size()));
    return new Chart(
        "chart-timeline",
        w.t("chart.timeline.title"),
        w.t("chart.timeline.desc"),
        WIDTH,
        top + height + 24,
        shapes,
        header,
        fixed);
  }

  /** The headline charter's verdicts now and at the previous report, side by side. */
  Chart trend(ReportSummary.Trend t, String charter) {
    List<Chart.Shape> shapes = new ArrayList<>();
    legend(
        shapes,
        List.of(w.t("chart.trend.previous"), w.t("chart.trend.current")),
        new String[] {"#9e9e9e", "#1565c0"});
    int top = 34;
    int row = 30;
    int barWidth = WIDTH - LABEL - 60;
    long max = 1;
    for (int i = 0; i < t.current().size(); i++) {
      max = Math.max(max, Math.max(t.current().get(i).count(), t.previous().get(i).count()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < t.current().size(); i++) {
      Count now = t.current().get(i);
      Count before = t.previous().get(i);
      double y = top + i * row;
      shapes.add(Chart.Shape.text(LABEL - 8, y + 16, now.label(), "end"));
      double wb = barWidth * (double) before.count() / max;
      double wn = barWidth * (double) now.count() / max;
      shapes.add(
          Chart.Shape.rect(
              LABEL,
              y,
              wb,
              12,
              "#9e9e9e",
              now.label()
                  + " — "
                  + w.t("chart.trend.previous")
                  + " : "
                  + format.count(before.count())));
      shapes.add(
          Chart.Shape.rect(
              LABEL,
              y + 13,
              wn,
              12,
              "#1565c0",
              now.label()
                  + " — "
                  + w.t("chart.trend.current")
                  + " : "
                  + format.count(now.count())));
      shapes.add(
          Chart.Shape.text(
              LABEL + Math.max(wb, wn) + 6,
              y + 20,
              format.count(before.count()) + " → " + format.count(now.count()),
              "start"));
      rows.add(List.of(now.label(), format.count(before.count()), format.count(now.count())));
    }
    return new Chart(
        "chart-trend",
        w.t("chart.trend.title"),
        w.f(
            "chart.trend.desc",
            charter,
            format.count(t.improved()),
            format.count(t.worsened()),
            format.count(t.unchanged()),
            format.count(t.firstEvaluated())),
        WIDTH,
        top + t.current().size() * row + 10,
        shapes,
        List.of(w.t("chart.verdict"), w.t("chart.trend.previous"), w.t("chart.trend.current")),
        rows);
  }

  /** The mean maturity of each authority size band, in percent. */
  Chart maturity(List<ReportSummary.BandMaturity> bands) {
    List<Chart.Shape> shapes = new ArrayList<>();
    int top = 10;
    int row = 30;
    int barWidth = WIDTH - LABEL - 60;
    List<List<String>> rows = new ArrayList<>();
    int i = 0;
    for (ReportSummary.BandMaturity b : bands) {
      double y = top + i * row;
      shapes.add(Chart.Shape.text(LABEL - 8, y + 16, b.label(), "end"));
      double width = barWidth * b.maturity() / 100.0;
      shapes.add(
          Chart.Shape.rect(
              LABEL, y, width, 22, "#00838f", b.label() + " : " + format.percent(b.maturity())));
      shapes.add(
          Chart.Shape.text(
              LABEL + width + 6,
              y + 16,
              format.percent(b.maturity())
                  + " ("
                  + w.f("chart.maturity.authorities", b.authorities())
                  + ")",
              "start"));
      rows.add(
          List.of(
              b.label(),
              format.count(b.authorities()),
              format.count(b.usages()),
              format.percent(b.maturity())));
      i++;
    }
    return new Chart(
        "chart-maturity",
        w.t("chart.maturity.title"),
        w.t("chart.maturity.desc"),
        WIDTH,
        top + Math.max(1, i) * row + 10,
        shapes,
        List.of(
            w.t("chart.band"),
            w.t("chart.authorities"),
            w.t("chart.usages"),
            w.t("chart.maturity")),
        rows);
  }

  /** Value against footprint: each usage's value in euros (left) and carbon footprint (right). */
  Chart value(ReportSummary.ValueSection v) {
    List<Chart.Shape> shapes = new ArrayList<>();
    int top = 40;
    int row = 22;
    double mid = LABEL + (WIDTH - LABEL) / 2.0;
    double half = (WIDTH - LABEL) / 2.0 - 10;
    double maxEuros =
        Math.max(
            1,
            v.rows().stream()
                .mapToDouble(r -> Math.log10(1 + Math.max(0, r.eurosValue())))
                .max()
                .orElse(1));
    double maxKg =
        Math.max(
            1,
            v.rows().stream()
                .mapToDouble(r -> Math.log10(1 + Math.max(0, r.footprintKg())))
                .max()
                .orElse(1));
    shapes.add(Chart.Shape.text(mid - 6, 20, w.t("chart.value.left"), "end"));
    shapes.add(Chart.Shape.text(mid + 6, 20, w.t("chart.value.right"), "start"));
    List<List<String>> rows = new ArrayList<>();
    int i = 0;
    for (ReportSummary.ValueRow r : v.rows()) {
      double y = top + i * row;
      shapes.add(Chart.Shape.text(LABEL - 8, y + 14, shorten(r.usage(), 38), "end"));
      if (r.eurosValue() >= 0) {
        double left = half * Math.log10(1 + r.eurosValue()) / maxEuros;
        shapes.add(
            Chart.Shape.rect(
                mid - left,
                y,
                left,
                18,
                "#2e7d32",
                r.usage() + " (" + r.authority() + ") — " + r.euros()));
      } else {
        shapes.add(Chart.Shape.text(mid - 6, y + 14, w.t("value.unknown"), "end"));
      }
      if (r.footprintKg() >= 0) {
        double right = half * Math.log10(1 + r.footprintKg()) / maxKg;
        shapes.add(
            Chart.Shape.rect(
                mid,
                y,
                right,
                18,
                "#757575",
                r.usage() + " (" + r.authority() + ") — " + r.footprintCarbon()));
      } else {
        shapes.add(Chart.Shape.text(mid + 6, y + 14, w.t("value.unknown"), "start"));
      }
      rows.add(
          List.of(r.usage(), r.authority(), r.euros(), r.carbonAvoided(), r.footprintCarbon()));
      i++;
    }
    shapes.add(Chart.Shape.line(mid, top - 4, mid, top + Math.max(1, i) * row, "#333"));
    return new Chart(
        "chart-value",
        w.t("chart.value.title"),
        w.t("chart.value.desc"),
        WIDTH,
        top + Math.max(1, i) * row + 10,
        shapes,
        List.of(
            w.t("chart.usage"),
            w.t("report.authority"),
            w.t("chart.value.header"),
            w.t("chart.value.carbon"),
            w.t("chart.value.footprint")),
        rows);
  }

  /** The barometer's median maturity per population band, the 50,000 boundary drawn. */
  Chart barometer(ReportSummary.BarometerSection b) {
    List<Chart.Shape> shapes = new ArrayList<>();
    int top = 24;
    int height = 150;
    int n = Math.max(1, b.rows().size());
    double col = (WIDTH - 20.0) / n;
    double base = top + height;
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < b.rows().size(); i++) {
      ReportSummary.BarometerRow r = b.rows().get(i);
      double x = 10 + i * col;
      if (r.medianValue() >= 0) {
        double h = height * r.medianValue() / 100.0;
        shapes.add(
            Chart.Shape.rect(
                x + 6,
                base - h,
                col - 12,
                h,
                r.from50000() ? "#1565c0" : "#00838f",
                r.label() + " : " + r.median()));
        shapes.add(Chart.Shape.text(x + col / 2, base - h - 4, r.median(), "middle"));
      } else {
        shapes.add(Chart.Shape.text(x + col / 2, base - 4, w.t("none"), "middle"));
      }
      shapes.add(Chart.Shape.text(x + col / 2, base + 14, shorten(r.label(), 16), "middle"));
      if (i > 0 && r.from50000() && !b.rows().get(i - 1).from50000()) {
        shapes.add(Chart.Shape.line(x, top - 10, x, base + 20, "#c62828"));
        shapes.add(Chart.Shape.text(x + 4, top - 2, w.t("chart.barometer.boundary"), "start"));
      }
      rows.add(
          List.of(
              r.label(),
              format.count(r.authorities()),
              format.count(r.scored()),
              r.median(),
              r.mean()));
    }
    shapes.add(Chart.Shape.line(10, base, WIDTH - 10, base, "#333"));
    return new Chart(
        "chart-barometer",
        w.t("chart.barometer.title"),
        w.t("chart.barometer.desc"),
        WIDTH,
        top + height + 24,
        shapes,
        List.of(
            w.t("chart.band"),
            w.t("chart.authorities"),
            w.t("chart.barometer.scored"),
            w.t("chart.barometer.median"),
            w.t("chart.barometer.mean")),
        rows);
  }

  private static void legend(List<Chart.Shape> shapes, List<String> labels, String[] colours) {
    double x = 10;
    for (int i = 0; i < labels.size(); i++) {
      shapes.add(Chart.Shape.rect(x, 6, 12, 12, colours[i % colours.length], labels.get(i)));
      shapes.add(Chart.Shape.text(x + 16, 16, labels.get(i), "start"));
      x += 30 + labels.get(i).length() * 7.0;
    }
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
