package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.InputRules;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The technical side of a usage: techniques, models, sourcing, suppliers, procurement, hosting,
 * code.
 *
 * @param algorithmName the name of the algorithm or product
 * @param description how it works, in plain language
 * @param techniques the techniques used (never null; empty when none)
 * @param selfLearning whether it keeps learning in service (Dutch register: must be stated)
 * @param models the models used (never null; empty when none)
 * @param sourcing how it was developed or obtained
 * @param suppliers the suppliers (never null; empty when none)
 * @param procurement the procurement
 * @param hosting where it runs
 * @param publicSourceCode where its source code is published, an http or https address
 */
public record AiSystem(
    @Size(max = 200) @Nullable String algorithmName,
    @Size(max = 10000) @Nullable String description,
    List<AiTechnique> techniques,
    @Nullable Boolean selfLearning,
    List<AiModel> models,
    @Nullable Sourcing sourcing,
    List<Supplier> suppliers,
    @Nullable Procurement procurement,
    @Nullable Hosting hosting,
    @Nullable URI publicSourceCode) {

  /** Checks the components; see the class description for the rules. */
  public AiSystem {
    techniques = Check.listOrEmpty("techniques", techniques);
    models = Check.listOrEmpty("models", models);
    suppliers = Check.listOrEmpty("suppliers", suppliers);
    Constraints.checkRecord(
        AiSystem.class,
        algorithmName,
        description,
        techniques,
        selfLearning,
        models,
        sourcing,
        suppliers,
        procurement,
        hosting,
        publicSourceCode);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.algorithmName = algorithmName;
    b.description = description;
    b.techniques.addAll(techniques);
    b.selfLearning = selfLearning;
    b.models.addAll(models);
    b.sourcing = sourcing;
    b.suppliers.addAll(suppliers);
    b.procurement = procurement;
    b.hosting = hosting;
    b.publicSourceCode = publicSourceCode;
    return b;
  }

  /**
   * Builds {@link AiSystem} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private String algorithmName;
    private String description;
    private final List<AiTechnique> techniques = new ArrayList<>();
    private Boolean selfLearning;
    private final List<AiModel> models = new ArrayList<>();
    private Sourcing sourcing;
    private final List<Supplier> suppliers = new ArrayList<>();
    private Procurement procurement;
    private Hosting hosting;
    private URI publicSourceCode;

    Builder() {}

    /**
     * Sets the name of the algorithm or product.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder algorithmName(@Nullable String value) {
      Constraints.checkValue(AiSystem.class, "algorithmName", value);
      this.algorithmName = value;
      return this;
    }

    /**
     * Sets how it works, in plain language.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      Constraints.checkValue(AiSystem.class, "description", value);
      this.description = value;
      return this;
    }

    /**
     * Sets the techniques used, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder techniques(Collection<? extends AiTechnique> values) {
      List<AiTechnique> copy = Check.list("techniques", values);
      this.techniques.clear();
      this.techniques.addAll(copy);
      return this;
    }

    /**
     * Sets the techniques used, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder techniques(AiTechnique... values) {
      return techniques(Arrays.asList(Check.notNull("techniques", values)));
    }

    /**
     * Sets whether it keeps learning in service (Dutch register: must be stated).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder selfLearning(@Nullable Boolean value) {
      this.selfLearning = value;
      return this;
    }

    /**
     * Sets the models used, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder models(Collection<? extends AiModel> values) {
      List<AiModel> copy = Check.list("models", values);
      this.models.clear();
      this.models.addAll(copy);
      return this;
    }

    /**
     * Sets the models used, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder models(AiModel... values) {
      return models(Arrays.asList(Check.notNull("models", values)));
    }

    /**
     * Sets how it was developed or obtained.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder sourcing(@Nullable Sourcing value) {
      this.sourcing = value;
      return this;
    }

    /**
     * Sets the suppliers, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder suppliers(Collection<? extends Supplier> values) {
      List<Supplier> copy = Check.list("suppliers", values);
      this.suppliers.clear();
      this.suppliers.addAll(copy);
      return this;
    }

    /**
     * Sets the suppliers, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder suppliers(Supplier... values) {
      return suppliers(Arrays.asList(Check.notNull("suppliers", values)));
    }

    /**
     * Sets the procurement.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder procurement(@Nullable Procurement value) {
      this.procurement = value;
      return this;
    }

    /**
     * Sets where it runs.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder hosting(@Nullable Hosting value) {
      this.hosting = value;
      return this;
    }

    /**
     * Sets where its source code is published.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder publicSourceCode(@Nullable URI value) {
      InputRules.webAddress("publicSourceCode", value);
      this.publicSourceCode = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public AiSystem build() {
      return new AiSystem(
          algorithmName,
          description,
          techniques,
          selfLearning,
          models,
          sourcing,
          suppliers,
          procurement,
          hosting,
          publicSourceCode);
    }
  }
}
