package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a usage is governed: decisions, consultations, trainings, reviews, the watch committee.
 *
 * @param decisions the decisions (never null; empty when none)
 * @param consultations the consultations (never null; empty when none)
 * @param trainings the trainings (never null; empty when none)
 * @param reviewDates planned or held reviews (never null; empty when none)
 * @param watchCommittee the watch committee (comité de veille) that follows the usage
 */
public record Governance(
    List<GovernanceDecision> decisions,
    List<Consultation> consultations,
    List<Training> trainings,
    List<LocalDate> reviewDates,
    @Size(max = 200) @Nullable String watchCommittee) {

  /** Checks the components; see the class description for the rules. */
  public Governance {
    decisions = Check.listOrEmpty("decisions", decisions);
    consultations = Check.listOrEmpty("consultations", consultations);
    trainings = Check.listOrEmpty("trainings", trainings);
    reviewDates = Check.listOrEmpty("reviewDates", reviewDates);
    Constraints.checkRecord(
        Governance.class, decisions, consultations, trainings, reviewDates, watchCommittee);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.decisions.addAll(decisions);
    b.consultations.addAll(consultations);
    b.trainings.addAll(trainings);
    b.reviewDates.addAll(reviewDates);
    b.watchCommittee = watchCommittee;
    return b;
  }

  /**
   * Builds {@link Governance} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final List<GovernanceDecision> decisions = new ArrayList<>();
    private final List<Consultation> consultations = new ArrayList<>();
    private final List<Training> trainings = new ArrayList<>();
    private final List<LocalDate> reviewDates = new ArrayList<>();
    private String watchCommittee;

    Builder() {}

    /**
     * Sets the decisions, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder decisions(Collection<? extends GovernanceDecision> values) {
      List<GovernanceDecision> copy = Check.list("decisions", values);
      this.decisions.clear();
      this.decisions.addAll(copy);
      return this;
    }

    /**
     * Sets the decisions, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder decisions(GovernanceDecision... values) {
      return decisions(Arrays.asList(Check.notNull("decisions", values)));
    }

    /**
     * Sets the consultations, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder consultations(Collection<? extends Consultation> values) {
      List<Consultation> copy = Check.list("consultations", values);
      this.consultations.clear();
      this.consultations.addAll(copy);
      return this;
    }

    /**
     * Sets the consultations, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder consultations(Consultation... values) {
      return consultations(Arrays.asList(Check.notNull("consultations", values)));
    }

    /**
     * Sets the trainings, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder trainings(Collection<? extends Training> values) {
      List<Training> copy = Check.list("trainings", values);
      this.trainings.clear();
      this.trainings.addAll(copy);
      return this;
    }

    /**
     * Sets the trainings, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder trainings(Training... values) {
      return trainings(Arrays.asList(Check.notNull("trainings", values)));
    }

    /**
     * Sets planned or held reviews, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder reviewDates(Collection<? extends LocalDate> values) {
      List<LocalDate> copy = Check.list("reviewDates", values);
      this.reviewDates.clear();
      this.reviewDates.addAll(copy);
      return this;
    }

    /**
     * Sets planned or held reviews, replacing any earlier ones.
     *
     * @param values the values, without null elements
     * @return this builder
     */
    public Builder reviewDates(LocalDate... values) {
      return reviewDates(Arrays.asList(Check.notNull("reviewDates", values)));
    }

    /**
     * Sets the watch committee (comité de veille) that follows the usage.
     *
     * @param value the value; null clears it
     * @return this builder
     */
    public Builder watchCommittee(@Nullable String value) {
      Constraints.checkValue(Governance.class, "watchCommittee", value);
      this.watchCommittee = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a required field is missing or
     *     fields disagree
     */
    public Governance build() {
      return new Governance(decisions, consultations, trainings, reviewDates, watchCommittee);
    }
  }
}
