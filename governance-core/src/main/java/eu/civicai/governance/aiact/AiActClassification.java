package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiActRole;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of classifying one AI usage under the EU AI Act (immutable and thread-safe): the tier
 * as it applies to the authority in its role, the reasons with their articles, the duties with
 * their dates, the questions still open, and the rule set it was made with.
 *
 * @param tier the tier; UNDETERMINED when a question it depends on is open
 * @param reasons the reasoning, in the order it was made
 * @param duties every duty found, each with its bearer, articles, date and status
 * @param openQuestions what the record must answer for the classification to conclude
 * @param regulation the rule set: the text and the amendments it follows, and its version
 * @param role the authority's role as declared; null when not declared
 * @param assessedOn the day the duties' status was judged for; null when made without a date (then
 *     every duty found has the status APPLIES, with its date)
 */
public record AiActClassification(
    AiActTier tier,
    List<Reason> reasons,
    List<Duty> duties,
    List<OpenQuestion> openQuestions,
    String regulation,
    @Nullable AiActRole role,
    @Nullable LocalDate assessedOn) {

  /** Copies the lists. */
  public AiActClassification {
    Check.notNull("tier", tier);
    reasons = Check.listOrEmpty("reasons", reasons);
    duties = Check.listOrEmpty("duties", duties);
    openQuestions = Check.listOrEmpty("openQuestions", openQuestions);
    Check.notBlank("regulation", regulation);
  }

  /** Returns the duties that bind the authority on the day of the classification. */
  public List<Duty> obligations() {
    return withStatus(DutyStatus.APPLIES);
  }

  /** Returns the duties that will bind the authority from a later date. */
  public List<Duty> upcoming() {
    return withStatus(DutyStatus.NOT_YET_APPLICABLE);
  }

  /** Returns the duties that depend on the open questions. */
  public List<Duty> pending() {
    return withStatus(DutyStatus.DEPENDS_ON_ANSWERS);
  }

  /**
   * Returns the duty for an obligation, if the classification found it.
   *
   * @param obligation the obligation
   * @return the duty, or empty
   * @throws eu.civicai.governance.InvalidInputException when the obligation is null
   */
  public java.util.Optional<Duty> duty(Obligation obligation) {
    Check.notNull("obligation", obligation);
    return duties.stream().filter(d -> d.obligation() == obligation).findFirst();
  }

  /**
   * Returns the classification as text in French or English: the tier, each reason and duty with
   * its articles (in the locale's form: "annexe III, point 5 a)" in French), the duties that apply
   * later with their date, and the open questions; one line each, the tier first.
   *
   * @param locale the locale; French for {@code fr}, English otherwise
   * @return the text, ending with a line break
   * @throws eu.civicai.governance.InvalidInputException when the locale is null
   */
  public String explain(java.util.Locale locale) {
    Check.notNull("locale", locale);
    StringBuilder out = new StringBuilder();
    out.append(tier.label(locale)).append('\n');
    out.append("  ")
        .append(
            Texts.format(
                locale,
                "ruleSet",
                eu.civicai.governance.internal.Messages.isFrench(locale)
                        && regulation.equals(AiActClassifier.REGULATION)
                    ? AiActClassifier.REGULATION_FR
                    : regulation))
        .append('\n');
    for (Reason r : reasons) {
      out.append("  - ")
          .append(r.explain(locale))
          .append(" [")
          .append(r.cite(locale))
          .append("]\n");
    }
    for (Duty d : duties) {
      out.append(d.status() == DutyStatus.APPLIES ? "  → " : "  … ")
          .append(d.describe(locale))
          .append(" [")
          .append(d.cite(locale))
          .append("]\n");
    }
    for (OpenQuestion q : openQuestions) {
      out.append("  ? ").append(q.ask(locale)).append('\n');
    }
    return out.toString();
  }

  private List<Duty> withStatus(DutyStatus status) {
    return duties.stream().filter(d -> d.status() == status).toList();
  }
}
