package eu.civicai.governance.charter;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;

/** A date fact, compared with fixed dates or dates relative to the evaluation date. */
public final class DateFact extends Fact {
  @SuppressWarnings("unchecked")
  <S> DateFact(String name, Scope scope, Text description, Function<S, LocalDate> accessor) {
    super(
        name,
        FactType.DATE,
        scope,
        description,
        (Function<Object, Object>) (Function<?, ?>) accessor);
  }

  /** Holds when the date is on or after {@code date}. */
  public Condition onOrAfter(LocalDate date) {
    return new Condition.Compare(name(), Operator.GE, date);
  }

  /** Holds when the date is before {@code date}. */
  public Condition before(LocalDate date) {
    return new Condition.Compare(name(), Operator.LT, date);
  }

  /** Holds when the date is no older than {@code period} before the evaluation date. */
  public Condition withinLast(Period period) {
    return new Condition.Compare(name(), Operator.GE, RelativeDate.ago(period));
  }
}
