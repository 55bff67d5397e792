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
 * How the system was procured, and the environmental criteria of the call for tenders.
 *
 * @param procedure the procedure (open call for tenders, UGAP, negotiated…)
 * @param reference the contract reference
 * @param environmentalCriteria whether the call for tenders had environmental criteria
 * @param criteria the environmental criteria, one per element (never null; empty when none)
 * @param answers the awarded bidder's answers to the clauses of the call for tenders, as {@code
 *     eu.civicai.governance.tender.TenderDossier#record} writes them (never null; empty when none)
 */
public record Procurement(
    @Size(max = 200) @Nullable String procedure,
    @Size(max = 200) @Nullable String reference,
    @Nullable Boolean environmentalCriteria,
    List<@NotBlank @Size(max = 2000) String> criteria,
    List<TenderAnswer> answers) {

  /** Checks the components; see the class description for the rules. */
  public Procurement {
    criteria = Check.listOrEmpty("criteria", criteria);
    answers = Check.listOrEmpty("answers", answers);
    Constraints.checkRecord(
        Procurement.class, procedure, reference, environmentalCriteria, criteria, answers);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.procedure = procedure;
    b.reference = reference;
    b.environmentalCriteria = environmentalCriteria;
    b.criteria.addAll(criteria);
    b.answers.addAll(answers);
    return b;
  }

  /**
   * Builds {@link Procurement} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private String procedure;
    private String reference;
    private Boolean environmentalCriteria;
    private final List<String> criteria = new ArrayList<>();
    private final List<TenderAnswer> answers = new ArrayList<>();

    Builder() {}

    /**
     * Sets the procedure (open call for tenders, UGAP, negotiated…).
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder procedure(@Nullable String value) {
      Constraints.checkValue(Procurement.class, "procedure", value);
      this.procedure = value;
      return this;
    }

    /**
     * Sets the contract reference.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder reference(@Nullable String value) {
      Constraints.checkValue(Procurement.class, "reference", value);
      this.reference = value;
      return this;
    }

    /**
     * Sets whether the call for tenders had environmental criteria.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder environmentalCriteria(@Nullable Boolean value) {
      this.environmentalCriteria = value;
      return this;
    }

    /**
     * Sets the environmental criteria, one per element, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder criteria(Collection<? extends String> values) {
      List<String> copy = Check.list("criteria", values);
      Constraints.checkValue(Procurement.class, "criteria", copy);
      this.criteria.clear();
      this.criteria.addAll(copy);
      return this;
    }

    /**
     * Sets the environmental criteria, one per element, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder criteria(String... values) {
      return criteria(Arrays.asList(Check.notNull("criteria", values)));
    }

    /**
     * Sets the bidder's answers to the clauses of the call for tenders, replacing earlier ones.
     *
     * @param values the answers, without null elements
     * @return this builder
     */
    public Builder answers(Collection<? extends TenderAnswer> values) {
      List<TenderAnswer> copy = Check.list("answers", values);
      this.answers.clear();
      this.answers.addAll(copy);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Procurement build() {
      return new Procurement(procedure, reference, environmentalCriteria, criteria, answers);
    }
  }
}
