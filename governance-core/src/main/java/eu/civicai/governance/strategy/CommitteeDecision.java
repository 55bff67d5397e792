package eu.civicai.governance.strategy;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A decision of a watch committee meeting, with what it is about: usages, waivers, roadmap axes or
 * initiatives.
 *
 * <p>Rule: the roadmap items are ids of the authority's roadmap (checked by {@link Strategy}).
 *
 * @param summary what was decided, not blank, at most 2,000 characters
 * @param usages the usages it concerns (never null; empty when none)
 * @param waivers the waivers it grants, renews or ends (never null; empty when none)
 * @param roadmapItems ids of the roadmap axes or initiatives it concerns (never null; empty when
 *     none)
 */
public record CommitteeDecision(
    @NotBlank @Size(max = 2000) String summary,
    List<UsageId> usages,
    List<WaiverRef> waivers,
    List<String> roadmapItems) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public CommitteeDecision {
    Check.notNull("summary", summary);
    usages = Check.listOrEmpty("usages", usages);
    waivers = Check.listOrEmpty("waivers", waivers);
    roadmapItems = Check.listOrEmpty("roadmapItems", roadmapItems);
    for (int i = 0; i < roadmapItems.size(); i++) {
      Check.slug("roadmapItems[" + i + "]", roadmapItems.get(i));
    }
    Constraints.checkRecord(CommitteeDecision.class, summary, usages, waivers, roadmapItems);
  }

  /** Returns a decision that concerns nothing named yet. */
  public static CommitteeDecision of(String summary) {
    return new CommitteeDecision(summary, List.of(), List.of(), List.of());
  }

  /** Returns a copy that also concerns these usages (ids, slugs). */
  public CommitteeDecision aboutUsages(String... ids) {
    List<UsageId> more = new java.util.ArrayList<>(usages);
    for (String id : Check.notNull("usages", ids)) {
      more.add(UsageId.of(id));
    }
    return new CommitteeDecision(summary, more, waivers, roadmapItems);
  }

  /** Returns a copy that also concerns these waivers. */
  public CommitteeDecision aboutWaivers(WaiverRef... refs) {
    List<WaiverRef> more = new java.util.ArrayList<>(waivers);
    more.addAll(Check.list("waivers", java.util.Arrays.asList(Check.notNull("waivers", refs))));
    return new CommitteeDecision(summary, usages, more, roadmapItems);
  }

  /** Returns a copy that also concerns these roadmap axes or initiatives (their ids). */
  public CommitteeDecision aboutRoadmap(String... itemIds) {
    List<String> more = new java.util.ArrayList<>(roadmapItems);
    more.addAll(
        Check.list(
            "roadmapItems", java.util.Arrays.asList(Check.notNull("roadmapItems", itemIds))));
    return new CommitteeDecision(summary, usages, waivers, more);
  }
}
