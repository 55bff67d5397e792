package eu.civicai.governance.strategy;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An initiative of a roadmap axis: what the authority undertakes, the usages it gives rise to and
 * its milestones.
 *
 * <p>Rule: a usage is listed once.
 *
 * @param id a slug, unique within the roadmap (axes and initiatives together)
 * @param title the title, not blank, at most 200 characters
 * @param usages the usages the initiative gives rise to (never null; empty when none yet)
 * @param milestones its milestones (never null; empty when none)
 */
public record Initiative(
    String id,
    @NotBlank @Size(max = 200) String title,
    List<UsageId> usages,
    List<Milestone> milestones) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public Initiative {
    Check.slug("id", id);
    Check.notNull("title", title);
    usages = Check.listOrEmpty("usages", usages);
    milestones = Check.listOrEmpty("milestones", milestones);
    Constraints.checkRecord(Initiative.class, id, title, usages, milestones);
    Refs.unique("usages", "usage", usages, u -> u);
  }

  /** Returns a builder for an initiative with this id (a slug) and title. */
  public static Builder builder(String id, String title) {
    return new Builder(Check.slug("id", id), Check.notBlank("title", title));
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.usages.addAll(usages);
    b.milestones.addAll(milestones);
    return b;
  }

  /**
   * Builds {@link Initiative} values. Each setter checks its value at once and throws {@link
   * eu.civicai.governance.InvalidInputException} naming the field; {@link #build()} checks the
   * rules between fields. Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<UsageId> usages = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();

    Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /**
     * Sets the usages the initiative gives rise to, replacing any earlier ones.
     *
     * @param values the usage ids (slugs), without null elements
     * @return this builder
     */
    public Builder usages(String... values) {
      List<String> ids = Check.list("usages", Arrays.asList(Check.notNull("usages", values)));
      List<UsageId> parsed = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        try {
          parsed.add(UsageId.of(ids.get(i)));
        } catch (eu.civicai.governance.InvalidInputException e) {
          throw new eu.civicai.governance.InvalidInputException(
              "usages[" + i + "]", e.rule(), ids.get(i));
        }
      }
      return usages(parsed);
    }

    /**
     * Sets the usages the initiative gives rise to, replacing any earlier ones.
     *
     * @param values the usage ids, without null elements
     * @return this builder
     */
    public Builder usages(Collection<? extends UsageId> values) {
      List<UsageId> copy = Check.list("usages", values);
      this.usages.clear();
      this.usages.addAll(copy);
      return this;
    }

    /**
     * Sets the milestones, replacing any earlier ones.
     *
     * @param values the milestones, without null elements
     * @return this builder
     */
    public Builder milestones(Milestone... values) {
      return milestones(Arrays.asList(Check.notNull("milestones", values)));
    }

    /**
     * Sets the milestones, replacing any earlier ones.
     *
     * @param values the milestones, without null elements
     * @return this builder
     */
    public Builder milestones(Collection<? extends Milestone> values) {
      List<Milestone> copy = Check.list("milestones", values);
      this.milestones.clear();
      this.milestones.addAll(copy);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws eu.civicai.governance.InvalidInputException when a usage is listed twice
     */
    public Initiative build() {
      return new Initiative(id, title, usages, milestones);
    }
  }
}
