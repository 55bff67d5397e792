package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The effects of one usage on agents' work, as anticipated before it is deployed: tasks that
 * change, time saved or added, new skills needed, and whether the staff representatives — the
 * comité social territorial (CST) — were consulted, and when.
 *
 * <p>Rule: {@code consultedOn} is given only when the representatives were consulted.
 *
 * @param usage the usage concerned
 * @param tasksChanged tasks that change (never null; empty when none is known), each at most 200
 *     characters
 * @param hoursSavedPerYear agents' hours saved per year, not negative; null when unknown
 * @param hoursAddedPerYear agents' hours added per year (checking, correcting), not negative; null
 *     when unknown
 * @param newSkills skills agents need (never null; empty when none is known)
 * @param staffRepresentativesConsulted whether the comité social territorial was consulted; null
 *     when unknown
 * @param consultedOn when it was consulted
 */
public record WorkEffects(
    UsageId usage,
    List<@NotBlank @Size(max = 200) String> tasksChanged,
    @PositiveOrZero @Nullable BigDecimal hoursSavedPerYear,
    @PositiveOrZero @Nullable BigDecimal hoursAddedPerYear,
    List<@NotBlank @Size(max = 200) String> newSkills,
    @Nullable Boolean staffRepresentativesConsulted,
    @Nullable LocalDate consultedOn) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws InvalidInputException naming the field that breaks a rule
   */
  public WorkEffects {
    Check.notNull("usage", usage);
    tasksChanged = Check.listOrEmpty("tasksChanged", tasksChanged);
    newSkills = Check.listOrEmpty("newSkills", newSkills);
    Constraints.checkRecord(
        WorkEffects.class,
        usage,
        tasksChanged,
        hoursSavedPerYear,
        hoursAddedPerYear,
        newSkills,
        staffRepresentativesConsulted,
        consultedOn);
    Refs.onlyWhen(
        "consultedOn",
        consultedOn,
        Boolean.TRUE.equals(staffRepresentativesConsulted),
        "staffRepresentativesConsulted",
        true);
  }

  /** Returns whether anything is anticipated: a task, a time or a skill. */
  public boolean anticipated() {
    return !tasksChanged.isEmpty()
        || hoursSavedPerYear != null
        || hoursAddedPerYear != null
        || !newSkills.isEmpty();
  }

  /** Returns a builder for the effects of one usage (its id, a slug). */
  public static Builder builder(String usage) {
    return new Builder(UsageId.of(usage));
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder(usage);
    b.tasksChanged.addAll(tasksChanged);
    b.hoursSavedPerYear = hoursSavedPerYear;
    b.hoursAddedPerYear = hoursAddedPerYear;
    b.newSkills.addAll(newSkills);
    b.staffRepresentativesConsulted = staffRepresentativesConsulted;
    b.consultedOn = consultedOn;
    return b;
  }

  /**
   * Builds {@link WorkEffects} values. Each setter checks its value at once and throws {@link
   * InvalidInputException} naming the field; {@link #build()} checks the rules between fields. Not
   * thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final UsageId usage;
    private final List<String> tasksChanged = new ArrayList<>();
    private BigDecimal hoursSavedPerYear;
    private BigDecimal hoursAddedPerYear;
    private final List<String> newSkills = new ArrayList<>();
    private Boolean staffRepresentativesConsulted;
    private LocalDate consultedOn;

    Builder(UsageId usage) {
      this.usage = usage;
    }

    /**
     * Sets the tasks that change, replacing any earlier ones.
     *
     * @param values the tasks, not blank
     * @return this builder
     */
    public Builder tasksChanged(String... values) {
      replace("tasksChanged", tasksChanged, values);
      return this;
    }

    /**
     * Sets the new skills agents need, replacing any earlier ones.
     *
     * @param values the skills, not blank
     * @return this builder
     */
    public Builder newSkills(String... values) {
      replace("newSkills", newSkills, values);
      return this;
    }

    /**
     * Sets the agents' hours saved per year.
     *
     * @param value a decimal such as {@code "320"}, not negative; null clears it
     * @return this builder
     */
    public Builder hoursSavedPerYear(@Nullable String value) {
      BigDecimal parsed = value == null ? null : Refs.decimal("hoursSavedPerYear", value);
      Constraints.checkValue(WorkEffects.class, "hoursSavedPerYear", parsed);
      this.hoursSavedPerYear = parsed;
      return this;
    }

    /**
     * Sets the agents' hours added per year (checking outputs, correcting them).
     *
     * @param value a decimal, not negative; null clears it
     * @return this builder
     */
    public Builder hoursAddedPerYear(@Nullable String value) {
      BigDecimal parsed = value == null ? null : Refs.decimal("hoursAddedPerYear", value);
      Constraints.checkValue(WorkEffects.class, "hoursAddedPerYear", parsed);
      this.hoursAddedPerYear = parsed;
      return this;
    }

    /**
     * Records that the comité social territorial was consulted on a day.
     *
     * @param on the day, not null
     * @return this builder
     */
    public Builder staffRepresentativesConsultedOn(LocalDate on) {
      this.consultedOn = Check.notNull("consultedOn", on);
      this.staffRepresentativesConsulted = true;
      return this;
    }

    /**
     * Records that the comité social territorial was not (yet) consulted.
     *
     * @return this builder
     */
    public Builder staffRepresentativesNotConsulted() {
      this.staffRepresentativesConsulted = false;
      this.consultedOn = null;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     */
    public WorkEffects build() {
      return new WorkEffects(
          usage,
          tasksChanged,
          hoursSavedPerYear,
          hoursAddedPerYear,
          newSkills,
          staffRepresentativesConsulted,
          consultedOn);
    }

    private static void replace(String field, List<String> target, String[] values) {
      List<String> copy = Check.list(field, Arrays.asList(Check.notNull(field, values)));
      for (int i = 0; i < copy.size(); i++) {
        Check.notBlank(field + "[" + i + "]", copy.get(i));
      }
      target.clear();
      target.addAll(copy);
    }
  }
}
