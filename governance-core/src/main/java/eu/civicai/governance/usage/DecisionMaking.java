package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The role of the output in decisions and its effects on people.
 *
 * <p>These answers drive the AI Act classification and the CRPA obligations (L311-3-1 for
 * individual decisions).
 *
 * @param outputRole information, decision support or automated decision
 * @param concernsIndividuals whether outputs bear on decisions about individual persons
 * @param decisionsPerYear how many decisions a year rest on it, not negative
 * @param affectedPersons how many persons are affected a year, not negative
 * @param vulnerableGroups vulnerable groups among them (never null; empty when none)
 * @param oversight human oversight
 * @param contestation how a person contests an outcome or asks for an explanation
 * @param profiling whether it profiles natural persons (GDPR Art. 4(4))
 * @param interactsWithPublic whether people interact with it directly (AI Act Art. 50(1))
 * @param generatesContent whether it generates text, images, audio or video (Art. 50(2))
 * @param contentMarked whether generated content is marked as such, machine-readably (Art. 50(2))
 */
public record DecisionMaking(
    @Nullable OutputRole outputRole,
    @Nullable Boolean concernsIndividuals,
    @PositiveOrZero @Nullable Long decisionsPerYear,
    @PositiveOrZero @Nullable Long affectedPersons,
    List<@NotBlank @Size(max = 200) String> vulnerableGroups,
    @Nullable HumanOversight oversight,
    @Size(max = 2000) @Nullable String contestation,
    @Nullable Boolean profiling,
    @Nullable Boolean interactsWithPublic,
    @Nullable Boolean generatesContent,
    @Nullable Boolean contentMarked) {

  /** Checks the components; see the class description for the rules. */
  public DecisionMaking {
    vulnerableGroups = Check.listOrEmpty("vulnerableGroups", vulnerableGroups);
    Constraints.checkRecord(
        DecisionMaking.class,
        outputRole,
        concernsIndividuals,
        decisionsPerYear,
        affectedPersons,
        vulnerableGroups,
        oversight,
        contestation,
        profiling,
        interactsWithPublic,
        generatesContent,
        contentMarked);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.outputRole = outputRole;
    b.concernsIndividuals = concernsIndividuals;
    b.decisionsPerYear = decisionsPerYear;
    b.affectedPersons = affectedPersons;
    b.vulnerableGroups.addAll(vulnerableGroups);
    b.oversight = oversight;
    b.contestation = contestation;
    b.profiling = profiling;
    b.interactsWithPublic = interactsWithPublic;
    b.generatesContent = generatesContent;
    b.contentMarked = contentMarked;
    return b;
  }

  /**
   * Builds {@link DecisionMaking} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private OutputRole outputRole;
    private Boolean concernsIndividuals;
    private Long decisionsPerYear;
    private Long affectedPersons;
    private final List<String> vulnerableGroups = new ArrayList<>();
    private HumanOversight oversight;
    private String contestation;
    private Boolean profiling;
    private Boolean interactsWithPublic;
    private Boolean generatesContent;
    private Boolean contentMarked;

    Builder() {}

    /**
     * Sets information, decision support or automated decision.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder outputRole(@Nullable OutputRole value) {
      this.outputRole = value;
      return this;
    }

    /**
     * Sets whether outputs bear on decisions about individual persons.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder concernsIndividuals(@Nullable Boolean value) {
      this.concernsIndividuals = value;
      return this;
    }

    /**
     * Sets how many decisions a year rest on it, not negative.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder decisionsPerYear(@Nullable Long value) {
      Constraints.checkValue(DecisionMaking.class, "decisionsPerYear", value);
      this.decisionsPerYear = value;
      return this;
    }

    /**
     * Sets how many persons are affected a year, not negative.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder affectedPersons(@Nullable Long value) {
      Constraints.checkValue(DecisionMaking.class, "affectedPersons", value);
      this.affectedPersons = value;
      return this;
    }

    /**
     * Sets vulnerable groups among them, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder vulnerableGroups(Collection<? extends String> values) {
      List<String> copy = Check.list("vulnerableGroups", values);
      Constraints.checkValue(DecisionMaking.class, "vulnerableGroups", copy);
      this.vulnerableGroups.clear();
      this.vulnerableGroups.addAll(copy);
      return this;
    }

    /**
     * Sets vulnerable groups among them, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder vulnerableGroups(String... values) {
      return vulnerableGroups(Arrays.asList(Check.notNull("vulnerableGroups", values)));
    }

    /**
     * Sets human oversight.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder oversight(@Nullable HumanOversight value) {
      this.oversight = value;
      return this;
    }

    /**
     * Sets how a person contests an outcome or asks for an explanation.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder contestation(@Nullable String value) {
      Constraints.checkValue(DecisionMaking.class, "contestation", value);
      this.contestation = value;
      return this;
    }

    /**
     * Sets whether it profiles natural persons (GDPR Art. 4(4)).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder profiling(@Nullable Boolean value) {
      this.profiling = value;
      return this;
    }

    /**
     * Sets whether people interact with it directly (AI Act Art. 50(1)).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder interactsWithPublic(@Nullable Boolean value) {
      this.interactsWithPublic = value;
      return this;
    }

    /**
     * Sets whether it generates text, images, audio or video (Art. 50(2)).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder generatesContent(@Nullable Boolean value) {
      this.generatesContent = value;
      return this;
    }

    /**
     * Sets whether generated content is marked as such, machine-readably (Art. 50(2)).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder contentMarked(@Nullable Boolean value) {
      this.contentMarked = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public DecisionMaking build() {
      return new DecisionMaking(
          outputRole,
          concernsIndividuals,
          decisionsPerYear,
          affectedPersons,
          vulnerableGroups,
          oversight,
          contestation,
          profiling,
          interactsWithPublic,
          generatesContent,
          contentMarked);
    }
  }
}
