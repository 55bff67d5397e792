package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiActRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One obligation as it stands for one usage: who bears it, the articles it comes from (to the
 * paragraph and point), the date it applies from and whether it applies on the day of the
 * classification.
 *
 * @param obligation the obligation
 * @param bearer PROVIDER, DEPLOYER or PROVIDER_AND_DEPLOYER
 * @param articles the articles in the canonical form ("Art. 26(6)", "Annex III, point 5(a)"); not
 *     empty
 * @param appliesFrom the date the obligation applies from
 * @param status whether it applies on the day of the classification
 */
public record Duty(
    Obligation obligation,
    AiActRole bearer,
    List<String> articles,
    LocalDate appliesFrom,
    DutyStatus status) {

  /** Checks the components; every one is required. */
  public Duty {
    Check.notNull("obligation", obligation);
    Check.notNull("bearer", bearer);
    articles = Check.list("articles", articles);
    Check.notNull("appliesFrom", appliesFrom);
    Check.notNull("status", status);
  }

  /**
   * Returns what the duty asks, in French or English, with "applies from D" when it does not apply
   * yet and "if" when it depends on open questions.
   *
   * @param locale the locale; French for {@code fr}, English otherwise
   * @return the text
   */
  public String describe(Locale locale) {
    String text = obligation.describe(locale);
    return switch (status) {
      case APPLIES -> text;
      case NOT_YET_APPLICABLE ->
          Texts.format(locale, "duty.notYet", text, Texts.date(appliesFrom, locale));
      case DEPENDS_ON_ANSWERS -> Texts.format(locale, "duty.depends", text);
    };
  }

  /**
   * Returns the articles written for a locale ("art. 26, § 6" in French).
   *
   * @param locale the locale
   * @return the citations joined with ", "
   */
  public String cite(Locale locale) {
    return Citations.render(articles, locale);
  }
}
