package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who pays for a usage, and how much.
 *
 * @param funders the funders (never null; empty when none)
 * @param budget the total budget, in money
 * @param band the Interconnectés budget band
 */
public record Funding(List<Funder> funders, @Nullable Quantity budget, @Nullable BudgetBand band) {

  /** Checks the components; see the class description for the rules. */
  public Funding {
    funders = Check.listOrEmpty("funders", funders);
    Dimensions.require("budget", budget, Dimension.MONEY);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.funders.addAll(funders);
    b.budget = budget;
    b.band = band;
    return b;
  }

  /**
   * Builds {@link Funding} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final List<Funder> funders = new ArrayList<>();
    private Quantity budget;
    private BudgetBand band;

    Builder() {}

    /**
     * Sets the funders, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder funders(Collection<? extends Funder> values) {
      List<Funder> copy = Check.list("funders", values);
      this.funders.clear();
      this.funders.addAll(copy);
      return this;
    }

    /**
     * Sets the funders, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder funders(Funder... values) {
      return funders(Arrays.asList(Check.notNull("funders", values)));
    }

    /**
     * Sets the total budget, in money.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder budget(@Nullable Quantity value) {
      this.budget = value;
      return this;
    }

    /**
     * Sets the Interconnectés budget band.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder band(@Nullable BudgetBand value) {
      this.band = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Funding build() {
      return new Funding(funders, budget, band);
    }
  }
}
