package eu.civicai.governance.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One usage as the committee reads it, in plain language: labels and sentences, never ids or field
 * paths. Texts from the record are cleaned of control and bidirectional characters (see the package
 * description) and escaped only when written. A text the record does not state holds the report's
 * "non renseigné"; an empty list is shown as "aucun". Immutable.
 *
 * @param anchor the section's anchor in the page ({@code u1}, {@code u2}, …)
 * @param name the usage's name
 * @param authority the owning authority's name
 * @param summary the plain-language summary
 * @param stage the stage in words
 * @param whatItDoes what the usage does
 * @param whyAi why AI rather than a simpler solution
 * @param alternatives the alternatives considered, each with why it was not chosen
 * @param affected who is affected: audiences, persons, vulnerable groups, decisions on individuals
 * @param oversight human oversight in words
 * @param data datasets used, with their retention
 * @param tier the AI Act tier in words
 * @param tierReasons the classification's reasons, each with its articles
 * @param duties the obligations found, each with its articles and date
 * @param openQuestions the questions the record must still answer
 * @param recommendation the compass recommendation; "non évalué" without a compass report
 * @param charters each charter's verdict and findings
 */
public record UsageSection(
    String anchor,
    String name,
    String authority,
    @Nullable String summary,
    String stage,
    String whatItDoes,
    String whyAi,
    List<String> alternatives,
    List<String> affected,
    String oversight,
    List<String> data,
    String tier,
    List<String> tierReasons,
    List<String> duties,
    List<String> openQuestions,
    String recommendation,
    List<CharterResult> charters) {

  /** Copies the lists. */
  public UsageSection {
    alternatives = List.copyOf(alternatives);
    affected = List.copyOf(affected);
    data = List.copyOf(data);
    tierReasons = List.copyOf(tierReasons);
    duties = List.copyOf(duties);
    openQuestions = List.copyOf(openQuestions);
    charters = List.copyOf(charters);
  }

  /**
   * One charter's result for the usage.
   *
   * @param title the charter's title
   * @param verdict the verdict in words
   * @param score the score in percent
   * @param principles the findings to act on (not satisfied or unknown), grouped by principle;
   *     principles with none are left out
   */
  public record CharterResult(
      String title, String verdict, int score, List<PrincipleFindings> principles) {
    /** Copies the list. */
    public CharterResult {
      principles = List.copyOf(principles);
    }
  }

  /**
   * The findings of one principle.
   *
   * @param title the principle's title
   * @param findings its findings to act on
   */
  public record PrincipleFindings(String title, List<FindingLine> findings) {
    /** Copies the list. */
    public PrincipleFindings {
      findings = List.copyOf(findings);
    }
  }

  /**
   * One finding in words.
   *
   * @param outcome the outcome in words ("Non satisfait", "Inconnu")
   * @param blocking whether the criterion is blocking
   * @param text what the criterion asks
   * @param remediation what to do; null when the charter gives nothing beyond the criterion
   * @param sources the texts it rests on, ", "-separated; null when none
   */
  public record FindingLine(
      String outcome,
      boolean blocking,
      String text,
      @Nullable String remediation,
      @Nullable String sources) {}
}
