package eu.civicai.governance.exchange.internal;

import java.util.regex.Pattern;

/**
 * Cells of a CSV file that a spreadsheet would read as a formula (CWE-1236): a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * which spreadsheets read as "text follows" and do not show; a plain number ({@code -1.55}) is left
 * as it is. Shared by the CSV formats of the module.
 */
public final class Formulas {
  private Formulas() {}

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,30}(?:[.,]\\d{1,30})?");

  /** Characters that make a spreadsheet read a cell as a formula when they come first. */
  public static boolean formulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Neutralises a cell. */
  public static String neutralise(String cell) {
    if (cell.isEmpty() || !formulaStart(cell.charAt(0)) || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  /** Undoes {@link #neutralise}: an apostrophe before a formula's first character is dropped. */
  public static String unneutralise(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'' && formulaStart(cell.charAt(1))) {
      return cell.substring(1);
    }
    return cell;
  }
}
