package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A risk raised by a usage, scored as in the CNIL PIA method: likelihood and severity from 1
 * (negligible) to 4 (maximum), before and after mitigation.
 *
 * @param category the category
 * @param description the risk, null when unknown, otherwise not blank
 * @param likelihood likelihood before mitigation, 1 to 4
 * @param severity severity before mitigation, 1 to 4
 * @param mitigations the mitigations (never null; empty when none)
 * @param owner the role that owns the risk
 * @param residualLikelihood likelihood after mitigation, 1 to 4
 * @param residualSeverity severity after mitigation, 1 to 4
 */
public record Risk(
    @Nullable RiskCategory category,
    @NotBlank @Size(max = 2000) @Nullable String description,
    @Min(1) @Max(4) @Nullable Integer likelihood,
    @Min(1) @Max(4) @Nullable Integer severity,
    List<@NotBlank @Size(max = 2000) String> mitigations,
    @Size(max = 200) @Nullable String owner,
    @Min(1) @Max(4) @Nullable Integer residualLikelihood,
    @Min(1) @Max(4) @Nullable Integer residualSeverity) {

  /** Checks the components; see the class description for the rules. */
  public Risk {
    mitigations = Check.listOrEmpty("mitigations", mitigations);
    Constraints.checkRecord(
        Risk.class,
        category,
        description,
        likelihood,
        severity,
        mitigations,
        owner,
        residualLikelihood,
        residualSeverity);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.category = category;
    b.description = description;
    b.likelihood = likelihood;
    b.severity = severity;
    b.mitigations.addAll(mitigations);
    b.owner = owner;
    b.residualLikelihood = residualLikelihood;
    b.residualSeverity = residualSeverity;
    return b;
  }

  /**
   * Builds {@link Risk} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private RiskCategory category;
    private String description;
    private Integer likelihood;
    private Integer severity;
    private final List<String> mitigations = new ArrayList<>();
    private String owner;
    private Integer residualLikelihood;
    private Integer residualSeverity;

    Builder() {}

    /**
     * Sets the category.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder category(@Nullable RiskCategory value) {
      this.category = value;
      return this;
    }

    /**
     * Sets the risk, not blank.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      Constraints.checkValue(Risk.class, "description", value);
      this.description = value;
      return this;
    }

    /**
     * Sets likelihood before mitigation, 1 to 4.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder likelihood(@Nullable Integer value) {
      Constraints.checkValue(Risk.class, "likelihood", value);
      this.likelihood = value;
      return this;
    }

    /**
     * Sets severity before mitigation, 1 to 4.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder severity(@Nullable Integer value) {
      Constraints.checkValue(Risk.class, "severity", value);
      this.severity = value;
      return this;
    }

    /**
     * Sets the mitigations, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder mitigations(Collection<? extends String> values) {
      List<String> copy = Check.list("mitigations", values);
      Constraints.checkValue(Risk.class, "mitigations", copy);
      this.mitigations.clear();
      this.mitigations.addAll(copy);
      return this;
    }

    /**
     * Sets the mitigations, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder mitigations(String... values) {
      return mitigations(Arrays.asList(Check.notNull("mitigations", values)));
    }

    /**
     * Sets the role that owns the risk.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder owner(@Nullable String value) {
      Constraints.checkValue(Risk.class, "owner", value);
      this.owner = value;
      return this;
    }

    /**
     * Sets likelihood after mitigation, 1 to 4.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder residualLikelihood(@Nullable Integer value) {
      Constraints.checkValue(Risk.class, "residualLikelihood", value);
      this.residualLikelihood = value;
      return this;
    }

    /**
     * Sets severity after mitigation, 1 to 4.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder residualSeverity(@Nullable Integer value) {
      Constraints.checkValue(Risk.class, "residualSeverity", value);
      this.residualSeverity = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Risk build() {
      return new Risk(
          category,
          description,
          likelihood,
          severity,
          mitigations,
          owner,
          residualLikelihood,
          residualSeverity);
    }
  }
}
