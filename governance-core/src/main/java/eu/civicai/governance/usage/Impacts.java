package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Expected or observed effects on agents, citizens and the environment.
 *
 * @param onAgents effects on agents' work and working conditions
 * @param agentsConsulted whether agents (or their representatives) were consulted on those effects
 * @param onCitizens effects on citizens and users
 * @param onEnvironment effects on the environment
 * @param assessment the answers to an impact questionnaire and the level they give (issue 23)
 */
public record Impacts(
    @Size(max = 10000) @Nullable String onAgents,
    @Nullable Boolean agentsConsulted,
    @Size(max = 10000) @Nullable String onCitizens,
    @Size(max = 10000) @Nullable String onEnvironment,
    @Nullable ImpactAssessment assessment) {

  /** Checks the components; see the class description for the rules. */
  public Impacts {
    Constraints.checkRecord(
        Impacts.class, onAgents, agentsConsulted, onCitizens, onEnvironment, assessment);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.onAgents = onAgents;
    b.agentsConsulted = agentsConsulted;
    b.onCitizens = onCitizens;
    b.onEnvironment = onEnvironment;
    b.assessment = assessment;
    return b;
  }

  /**
   * Builds {@link Impacts} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private String onAgents;
    private Boolean agentsConsulted;
    private String onCitizens;
    private String onEnvironment;
    private ImpactAssessment assessment;

    Builder() {}

    /**
     * Sets effects on agents' work and working conditions.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder onAgents(@Nullable String value) {
      Constraints.checkValue(Impacts.class, "onAgents", value);
      this.onAgents = value;
      return this;
    }

    /**
     * Sets whether agents (or their representatives) were consulted on those effects.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder agentsConsulted(@Nullable Boolean value) {
      this.agentsConsulted = value;
      return this;
    }

    /**
     * Sets effects on citizens and users.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder onCitizens(@Nullable String value) {
      Constraints.checkValue(Impacts.class, "onCitizens", value);
      this.onCitizens = value;
      return this;
    }

    /**
     * Sets effects on the environment.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder onEnvironment(@Nullable String value) {
      Constraints.checkValue(Impacts.class, "onEnvironment", value);
      this.onEnvironment = value;
      return this;
    }

    /**
     * Sets the answers to an impact questionnaire and the level they give.
     *
     * @param value the assessment, as {@code ImpactQuestionnaire.assess} returns it; null clears it
     * @return this builder
     */
    public Builder assessment(@Nullable ImpactAssessment value) {
      this.assessment = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Impacts build() {
      return new Impacts(onAgents, agentsConsulted, onCitizens, onEnvironment, assessment);
    }
  }
}
