package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.InputRules;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a charter: when it applies, what must hold, why, how to remedy, and the texts it
 * rests on.
 *
 * @param id a stable id, lower-case words separated by dots or hyphens ({@code oversight.level})
 * @param severity how much it weighs when unmet
 * @param title what must hold, in French and English ("Human oversight is described")
 * @param appliesWhen when the criterion applies ({@link Condition#ALWAYS} by default)
 * @param requirement what must hold when it applies
 * @param rationale why it matters; may be null (optional, a user's own charter may leave it out:
 *     nothing is shown then)
 * @param remediation what to do when it is unmet; may be null (optional: a finding then shows
 *     {@link #remediationInForce()}, a text built from the title)
 * @param references the articles or texts it rests on ("AI Act Art. 27", "RGPD art. 30")
 * @param waivable false when no waiver may lift it (a prohibited practice: a committee cannot
 *     exempt a usage from the law); null or true otherwise, the default
 */
public record Criterion(
    @Pattern(regexp = Criterion.ID_PATTERN) @Size(max = Criterion.ID_MAX_LENGTH) String id,
    Severity severity,
    Text title,
    Condition appliesWhen,
    Condition requirement,
    @Nullable Text rationale,
    @Nullable Text remediation,
    List<String> references,
    @Nullable Boolean waivable) {

  /** A criterion that waivers may lift; see the canonical constructor. */
  public Criterion(
      String id,
      Severity severity,
      Text title,
      Condition appliesWhen,
      Condition requirement,
      Text rationale,
      Text remediation,
      List<String> references) {
    this(id, severity, title, appliesWhen, requirement, rationale, remediation, references, null);
  }

  /** Whether a waiver in force may lift the criterion: true unless {@code waivable} is false. */
  public boolean isWaivable() {
    return !Boolean.FALSE.equals(waivable);
  }

  /** Checks the fields. */
  public Criterion {
    requireId("id", id);
    Check.notNull("severity", severity);
    Check.notNull("title", title);
    appliesWhen = appliesWhen == null ? Condition.ALWAYS : appliesWhen;
    Check.notNull("requirement", requirement);
    references = Check.listOrEmpty("references", references);
    for (int i = 0; i < references.size(); i++) {
      InputRules.singleLine("references[" + i + "]", references.get(i));
    }
  }

  /**
   * Returns the remediation a finding shows when the criterion is unmet: the criterion's own, or,
   * when it gives none, "Meet the criterion: {@code <title>}." ("Satisfaire le critère : {@code
   * <titre>}.").
   *
   * @return never null
   */
  public Text remediationInForce() {
    if (remediation != null) {
      return remediation;
    }
    return Text.of(
        "Satisfaire le critère : " + title.fr() + ".", "Meet the criterion: " + title.en() + ".");
  }

  /**
   * The form of charter, principle and criterion ids: lower-case words joined by dots or hyphens.
   */
  static final String ID_PATTERN = "[a-z0-9]+([.-][a-z0-9]+)*";

  /** The longest id, in characters. */
  static final int ID_MAX_LENGTH = 100;

  static void requireId(String field, String id) {
    Check.notNull(field, id);
    if (!id.matches(ID_PATTERN) || id.length() > ID_MAX_LENGTH) {
      throw new InvalidDefinitionException(field, "charter.id", id);
    }
  }

  /**
   * Builds criteria; see {@link Charter#builder(String, String)}. Set-once: each single-valued
   * option may be set once ({@code charter.alreadySet} otherwise), {@link #references} adds. Every
   * value is checked when it is set and an error names its full path in the charter ({@code
   * principles[2].criteria[4].title}) as an {@link InvalidDefinitionException}. Not thread-safe.
   */
  public static final class Builder {
    private final String path;
    private final String id;
    private final Severity severity;
    private Text title;
    private Condition appliesWhen;
    private Condition requirement;
    private Text rationale;
    private Text remediation;
    private final List<String> references = new ArrayList<>();
    private Boolean waivable;

    Builder(String path, String id, Severity severity) {
      this.path = path;
      this.id =
          DefinitionPath.at(
              path,
              () -> {
                requireId("id", id);
                return id;
              });
      this.severity = DefinitionPath.at(path, () -> Check.notNull("severity", severity));
    }

    /**
     * Sets what must hold, as a title (required).
     *
     * @param fr the French title, not blank
     * @param en the English title, not blank
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.title} when blank, multi-line rules
     *     are broken or the title is already set
     */
    public Builder title(String fr, String en) {
      DefinitionPath.once(path, "title", title);
      this.title = DefinitionPath.at(DefinitionPath.join(path, "title"), () -> Text.of(fr, en));
      return this;
    }

    /**
     * Sets the condition under which the criterion applies ({@link Condition#ALWAYS} when not set).
     *
     * @param condition the condition; not null
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.appliesWhen} when null or already set
     */
    public Builder appliesWhen(Condition condition) {
      DefinitionPath.once(path, "appliesWhen", appliesWhen);
      this.appliesWhen = DefinitionPath.at(path, () -> Check.notNull("appliesWhen", condition));
      return this;
    }

    /**
     * Sets what must hold (required).
     *
     * @param condition the condition; not null
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.requirement} when null or already set
     */
    public Builder requires(Condition condition) {
      DefinitionPath.once(path, "requirement", requirement);
      this.requirement = DefinitionPath.at(path, () -> Check.notNull("requirement", condition));
      return this;
    }

    /**
     * Sets why it matters (optional: none by default).
     *
     * @param fr the French text, not blank
     * @param en the English text, not blank
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.rationale} when blank or already set
     */
    public Builder rationale(String fr, String en) {
      DefinitionPath.once(path, "rationale", rationale);
      this.rationale =
          DefinitionPath.at(DefinitionPath.join(path, "rationale"), () -> Text.of(fr, en));
      return this;
    }

    /**
     * Sets what to do when unmet (optional: by default a finding shows {@link
     * Criterion#remediationInForce()}, built from the title).
     *
     * @param fr the French text, not blank
     * @param en the English text, not blank
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.remediation} when blank or already
     *     set
     */
    public Builder remediation(String fr, String en) {
      DefinitionPath.once(path, "remediation", remediation);
      this.remediation =
          DefinitionPath.at(DefinitionPath.join(path, "remediation"), () -> Text.of(fr, en));
      return this;
    }

    /**
     * Adds references to articles or texts, after those added before.
     *
     * @param values single-line texts, such as "AI Act art. 27"; none null
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.references[k]} for a null or
     *     multi-line reference
     */
    public Builder references(String... values) {
      List<String> added =
          DefinitionPath.at(
              path,
              () -> Check.list("references", Arrays.asList(Check.notNull("references", values))));
      for (String value : added) {
        String at = DefinitionPath.join(path, "references[" + references.size() + "]");
        DefinitionPath.at(at, () -> InputRules.singleLine("", value));
        references.add(value);
      }
      return this;
    }

    /**
     * Makes the criterion one that no waiver lifts (a prohibited practice, say): a waiver granted
     * for it does not apply and the finding keeps its outcome.
     *
     * @return this builder
     * @throws InvalidDefinitionException naming {@code <path>.waivable} when called twice
     */
    public Builder notWaivable() {
      DefinitionPath.once(path, "waivable", waivable);
      this.waivable = Boolean.FALSE;
      return this;
    }

    Criterion build() {
      DefinitionPath.required(path, "title", title);
      DefinitionPath.required(path, "requirement", requirement);
      return DefinitionPath.at(
          path,
          () ->
              new Criterion(
                  id,
                  severity,
                  title,
                  appliesWhen,
                  requirement,
                  rationale,
                  remediation,
                  references,
                  waivable));
    }
  }
}
