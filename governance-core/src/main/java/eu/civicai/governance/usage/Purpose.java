package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a usage is for, whom it serves, and why AI rather than a simpler means.
 *
 * @param goal the goal in plain language, at most 2,000 characters
 * @param policyGoals the public-policy goals served (never null; empty when none)
 * @param theme the main theme
 * @param subThemes the sub-themes, free text as in the Interconnectés library (never null; empty
 *     when none)
 * @param audiences who the service is for (never null; empty when none)
 * @param whyAi why AI rather than a simpler or less resource-hungry solution
 * @param alternatives the alternatives considered (never null; empty when none)
 */
public record Purpose(
    @Size(max = 2000) @Nullable String goal,
    List<PolicyGoal> policyGoals,
    @Nullable Theme theme,
    List<@NotBlank @Size(max = 200) String> subThemes,
    List<Audience> audiences,
    @Size(max = 10000) @Nullable String whyAi,
    List<Alternative> alternatives) {

  /** Checks the components; see the class description for the rules. */
  public Purpose {
    policyGoals = Check.listOrEmpty("policyGoals", policyGoals);
    subThemes = Check.listOrEmpty("subThemes", subThemes);
    audiences = Check.listOrEmpty("audiences", audiences);
    alternatives = Check.listOrEmpty("alternatives", alternatives);
    Constraints.checkRecord(
        Purpose.class, goal, policyGoals, theme, subThemes, audiences, whyAi, alternatives);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.goal = goal;
    b.policyGoals.addAll(policyGoals);
    b.theme = theme;
    b.subThemes.addAll(subThemes);
    b.audiences.addAll(audiences);
    b.whyAi = whyAi;
    b.alternatives.addAll(alternatives);
    return b;
  }

  /**
   * Builds {@link Purpose} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private String goal;
    private final List<PolicyGoal> policyGoals = new ArrayList<>();
    private Theme theme;
    private final List<String> subThemes = new ArrayList<>();
    private final List<Audience> audiences = new ArrayList<>();
    private String whyAi;
    private final List<Alternative> alternatives = new ArrayList<>();

    Builder() {}

    /**
     * Sets the goal in plain language, at most 2,000 characters.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder goal(@Nullable String value) {
      Constraints.checkValue(Purpose.class, "goal", value);
      this.goal = value;
      return this;
    }

    /**
     * Sets the public-policy goals served, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder policyGoals(Collection<? extends PolicyGoal> values) {
      List<PolicyGoal> copy = Check.list("policyGoals", values);
      this.policyGoals.clear();
      this.policyGoals.addAll(copy);
      return this;
    }

    /**
     * Sets the public-policy goals served, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder policyGoals(PolicyGoal... values) {
      return policyGoals(Arrays.asList(Check.notNull("policyGoals", values)));
    }

    /**
     * Sets the main theme.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder theme(@Nullable Theme value) {
      this.theme = value;
      return this;
    }

    /**
     * Sets the sub-themes, free text as in the Interconnectés library, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder subThemes(Collection<? extends String> values) {
      List<String> copy = Check.list("subThemes", values);
      Constraints.checkValue(Purpose.class, "subThemes", copy);
      this.subThemes.clear();
      this.subThemes.addAll(copy);
      return this;
    }

    /**
     * Sets the sub-themes, free text as in the Interconnectés library, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder subThemes(String... values) {
      return subThemes(Arrays.asList(Check.notNull("subThemes", values)));
    }

    /**
     * Sets who the service is for, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder audiences(Collection<? extends Audience> values) {
      List<Audience> copy = Check.list("audiences", values);
      this.audiences.clear();
      this.audiences.addAll(copy);
      return this;
    }

    /**
     * Sets who the service is for, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder audiences(Audience... values) {
      return audiences(Arrays.asList(Check.notNull("audiences", values)));
    }

    /**
     * Sets why AI rather than a simpler or less resource-hungry solution.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder whyAi(@Nullable String value) {
      Constraints.checkValue(Purpose.class, "whyAi", value);
      this.whyAi = value;
      return this;
    }

    /**
     * Sets the alternatives considered, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder alternatives(Collection<? extends Alternative> values) {
      List<Alternative> copy = Check.list("alternatives", values);
      this.alternatives.clear();
      this.alternatives.addAll(copy);
      return this;
    }

    /**
     * Sets the alternatives considered, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder alternatives(Alternative... values) {
      return alternatives(Arrays.asList(Check.notNull("alternatives", values)));
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Purpose build() {
      return new Purpose(goal, policyGoals, theme, subThemes, audiences, whyAi, alternatives);
    }
  }
}
