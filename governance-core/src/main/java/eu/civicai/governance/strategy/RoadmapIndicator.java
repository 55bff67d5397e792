package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.measure.Quantity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An indicator by which a roadmap is followed ("agents formés", "kWh économisés"): its baseline,
 * its target and, once measured, its latest value.
 *
 * <p>Rules: baseline, target and measured value convert into one another; {@code measuredOn} is
 * given only with a measured value.
 *
 * @param id a slug, unique within the roadmap's indicators
 * @param name what is measured, not blank, at most 200 characters
 * @param baseline the value at the start
 * @param target the value aimed at
 * @param targetDate when the target should be reached
 * @param measured the latest value measured
 * @param measuredOn when it was measured
 */
public record RoadmapIndicator(
    String id,
    @NotBlank @Size(max = 200) String name,
    @Nullable Quantity baseline,
    @Nullable Quantity target,
    @Nullable LocalDate targetDate,
    @Nullable Quantity measured,
    @Nullable LocalDate measuredOn) {

  /**
   * Checks the components; see the class description for the rules.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public RoadmapIndicator {
    Check.slug("id", id);
    Check.notNull("name", name);
    Constraints.checkRecord(
        RoadmapIndicator.class, id, name, baseline, target, targetDate, measured, measuredOn);
    sameKind("target", target, "baseline", baseline);
    sameKind("measured", measured, "baseline", baseline);
    sameKind("measured", measured, "target", target);
    Refs.onlyWhen("measuredOn", measuredOn, measured != null, "measured", "set");
  }

  /** Returns an indicator with a baseline and a target. */
  public static RoadmapIndicator of(String id, String name, Quantity baseline, Quantity target) {
    return new RoadmapIndicator(id, name, baseline, target, null, null, null);
  }

  /** Returns a copy with the date by which the target should be reached. */
  public RoadmapIndicator withTargetDate(LocalDate date) {
    return new RoadmapIndicator(id, name, baseline, target, date, measured, measuredOn);
  }

  /** Returns a copy with a value measured on a day. */
  public RoadmapIndicator withMeasured(Quantity value, LocalDate on) {
    return new RoadmapIndicator(
        id, name, baseline, target, targetDate, Check.notNull("measured", value), on);
  }

  private static void sameKind(String field, Quantity q, String otherField, Quantity other) {
    if (q != null && other != null && !q.unit().convertibleTo(other.unit())) {
      throw new InvalidInputException(
          field,
          "unit.mismatchField",
          Messages.raw(q),
          Messages.raw(otherField),
          Messages.raw(other));
    }
  }
}
