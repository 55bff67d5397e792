package eu.civicai.governance.cli;

import eu.civicai.governance.Labelled;
import eu.civicai.governance.barometer.AuthorityMaturity;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerGroup;
import eu.civicai.governance.barometer.ComponentScore;
import eu.civicai.governance.barometer.ComponentShare;
import eu.civicai.governance.barometer.MaturityComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The barometer as text tables in the caller's language: the groups by population band, by side of
 * the 50,000 boundary, by kind and by theme (authorities, how many scored, median and mean score,
 * each component's mean over the authorities where it is known, with their number), then one line
 * per authority. Unknowns are shown as such, never as 0.
 */
final class BarometerTable {
  private BarometerTable() {}

  static String text(Barometer b, Locale locale) {
    StringBuilder out = new StringBuilder();
    String day =
        b.asOf()
            .format(
                DateTimeFormatter.ofPattern(
                    french(locale) ? "dd/MM/yyyy" : "yyyy-MM-dd", Locale.ROOT));
    out.append(
            CliText.get(
                locale, "barometer.title", day, b.overall().authorities(), b.overall().scored()))
        .append('\n');
    List<String> weights = new ArrayList<>();
    for (MaturityComponent c : MaturityComponent.values()) {
      weights.add(c.label(locale) + " " + b.weights().weight(c));
    }
    out.append(
            CliText.get(
                locale, "barometer.formula", String.join(", ", weights), b.weights().total()))
        .append('\n');
    if (!b.weights().isDefault()) {
      out.append(CliText.get(locale, "barometer.customWeights")).append('\n');
    }
    section(out, locale, "barometer.byBand", b.byBand());
    section(out, locale, "barometer.bySize", b.bySize());
    section(out, locale, "barometer.byKind", b.byKind());
    section(out, locale, "barometer.byTheme", b.byTheme());
    if (b.withoutTheme() > 0) {
      out.append(CliText.get(locale, "barometer.withoutTheme", b.withoutTheme())).append('\n');
    }
    authorities(out, locale, b.authorities());
    return out.toString();
  }

  private static <K extends Labelled> void section(
      StringBuilder out, Locale locale, String title, List<BarometerGroup<K>> groups) {
    out.append('\n').append(CliText.get(locale, title)).append('\n');
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("");
    header.add(CliText.get(locale, "barometer.authorities"));
    header.add(CliText.get(locale, "barometer.scored"));
    header.add(CliText.get(locale, "barometer.median"));
    header.add(CliText.get(locale, "barometer.mean"));
    for (MaturityComponent c : MaturityComponent.values()) {
      header.add(CliText.get(locale, "barometer.column." + c.name()));
    }
    rows.add(header.toArray(String[]::new));
    for (BarometerGroup<K> g : groups) {
      List<String> row = new ArrayList<>();
      row.add(g.key().label(locale));
      row.add(Long.toString(g.authorities()));
      row.add(Long.toString(g.scored()));
      row.add(score(g.medianScore(), locale));
      row.add(score(g.meanScore(), locale));
      for (ComponentShare s : g.components()) {
        row.add(
            s.mean() == null
                ? unknown(locale)
                : percent(s.mean(), locale) + " (" + s.known() + ")");
      }
      rows.add(row.toArray(String[]::new));
    }
    table(out, rows);
  }

  private static void authorities(StringBuilder out, Locale locale, List<AuthorityMaturity> all) {
    out.append('\n').append(CliText.get(locale, "barometer.byAuthority")).append('\n');
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(CliText.get(locale, "barometer.authority"));
    header.add("SIREN");
    header.add(CliText.get(locale, "barometer.kind"));
    header.add(CliText.get(locale, "barometer.band"));
    header.add(CliText.get(locale, "barometer.score"));
    header.add(CliText.get(locale, "barometer.unknowns"));
    for (MaturityComponent c : MaturityComponent.values()) {
      header.add(CliText.get(locale, "barometer.column." + c.name()));
    }
    rows.add(header.toArray(String[]::new));
    for (AuthorityMaturity m : all) {
      List<String> row = new ArrayList<>();
      row.add(Escape.terminal(m.authorityName()));
      row.add(m.figures().siren() == null ? "—" : m.figures().siren().value());
      row.add(m.figures().kind().label(locale));
      row.add(m.band().label(locale));
      row.add(score(m.score(), locale));
      row.add(Integer.toString(m.unknownComponents()));
      for (ComponentScore c : m.components()) {
        row.add(c.isKnown() ? percent(c.value(), locale) : unknown(locale));
      }
      rows.add(row.toArray(String[]::new));
    }
    table(out, rows);
  }

  /** Left-aligns the first column, right-aligns the others, two spaces apart. */
  private static void table(StringBuilder out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = row[i];
        String pad = " ".repeat(width[i] - cell.length());
        if (i > 0) {
          line.append("  ");
        }
        line.append(i == 0 ? cell + pad : pad + cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String score(BigDecimal score, Locale locale) {
    if (score == null) {
      return unknown(locale);
    }
    String text = score.setScale(1, RoundingMode.HALF_UP).toPlainString();
    return french(locale) ? text.replace('.', ',') : text;
  }

  private static String percent(BigDecimal fraction, Locale locale) {
    String value =
        fraction
            .multiply(BigDecimal.valueOf(100))
            .setScale(0, RoundingMode.HALF_UP)
            .toPlainString();
    return french(locale) ? value + " %" : value + "%";
  }

  private static String unknown(Locale locale) {
    return CliText.get(locale, "barometer.unknown");
  }

  private static boolean french(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }
}
