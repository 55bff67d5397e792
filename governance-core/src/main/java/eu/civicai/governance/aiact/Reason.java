package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One step of a classification's reasoning, with the articles behind it to the paragraph and point.
 *
 * @param code what was found
 * @param detail the value concerned (a practice, an Annex III point, exemptions, a date)
 * @param articles the articles and annex points behind this step, in the canonical form ("Art.
 *     5(1)(h)", "Annex III, point 5(a)"); null or empty gives the code's articles
 */
public record Reason(ReasonCode code, @Nullable String detail, @Nullable List<String> articles) {

  /** Checks the code and copies the articles. */
  public Reason {
    Check.notNull("code", code);
    articles =
        articles == null || articles.isEmpty() ? code.articles() : Check.list("articles", articles);
  }

  /**
   * Returns a reason citing the code's articles.
   *
   * @param code what was found
   * @param detail the value concerned
   */
  public Reason(ReasonCode code, @Nullable String detail) {
    this(code, detail, null);
  }

  /**
   * Returns the reason in French or English.
   *
   * @param locale the locale; French for {@code fr}, English otherwise
   * @return the text
   */
  public String explain(Locale locale) {
    return Texts.format(locale, "reason." + code.name(), detail == null ? "" : label(locale));
  }

  /** The detail for people: each value's label (a practice, a point), dates written out. */
  private String label(Locale locale) {
    StringBuilder out = new StringBuilder();
    for (String token : detail.split(", ")) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(labelOf(token, locale));
    }
    return out.toString();
  }

  private static String labelOf(String token, Locale locale) {
    if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Texts.date(java.time.LocalDate.parse(token), locale);
    }
    for (Class<? extends Enum<?>> type : DETAIL_TYPES) {
      for (Enum<?> value : type.getEnumConstants()) {
        if (value.name().equals(token) && value instanceof eu.civicai.governance.Labelled l) {
          return l.label(locale);
        }
      }
    }
    return token;
  }

  private static final List<Class<? extends Enum<?>>> DETAIL_TYPES =
      List.of(
          eu.civicai.governance.usage.ProhibitedPractice.class,
          eu.civicai.governance.usage.AnnexIiiPoint.class,
          eu.civicai.governance.usage.AnnexIiiArea.class,
          eu.civicai.governance.usage.Article6Exemption.class,
          eu.civicai.governance.usage.Article2Exclusion.class,
          eu.civicai.governance.usage.RealTimeBiometricException.class,
          eu.civicai.governance.usage.AiActRole.class,
          eu.civicai.governance.usage.AiTechnique.class,
          eu.civicai.governance.usage.GeneralPurposeAi.class);

  /**
   * Returns the articles written for a locale ("annexe III, point 5 a)" in French).
   *
   * @param locale the locale
   * @return the citations joined with ", "
   */
  public String cite(Locale locale) {
    return Citations.render(articles, locale);
  }
}
