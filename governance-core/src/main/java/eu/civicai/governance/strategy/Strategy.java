package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.Authority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The AI strategy of one authority: its roadmap, its acculturation, the anticipated effects of its
 * usages on agents' work, and its watch committee. A register holds one per authority, keyed by the
 * authority's name (see {@link #key()}), the name the authority's usages carry.
 *
 * <p>Every part is optional: a commune starts with a committee and adds a roadmap later; what is
 * missing is judged by the strategy charter, not refused. Rules: one {@link WorkEffects} per usage;
 * a committee decision names only axes and initiatives of the roadmap.
 *
 * @param authority the authority
 * @param charterAdoptedOn when the authority adopted its charter for AI (an ethics or trust
 *     charter, by deliberation)
 * @param roadmap its AI roadmap
 * @param acculturation its acculturation record
 * @param workEffects the anticipated effects of its usages on agents' work, one per usage (never
 *     null; empty when none)
 * @param committee its watch committee
 */
public record Strategy(
    Authority authority,
    @Nullable LocalDate charterAdoptedOn,
    @Nullable Roadmap roadmap,
    @Nullable Acculturation acculturation,
    List<WorkEffects> workEffects,
    @Nullable WatchCommittee committee) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws InvalidInputException naming the field that breaks a rule
   */
  public Strategy {
    Check.notNull("authority", authority);
    workEffects = Check.listOrEmpty("workEffects", workEffects);
    Refs.unique("workEffects", "usage", workEffects, WorkEffects::usage);
    if (committee != null) {
      Set<String> items = roadmap == null ? Set.of() : roadmap.itemIds();
      for (int m = 0; m < committee.meetings().size(); m++) {
        List<CommitteeDecision> decisions = committee.meetings().get(m).decisions();
        for (int d = 0; d < decisions.size(); d++) {
          List<String> named = decisions.get(d).roadmapItems();
          for (int i = 0; i < named.size(); i++) {
            if (!items.contains(named.get(i))) {
              throw new InvalidInputException(
                  "committee.meetings[" + m + "].decisions[" + d + "].roadmapItems[" + i + "]",
                  "strategy.unknownRoadmapItem",
                  named.get(i));
            }
          }
        }
      }
    }
  }

  /** Returns the key the register files this strategy under: the authority's name. */
  public String key() {
    return authority.name();
  }

  /** Returns the anticipated effects on agents' work of one usage, if recorded. */
  public Optional<WorkEffects> workEffects(UsageId usage) {
    Check.notNull("usage", usage);
    return workEffects.stream().filter(w -> w.usage().equals(usage)).findFirst();
  }

  /** Returns a builder for the strategy of an authority. */
  public static Builder builder(Authority authority) {
    return new Builder(Check.notNull("authority", authority));
  }

  /** Returns a builder holding this value's components, to copy and change. */
  public Builder toBuilder() {
    Builder b = new Builder(authority);
    b.charterAdoptedOn = charterAdoptedOn;
    b.roadmap = roadmap;
    b.acculturation = acculturation;
    b.workEffects.addAll(workEffects);
    b.committee = committee;
    return b;
  }

  /**
   * Builds {@link Strategy} values. Each setter checks its value at once and throws {@link
   * InvalidInputException} naming the field; {@link #build()} checks the rules between fields. Not
   * thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private final Authority authority;
    private LocalDate charterAdoptedOn;
    private Roadmap roadmap;
    private Acculturation acculturation;
    private final List<WorkEffects> workEffects = new ArrayList<>();
    private WatchCommittee committee;

    Builder(Authority authority) {
      this.authority = authority;
    }

    /**
     * Sets when the authority adopted its charter for AI.
     *
     * @param value the day of the deliberation; null clears it
     * @return this builder
     */
    public Builder charterAdoptedOn(@Nullable LocalDate value) {
      this.charterAdoptedOn = value;
      return this;
    }

    /**
     * Sets the roadmap.
     *
     * @param value the roadmap; null clears it
     * @return this builder
     */
    public Builder roadmap(@Nullable Roadmap value) {
      this.roadmap = value;
      return this;
    }

    /**
     * Sets the acculturation record.
     *
     * @param value the record; null clears it
     * @return this builder
     */
    public Builder acculturation(@Nullable Acculturation value) {
      this.acculturation = value;
      return this;
    }

    /**
     * Sets the effects on agents' work, replacing any earlier ones.
     *
     * @param values one per usage, without null elements
     * @return this builder
     */
    public Builder workEffects(WorkEffects... values) {
      return workEffects(Arrays.asList(Check.notNull("workEffects", values)));
    }

    /**
     * Sets the effects on agents' work, replacing any earlier ones.
     *
     * @param values one per usage, without null elements
     * @return this builder
     */
    public Builder workEffects(Collection<? extends WorkEffects> values) {
      List<WorkEffects> copy = Check.list("workEffects", values);
      Refs.unique("workEffects", "usage", copy, WorkEffects::usage);
      workEffects.clear();
      workEffects.addAll(copy);
      return this;
    }

    /**
     * Sets the watch committee.
     *
     * @param value the committee; null clears it
     * @return this builder
     */
    public Builder committee(@Nullable WatchCommittee value) {
      this.committee = value;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws InvalidInputException {@code strategy.unknownRoadmapItem} when a committee decision
     *     names an axis or initiative the roadmap lacks
     */
    public Strategy build() {
      return new Strategy(
          authority, charterAdoptedOn, roadmap, acculturation, workEffects, committee);
    }
  }
}
