package eu.civicai.governance.data;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.InputRules;
import jakarta.validation.constraints.Size;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * How long a dataset is kept: a duration counted from a trigger, and what happens at the end. Legal
 * holds recorded in the ledger suspend it.
 *
 * <p>Rules: the duration is positive; a {@link RetentionTrigger#NAMED_EVENT} trigger names its
 * event.
 *
 * @param duration how long, such as P5Y or P18M; positive
 * @param trigger what it counts from
 * @param namedEvent the event counted from, for NAMED_EVENT (end of contract, closing of the file…)
 * @param endAction what happens at the end
 */
public record RetentionRule(
    Period duration,
    RetentionTrigger trigger,
    @Size(max = 200) @Nullable String namedEvent,
    EndAction endAction) {

  /** Checks the components; see the class description for the rules. */
  public RetentionRule {
    Check.notNull("duration", duration);
    Check.notNull("trigger", trigger);
    Check.notNull("endAction", endAction);
    Constraints.checkRecord(RetentionRule.class, duration, trigger, namedEvent, endAction);
    InputRules.period("duration", duration);
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidInputException("duration", "retention.duration", duration.toString());
    }
    if (trigger == RetentionTrigger.NAMED_EVENT && (namedEvent == null || namedEvent.isBlank())) {
      throw new InvalidInputException("namedEvent", "retention.namedEvent");
    }
  }

  /** Returns a rule counting {@code duration} from {@code trigger}, then {@code endAction}. */
  public static RetentionRule of(Period duration, RetentionTrigger trigger, EndAction endAction) {
    return new RetentionRule(duration, trigger, null, endAction);
  }

  /** Returns a rule counting from a named event. */
  public static RetentionRule afterEvent(Period duration, String namedEvent, EndAction endAction) {
    return new RetentionRule(duration, RetentionTrigger.NAMED_EVENT, namedEvent, endAction);
  }
}
