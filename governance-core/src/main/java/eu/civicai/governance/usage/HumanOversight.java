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
 * How people oversee the output: "sans déshumaniser le service public".
 *
 * @param level the oversight level
 * @param description how oversight works in practice
 * @param overrideRoles the roles that may override the output (never null; empty when none)
 * @param overseersTrained whether the people overseeing are trained (AI Act Art. 26(2))
 */
public record HumanOversight(
    @Nullable OversightLevel level,
    @Size(max = 2000) @Nullable String description,
    List<@NotBlank @Size(max = 200) String> overrideRoles,
    @Nullable Boolean overseersTrained) {

  /** Checks the components; see the class description for the rules. */
  public HumanOversight {
    overrideRoles = Check.listOrEmpty("overrideRoles", overrideRoles);
    Constraints.checkRecord(
        HumanOversight.class, level, description, overrideRoles, overseersTrained);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.level = level;
    b.description = description;
    b.overrideRoles.addAll(overrideRoles);
    b.overseersTrained = overseersTrained;
    return b;
  }

  /**
   * Builds {@link HumanOversight} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private OversightLevel level;
    private String description;
    private final List<String> overrideRoles = new ArrayList<>();
    private Boolean overseersTrained;

    Builder() {}

    /**
     * Sets the oversight level.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder level(@Nullable OversightLevel value) {
      this.level = value;
      return this;
    }

    /**
     * Sets how oversight works in practice.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      Constraints.checkValue(HumanOversight.class, "description", value);
      this.description = value;
      return this;
    }

    /**
     * Sets the roles that may override the output, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder overrideRoles(Collection<? extends String> values) {
      List<String> copy = Check.list("overrideRoles", values);
      Constraints.checkValue(HumanOversight.class, "overrideRoles", copy);
      this.overrideRoles.clear();
      this.overrideRoles.addAll(copy);
      return this;
    }

    /**
     * Sets the roles that may override the output, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder overrideRoles(String... values) {
      return overrideRoles(Arrays.asList(Check.notNull("overrideRoles", values)));
    }

    /**
     * Sets whether the people overseeing are trained (AI Act Art. 26(2)).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder overseersTrained(@Nullable Boolean value) {
      this.overseersTrained = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public HumanOversight build() {
      return new HumanOversight(level, description, overrideRoles, overseersTrained);
    }
  }
}
