package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The environmental footprint of a system: energy, carbon, hardware, and how it was known.
 *
 * <p>Rules: energies are quantities of energy, carbon a quantity of CO2e.
 *
 * @param trainingEnergy energy used for training
 * @param inferenceEnergyPerYear energy used in service, per year
 * @param carbonPerYear emissions per year, training spread over the service life
 * @param hardware the hardware (GPUs, servers, edge devices)
 * @param basis whether the figures were measured or estimated
 * @param method the method or tool (CodeCarbon, Green Algorithms…)
 * @param frugalityPractices frugality practices applied (AFNOR SPEC 2314) (never null; empty when
 *     none)
 */
public record Footprint(
    @Nullable Quantity trainingEnergy,
    @Nullable Quantity inferenceEnergyPerYear,
    @Nullable Quantity carbonPerYear,
    @Size(max = 2000) @Nullable String hardware,
    @Nullable EstimationBasis basis,
    @Size(max = 200) @Nullable String method,
    List<@NotBlank @Size(max = 2000) String> frugalityPractices) {

  /** Checks the components; see the class description for the rules. */
  public Footprint {
    frugalityPractices = Check.listOrEmpty("frugalityPractices", frugalityPractices);
    Constraints.checkRecord(
        Footprint.class,
        trainingEnergy,
        inferenceEnergyPerYear,
        carbonPerYear,
        hardware,
        basis,
        method,
        frugalityPractices);
    Dimensions.require("trainingEnergy", trainingEnergy, Dimension.ENERGY);
    Dimensions.require("inferenceEnergyPerYear", inferenceEnergyPerYear, Dimension.ENERGY);
    Dimensions.require("carbonPerYear", carbonPerYear, Dimension.CARBON);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.trainingEnergy = trainingEnergy;
    b.inferenceEnergyPerYear = inferenceEnergyPerYear;
    b.carbonPerYear = carbonPerYear;
    b.hardware = hardware;
    b.basis = basis;
    b.method = method;
    b.frugalityPractices.addAll(frugalityPractices);
    return b;
  }

  /**
   * Builds {@link Footprint} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private Quantity trainingEnergy;
    private Quantity inferenceEnergyPerYear;
    private Quantity carbonPerYear;
    private String hardware;
    private EstimationBasis basis;
    private String method;
    private final List<String> frugalityPractices = new ArrayList<>();

    Builder() {}

    /**
     * Sets energy used for training.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder trainingEnergy(@Nullable Quantity value) {
      this.trainingEnergy = value;
      return this;
    }

    /**
     * Sets energy used in service, per year.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder inferenceEnergyPerYear(@Nullable Quantity value) {
      this.inferenceEnergyPerYear = value;
      return this;
    }

    /**
     * Sets emissions per year, training spread over the service life.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder carbonPerYear(@Nullable Quantity value) {
      this.carbonPerYear = value;
      return this;
    }

    /**
     * Sets the hardware (GPUs, servers, edge devices).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder hardware(@Nullable String value) {
      Constraints.checkValue(Footprint.class, "hardware", value);
      this.hardware = value;
      return this;
    }

    /**
     * Sets whether the figures were measured or estimated.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder basis(@Nullable EstimationBasis value) {
      this.basis = value;
      return this;
    }

    /**
     * Sets the method or tool (CodeCarbon, Green Algorithms…).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder method(@Nullable String value) {
      Constraints.checkValue(Footprint.class, "method", value);
      this.method = value;
      return this;
    }

    /**
     * Sets frugality practices applied (AFNOR SPEC 2314), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder frugalityPractices(Collection<? extends String> values) {
      List<String> copy = Check.list("frugalityPractices", values);
      Constraints.checkValue(Footprint.class, "frugalityPractices", copy);
      this.frugalityPractices.clear();
      this.frugalityPractices.addAll(copy);
      return this;
    }

    /**
     * Sets frugality practices applied (AFNOR SPEC 2314), replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder frugalityPractices(String... values) {
      return frugalityPractices(Arrays.asList(Check.notNull("frugalityPractices", values)));
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Footprint build() {
      return new Footprint(
          trainingEnergy,
          inferenceEnergyPerYear,
          carbonPerYear,
          hardware,
          basis,
          method,
          frugalityPractices);
    }
  }

  /** Returns whether any energy or carbon figure is known. */
  public boolean isKnown() {
    return trainingEnergy != null || inferenceEnergyPerYear != null || carbonPerYear != null;
  }
}
