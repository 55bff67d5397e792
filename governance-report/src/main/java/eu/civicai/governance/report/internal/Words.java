package eu.civicai.governance.report.internal;

import eu.civicai.governance.report.ReportSummary;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's own words in French or English, from the {@code report} resource bundles. The
 * language is the caller's: French for a locale whose language is {@code fr}, English otherwise;
 * the machine's default locale is never consulted. Immutable and thread-safe.
 */
public final class Words {
  private static final String BUNDLE = "eu.civicai.governance.report.internal.report";
  private final ResourceBundle bundle;
  private final Locale locale;

  private Words(Locale locale) {
    this.locale = locale;
    // ROOT holds the English words; asking for ROOT never falls back on the default locale's.
    this.bundle = ResourceBundle.getBundle(BUNDLE, isFrench(locale) ? Locale.FRENCH : Locale.ROOT);
  }

  /** Returns the words for a locale. */
  public static Words of(Locale locale) {
    return new Words(locale);
  }

  /** Whether a locale asks for French. */
  public static boolean isFrench(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }

  /** The locale the words are for. */
  public Locale locale() {
    return locale;
  }

  /** The language tag written in {@code <html lang>}: {@code fr} or {@code en}. */
  public String lang() {
    return isFrench(locale) ? "fr" : "en";
  }

  /** The text of a key. */
  public String t(String key) {
    return f(key);
  }

  /**
   * The text of a key written alone at the start of a table cell, its first letter capitalised
   * ("Non renseigné", "Not stated"): the bundles hold the forms that sit inside a sentence ("… —
   * non renseigné"), and a cell starts as a sentence does.
   */
  public String cell(String key) {
    String text = t(key);
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder(text.length())
        .appendCodePoint(Character.toTitleCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  /** A count with the locale's digit grouping ("35 000" in French, "35,000" in English). */
  public String count(long n) {
    return java.text.NumberFormat.getIntegerInstance(isFrench(locale) ? Locale.FRANCE : Locale.UK)
        .format(n);
  }

  /** A percentage: "91 %" in French (no-break space), "91%" in English. */
  public String percent(long n) {
    return count(n) + (isFrench(locale) ? "\u00a0%" : "%");
  }

  /**
   * The one line that stands for every kind with nothing to decide ("Rien à décider : dérogations
   * expirant dans les 90 jours ; …."), "Rien à décider maintenant." when no kind has any; null when
   * every kind has something.
   */
  public String nothingToDecide(List<ReportSummary.DecisionGroup> groups) {
    List<String> empty = new ArrayList<>();
    for (ReportSummary.DecisionGroup g : groups) {
      if (g.total() == 0) {
        empty.add(g.title().substring(0, 1).toLowerCase(locale) + g.title().substring(1));
      }
    }
    if (empty.isEmpty()) {
      return null;
    }
    return empty.size() == groups.size()
        ? t("decide.nothing")
        : f("decide.nothingElse", String.join(" ; ", empty));
  }

  /** The text of a key with its arguments ({@link MessageFormat}, in the report's locale). */
  public String f(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
