package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.InputRules;
import eu.civicai.governance.internal.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * A date counted from the evaluation date, such as "one year ago" ({@code P-1Y}), for conditions
 * like "reviewed within the last year". Resolved when a usage is evaluated, in the evaluation
 * clock's zone.
 *
 * @param offset the period added to the evaluation date, may be negative
 */
public record RelativeDate(Period offset) {

  /** Checks the offset. */
  public RelativeDate {
    Check.notNull("offset", offset);
    InputRules.period("offset", offset);
  }

  /** Returns the date {@code period} before the evaluation date. */
  public static RelativeDate ago(Period period) {
    return new RelativeDate(InputRules.period("period", Check.notNull("period", period)).negated());
  }

  /** Returns the date {@code period} after the evaluation date. */
  public static RelativeDate ahead(Period period) {
    return new RelativeDate(Check.notNull("period", period));
  }

  /**
   * Returns the date this stands for, given the evaluation date.
   *
   * @throws InvalidInputException with rule {@code date.range} when the date falls outside the
   *     calendar (years -999,999,999 to 999,999,999); never a raw {@code DateTimeException}
   */
  public LocalDate resolve(LocalDate evaluationDate) {
    try {
      return evaluationDate.plus(offset);
    } catch (DateTimeException | ArithmeticException e) {
      throw new InvalidInputException(
          "offset", "date.range", Messages.raw(evaluationDate), Messages.raw(offset));
    }
  }

  @Override
  public String toString() {
    return "today" + (offset.isNegative() ? "" : "+") + offset;
  }
}
