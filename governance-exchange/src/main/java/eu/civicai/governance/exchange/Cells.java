package eu.civicai.governance.exchange;

import eu.civicai.governance.usage.DatePrecision;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How the cells of real exports are written: lists, dates, decimals, neutralised formulas. */
final class Cells {
  private Cells() {}

  /**
   * What separates the items of a list: a comma, a semicolon, a line break, a vertical bar, or a
   * hyphen, dash or slash with spaces around it. A hyphen without spaces joins a name ("Exo-Dev",
   * "Saint-Rémy"), so it never separates on its own.
   */
  private static final Pattern LIST = Pattern.compile("\\s*(?:[,;|\\n\\r]|\\s[-–—/]\\s)\\s*");

  private static final Pattern UNSPACED_JOIN = Pattern.compile("(?<=\\S)[-/](?=\\S)");

  /** Spreadsheet serial day numbers count from 30 December 1899 (from 1 March 1900 on). */
  private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final Pattern SERIAL = Pattern.compile("\\d{2,7}(?:[.,]\\d+)?");

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,30}(?:[.,]\\d{1,30})?");

  /** Splits a list on its separators; blank items are dropped. */
  static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : LIST.split(cell.strip())) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Returns whether a cell has a list separator. */
  static boolean isList(String cell) {
    return LIST.matcher(cell.strip()).find();
  }

  /** Returns whether a text has a hyphen or slash between two non-spaces. */
  static boolean hasUnspacedJoin(String text) {
    return UNSPACED_JOIN.matcher(text).find();
  }

  /**
   * Splits a cell of known values into its list items, and an item joined by unspaced hyphens or
   * slashes ("Agent-Elu") into its parts when it is not a value but every part is one. Anything
   * else stays whole, to be reported as it was written.
   */
  static List<String> splitValues(String cell, Predicate<String> known) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String item : split(cell)) {
      if (!known.test(item) && hasUnspacedJoin(item)) {
        List<String> parts =
            List.of(UNSPACED_JOIN.split(item)).stream().map(String::strip).toList();
        if (parts.stream().allMatch(known)) {
          out.addAll(parts);
          continue;
        }
      }
      out.add(item);
    }
    return out;
  }

  /** A date read from a cell: the day, how exact it is, and whether it was a serial number. */
  record ReadDate(LocalDate date, DatePrecision precision, boolean serial) {}

  /**
   * Reads JJ/MM/AAAA, MM/AAAA, AAAA-MM-JJ, AAAA-MM (also with {@code -} or {@code .} between day,
   * month and year) or a spreadsheet serial day number; null when it is none of these.
   */
  static ReadDate date(@Nullable String text) {
    String v = text.strip();
    if (v.length() > 20) {
      return null;
    }
    try {
      if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] p = v.split("-");
        return day(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      }
      if (v.matches("\\d{4}-\\d{1,2}")) {
        String[] p = v.split("-");
        return month(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      }
      if (v.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
        String[] p = v.split("[/.-]");
        return day(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
      }
      if (v.matches("\\d{1,2}[/.-]\\d{4}")) {
        String[] p = v.split("[/.-]");
        return month(Integer.parseInt(p[1]), Integer.parseInt(p[0]));
      }
      if (SERIAL.matcher(v).matches()) {
        long days = Long.parseLong(v.split("[.,]")[0]);
        if (days >= 61 && days <= 2_958_465) { // 1 March 1900 to 31 December 9999
          return new ReadDate(SERIAL_EPOCH.plusDays(days), null, true);
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static ReadDate day(int year, int month, int day) {
    return new ReadDate(LocalDate.of(year, month, day), null, false);
  }

  private static ReadDate month(int year, int month) {
    return new ReadDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, false);
  }

  /** Reads a decimal number written with a point or a comma; null when it is not one. */
  static BigDecimal decimal(@Nullable String text) {
    String v = text.strip();
    if (!NUMBER.matcher(v).matches()) {
      return null;
    }
    return new BigDecimal(v.replace(',', '.'));
  }

  /** Neutralises a cell against formula injection (see {@code Formulas}). */
  static String neutralise(String cell) {
    return eu.civicai.governance.exchange.internal.Formulas.neutralise(cell);
  }

  /** Undoes {@link #neutralise}. */
  static String unneutralise(String cell) {
    return eu.civicai.governance.exchange.internal.Formulas.unneutralise(cell);
  }
}
