package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.InputRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A charter a collectivité adopts: principles, each with criteria written in the condition
 * language. A charter is checked when it is created: every criterion id is unique, every fact it
 * names exists in the {@link Facts} vocabulary with the right type, so that a bad charter fails at
 * load time with {@link InvalidDefinitionException} naming the criterion, never during an
 * evaluation.
 *
 * <pre>{@code
 * Charter charter = Charter.builder("ma-commune.ethique", "1.0")
 *     .title("Charte éthique de la commune", "Municipal ethics charter")
 *     .source("Délibération du conseil municipal du 12 mars 2026")
 *     .principle("controle-humain", "Contrôle humain", "Human oversight", p -> p
 *         .criterion("controle-humain.niveau", Severity.BLOCKING, c -> c
 *             .title("Un humain supervise les résultats", "A person oversees the outputs")
 *             .requires(DecisionFacts.OVERSIGHT_LEVEL.isNot(OversightLevel.NONE))
 *             .rationale("…", "…")
 *             .remediation("…", "…")
 *             .references("AI Act art. 14")))
 *     .build();
 * }</pre>
 *
 * <h2>Verdict</h2>
 *
 * <p>A report's {@link Verdict} follows from the blocking criteria, the major criteria and the
 * charter's {@linkplain #minimumScore() minimum score} (default {@value #DEFAULT_MINIMUM_SCORE} %),
 * over the criteria that apply (not applicable and waived ones left out):
 *
 * <ol>
 *   <li>{@link Verdict#NON_COMPLIANT NON_COMPLIANT} when a blocking criterion is not satisfied, or
 *       when the score — or the score of the major criteria alone — stays below the minimum even if
 *       every unknown criterion turned out satisfied;
 *   <li>{@link Verdict#INCOMPLETE INCOMPLETE} when the record lacks what decides between that and a
 *       better verdict: a blocking criterion is unknown, or a score is below the minimum only
 *       because of unknown criteria;
 *   <li>{@link Verdict#COMPLIANT_WITH_RESERVATIONS COMPLIANT_WITH_RESERVATIONS} when, otherwise,
 *       some criterion is not satisfied or unknown (no answer to an unknown one can make the usage
 *       non-compliant);
 *   <li>{@link Verdict#COMPLIANT COMPLIANT} when every criterion that applies is satisfied.
 * </ol>
 *
 * <p>Worked example: 13 criteria apply, 5 of them major; 2 are satisfied (1 major), 4 are not (2
 * major), 7 are unknown (2 major). The score is 2/13 = 15 %, below 50 %; with every unknown
 * satisfied it would be 9/13 = 69 %, and the major score 3/5 = 60 %: the verdict is INCOMPLETE, not
 * "compliant with reservations (15 %)". Were 9 criteria not satisfied and 2 unknown, 4/13 = 30 % at
 * best: NON_COMPLIANT. A usage that meets no criterion of a charter is thus never compliant with
 * reservations. {@code docs/verdicts.md} gives the rule in French and English.
 *
 * @param id a stable id ({@code civicai.ethics})
 * @param version the charter's version ({@code 1.0})
 * @param title the title, in French and English
 * @param source where the charter comes from (the deliberation that adopted it, say); may be null
 *     (optional: a user's own charter may leave it out)
 * @param principles the principles, at least one
 * @param minimumScore the score, in percent from 1 to 100, below which a usage is not compliant
 *     (never 0: a usage that meets no criterion must not pass) (see the verdict rule above); null
 *     for the default, {@value #DEFAULT_MINIMUM_SCORE}
 */
public record Charter(
    @Pattern(regexp = Criterion.ID_PATTERN) @Size(max = Criterion.ID_MAX_LENGTH) String id,
    @NotBlank String version,
    Text title,
    @NotBlank @Nullable String source,
    List<Principle> principles,
    @Min(1) @Max(100) @Nullable Integer minimumScore) {

  /** The minimum score of a charter that sets none, in percent. */
  public static final int DEFAULT_MINIMUM_SCORE = 50;

  /**
   * Checks the fields, the uniqueness of criterion ids and every condition.
   *
   * @throws InvalidDefinitionException naming the criterion at fault, or {@code minimumScore} (rule
   *     {@code charter.minimumScore}) when it is not between 1 and 100
   */
  public Charter {
    Criterion.requireId("id", id);
    InputRules.singleLine("version", Check.notBlank("version", version));
    Check.notNull("title", title);
    if (source != null) {
      InputRules.multiLine("source", Check.notBlank("source", source));
    }
    if (minimumScore != null && (minimumScore < 1 || minimumScore > 100)) {
      throw new InvalidDefinitionException("minimumScore", "charter.minimumScore", minimumScore);
    }
    principles = Check.list("principles", principles);
    Set<String> seen = new HashSet<>();
    for (Principle principle : principles) {
      for (Criterion criterion : principle.criteria()) {
        if (!seen.add(criterion.id())) {
          throw new InvalidDefinitionException(
              criterion.id(), "charter.duplicateCriterion", criterion.id());
        }
        ConditionCompiler.compile(criterion);
      }
    }
  }

  /**
   * A charter with the default minimum score ({@value #DEFAULT_MINIMUM_SCORE} %).
   *
   * @throws InvalidDefinitionException naming the criterion at fault
   */
  public Charter(String id, String version, Text title, String source, List<Principle> principles) {
    this(id, version, title, source, principles, null);
  }

  /**
   * Returns the minimum score in force: the charter's own, or {@value #DEFAULT_MINIMUM_SCORE}.
   *
   * @return a percentage from 1 to 100
   */
  public int minimumScoreInForce() {
    return minimumScore == null ? DEFAULT_MINIMUM_SCORE : minimumScore;
  }

  /** Returns a builder for a charter written in Java. */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /** Returns every criterion, in order. */
  public List<Criterion> criteria() {
    return principles.stream().flatMap(p -> p.criteria().stream()).toList();
  }

  /**
   * Builds charters in Java; see the class example. Set-once: the title, the source and the minimum
   * score may each be set once ({@code charter.alreadySet} otherwise); principles are added in
   * order. Every value is checked when it is set, and every error is an {@link
   * InvalidDefinitionException} naming its full path ({@code principles[2].criteria[4].source}).
   * Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private Text title;
    private String source;
    private final List<Principle> principles = new ArrayList<>();
    private final Set<String> criterionIds = new HashSet<>();
    private Integer minimumScore;

    private Builder(String id, String version) {
      this.id =
          DefinitionPath.at(
              "",
              () -> {
                Criterion.requireId("id", id);
                return id;
              });
      this.version =
          DefinitionPath.at(
              "", () -> InputRules.singleLine("version", Check.notBlank("version", version)));
    }

    /**
     * Sets the title (required).
     *
     * @param fr the French title, not blank
     * @param en the English title, not blank
     * @return this builder
     * @throws InvalidDefinitionException naming {@code title} when blank or already set
     */
    public Builder title(String fr, String en) {
      DefinitionPath.once("", "title", title);
      this.title = DefinitionPath.at("title", () -> Text.of(fr, en));
      return this;
    }

    /**
     * Sets where the charter comes from (optional: none by default).
     *
     * @param value the source, such as the deliberation that adopted the charter; not blank
     * @return this builder
     * @throws InvalidDefinitionException naming {@code source} when blank or already set
     */
    public Builder source(String value) {
      DefinitionPath.once("", "source", source);
      this.source =
          DefinitionPath.at(
              "", () -> InputRules.multiLine("source", Check.notBlank("source", value)));
      return this;
    }

    /**
     * Sets the score, in percent, below which a usage is not compliant (see the verdict rule of
     * {@link Charter}); {@value Charter#DEFAULT_MINIMUM_SCORE} when not set.
     *
     * @param percent from 1 to 100 (0 would let a usage that meets no criterion pass)
     * @return this builder
     * @throws InvalidDefinitionException {@code charter.minimumScore} when out of range, {@code
     *     charter.alreadySet} when set twice
     */
    public Builder minimumScore(int percent) {
      DefinitionPath.once("", "minimumScore", minimumScore);
      if (percent < 1 || percent > 100) {
        throw new InvalidDefinitionException("minimumScore", "charter.minimumScore", percent);
      }
      this.minimumScore = percent;
      return this;
    }

    /**
     * Adds a principle.
     *
     * @param id the principle id
     * @param fr the French title
     * @param en the English title
     * @param definition adds its criteria
     * @return this builder
     * @throws InvalidDefinitionException naming {@code principles[i]} and the field at fault
     */
    public Builder principle(
        String id, String fr, String en, Consumer<Principle.Builder> definition) {
      String at = "principles[" + principles.size() + "]";
      Text principleTitle = DefinitionPath.at(at + ".title", () -> Text.of(fr, en));
      Principle.Builder b = new Principle.Builder(at, id, principleTitle, criterionIds);
      DefinitionPath.at(at, () -> Check.notNull("definition", definition)).accept(b);
      principles.add(b.build());
      return this;
    }

    /**
     * Builds and checks the charter.
     *
     * @return the charter
     * @throws InvalidDefinitionException naming the field at fault: {@code title} when not set,
     *     {@code principles} when none was added, or the criterion whose condition is ill-typed
     */
    public Charter build() {
      DefinitionPath.required("", "title", title);
      return DefinitionPath.at(
          "", () -> new Charter(id, version, title, source, principles, minimumScore));
    }
  }
}
