package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the library's citations of the EU AI Act in French or English. The canonical form, used in
 * JSON and in English text, cites to the point and letter: "Art. 5(1)(h)", "Art. 50(4)", "Annex
 * III, point 5(a)", "Annex VIII, Section C". French text follows the French version of the Official
 * Journal: "art. 5, § 1, point h)", "art. 50, § 4", "annexe III, point 5 a)". Stateless and
 * thread-safe.
 */
public final class Citations {
  private static final Pattern ARTICLE =
      Pattern.compile("Art\\. (\\d+)(?:\\((\\d+)\\))?(?:\\(([a-z]+)\\))?(?:\\(([ivx]+)\\))?");
  private static final Pattern RANGE = Pattern.compile("Art\\. (\\d+)–(\\d+)");
  private static final Pattern ANNEX_POINT =
      Pattern.compile("Annex ([IVX]+), point (\\d+)(?:\\(([a-z])\\))?");
  private static final Pattern ANNEX_SECTION = Pattern.compile("Annex ([IVX]+), Section ([A-Z])");
  private static final Pattern ANNEX = Pattern.compile("Annex ([IVX]+)");
  private static final Pattern CHAPTER = Pattern.compile("Chapter ([IVX]+)");

  private Citations() {}

  /**
   * Returns a citation written for a locale: as given in English, in the French form in French. A
   * text that is not a citation of the forms above is returned unchanged.
   *
   * @param citation the canonical citation, such as "Art. 26(6)"
   * @param locale the locale; French for {@code fr}, English otherwise
   * @return the citation in that language
   * @throws eu.civicai.governance.InvalidInputException when the citation or the locale is null
   */
  public static String render(String citation, Locale locale) {
    eu.civicai.governance.internal.Check.notNull("citation", citation);
    eu.civicai.governance.internal.Check.notNull("locale", locale);
    if (!Messages.isFrench(locale)) {
      return citation;
    }
    Matcher m = RANGE.matcher(citation);
    if (m.matches()) {
      return "art. " + m.group(1) + " à " + m.group(2);
    }
    m = ARTICLE.matcher(citation);
    if (m.matches()) {
      StringBuilder out = new StringBuilder("art. ").append(m.group(1));
      if (m.group(2) != null) {
        out.append(", § ").append(m.group(2));
      }
      if (m.group(3) != null) {
        out.append(", point ").append(m.group(3)).append(')');
      }
      if (m.group(4) != null) {
        out.append(' ').append(m.group(4)).append(')');
      }
      return out.toString();
    }
    m = ANNEX_POINT.matcher(citation);
    if (m.matches()) {
      return "annexe "
          + m.group(1)
          + ", point "
          + m.group(2)
          + (m.group(3) == null ? "" : " " + m.group(3) + ")");
    }
    m = ANNEX_SECTION.matcher(citation);
    if (m.matches()) {
      return "annexe " + m.group(1) + ", section " + m.group(2);
    }
    m = ANNEX.matcher(citation);
    if (m.matches()) {
      return "annexe " + m.group(1);
    }
    m = CHAPTER.matcher(citation);
    if (m.matches()) {
      return "chapitre " + m.group(1);
    }
    return citation;
  }

  /**
   * Returns citations written for a locale and joined with ", " (with " ; " in French, where the
   * citations themselves hold commas).
   *
   * @param citations the canonical citations
   * @param locale the locale
   * @return the joined citations
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static String render(List<String> citations, Locale locale) {
    eu.civicai.governance.internal.Check.notNull("citations", citations);
    String separator = Messages.isFrench(locale) ? " ; " : ", ";
    StringBuilder out = new StringBuilder();
    for (String c : citations) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(render(c, locale));
    }
    return out.toString();
  }
}
