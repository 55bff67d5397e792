package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.measure.Quantity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A measured value of a usage: "8 M€ saved", "water of 950 households", "hours saved".
 *
 * <p>Rule: baseline, target and measured value convert into one another (same unit family).
 *
 * @param name what is measured, null when unknown, otherwise not blank
 * @param description how it is measured
 * @param baseline the value before the usage
 * @param target the value aimed at
 * @param measured the value measured
 * @param period the period the values cover (2023, per year…)
 */
public record BenefitIndicator(
    @NotBlank @Size(max = 200) @Nullable String name,
    @Size(max = 2000) @Nullable String description,
    @Nullable Quantity baseline,
    @Nullable Quantity target,
    @Nullable Quantity measured,
    @Size(max = 200) @Nullable String period) {

  /** Checks the components; see the class description for the rules. */
  public BenefitIndicator {
    Constraints.checkRecord(
        BenefitIndicator.class, name, description, baseline, target, measured, period);
    Dimensions.requireSame("target", target, "baseline", baseline);
    Dimensions.requireSame("measured", measured, "baseline", baseline);
    Dimensions.requireSame("measured", measured, "target", target);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.description = description;
    b.baseline = baseline;
    b.target = target;
    b.measured = measured;
    b.period = period;
    return b;
  }

  /**
   * Builds {@link BenefitIndicator} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private String name;
    private String description;
    private Quantity baseline;
    private Quantity target;
    private Quantity measured;
    private String period;

    Builder() {}

    /**
     * Sets what is measured, not blank.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder name(@Nullable String value) {
      Constraints.checkValue(BenefitIndicator.class, "name", value);
      this.name = value;
      return this;
    }

    /**
     * Sets how it is measured.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      Constraints.checkValue(BenefitIndicator.class, "description", value);
      this.description = value;
      return this;
    }

    /**
     * Sets the value before the usage.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder baseline(@Nullable Quantity value) {
      this.baseline = value;
      return this;
    }

    /**
     * Sets the value aimed at.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder target(@Nullable Quantity value) {
      this.target = value;
      return this;
    }

    /**
     * Sets the value measured.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder measured(@Nullable Quantity value) {
      this.measured = value;
      return this;
    }

    /**
     * Sets the period the values cover (2023, per year…).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder period(@Nullable String value) {
      Constraints.checkValue(BenefitIndicator.class, "period", value);
      this.period = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public BenefitIndicator build() {
      return new BenefitIndicator(name, description, baseline, target, measured, period);
    }
  }
}
