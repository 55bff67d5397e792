package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.strategy.Strategy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation needs besides the usage: the clock (the evaluation instant and zone), the
 * language of the report, where datasets are found, the ledger, and the waivers granted. Immutable
 * and thread-safe; every {@code with…} method returns a copy with one component replaced, every
 * {@code plus…} method a copy with more elements.
 *
 * <p>Waivers must name a criterion of the evaluated charters: a waiver for a criterion no charter
 * has would silently never apply. A context made by {@link CharterEvaluator#context} knows the
 * evaluator's criteria and refuses such a waiver when it is added; {@link CharterEvaluator} refuses
 * it when it evaluates with any other context.
 *
 * @param clock the evaluation instant and zone; replaying with the same fixed clock gives the same
 *     report
 * @param locale the language of the report: French for {@code fr}, English otherwise
 * @param datasets where the usage's datasets are looked up; null when none are known
 * @param ledger the data-lifecycle ledger; may be null, which leaves ledger facts unknown
 * @param waivers the waivers granted (null is read as none)
 * @param strategies the AI strategies of the authorities, read by the {@code strategy.} and {@code
 *     work.} facts for the authority that owns the usage (null is read as none; none leaves those
 *     facts unknown)
 * @param criterionIds the ids of the criteria waivers may name; empty when not known (then the
 *     evaluator checks them); null is read as empty
 */
public record EvaluationContext(
    Clock clock,
    Locale locale,
    @Nullable DatasetLookup datasets,
    @Nullable Ledger ledger,
    @Nullable List<Waiver> waivers,
    @Nullable List<Strategy> strategies,
    @Nullable Set<String> criterionIds) {

  /**
   * Checks and copies.
   *
   * @throws InvalidInputException {@code notNull} naming {@code clock} or {@code locale}, or {@code
   *     waiver.unknownCriterion} naming {@code waivers[i].criterionId} when {@code criterionIds} is
   *     not empty and lacks a waiver's criterion
   */
  public EvaluationContext {
    Check.notNull("clock", clock);
    Check.notNull("locale", locale);
    waivers = Check.listOrEmpty("waivers", waivers);
    strategies = Check.listOrEmpty("strategies", strategies);
    criterionIds = criterionIds == null ? Set.of() : Check.set("criterionIds", criterionIds);
    if (!criterionIds.isEmpty()) {
      requireKnownCriteria(waivers, criterionIds);
    }
  }

  /**
   * Returns a context with a clock and a language, and nothing else known; see also {@link
   * CharterEvaluator#context}, which also knows the criteria waivers may name.
   *
   * @param clock the evaluation instant and zone; not null
   * @param locale the language of the report; not null
   * @return the context
   */
  public static EvaluationContext of(Clock clock, Locale locale) {
    return new EvaluationContext(clock, locale, null, null, List.of(), List.of(), Set.of());
  }

  /**
   * Returns a copy that looks datasets up in {@code lookup} (usually the register), replacing the
   * lookup set before.
   *
   * @param lookup the lookup; null for none
   * @return the copy
   */
  public EvaluationContext withDatasets(@Nullable DatasetLookup lookup) {
    return new EvaluationContext(clock, locale, lookup, ledger, waivers, strategies, criterionIds);
  }

  /**
   * Returns a copy that reads this ledger, replacing the ledger set before.
   *
   * @param value the ledger; null for none
   * @return the copy
   */
  public EvaluationContext withLedger(@Nullable Ledger value) {
    return new EvaluationContext(clock, locale, datasets, value, waivers, strategies, criterionIds);
  }

  /**
   * Returns a copy whose waivers are exactly {@code replacement}.
   *
   * @param replacement the waivers; not null, no null element
   * @return the copy
   * @throws InvalidInputException naming {@code waivers[i]} for a null waiver, or {@code
   *     waivers[i].criterionId} for a criterion this context knows no charter to have
   */
  public EvaluationContext withWaivers(Collection<Waiver> replacement) {
    return new EvaluationContext(
        clock,
        locale,
        datasets,
        ledger,
        Check.list("waivers", replacement),
        strategies,
        criterionIds);
  }

  /**
   * Returns a copy with these waivers after those already granted.
   *
   * @param more the waivers to add; not null, no null element
   * @return the copy
   * @throws InvalidInputException naming {@code waivers[i]} for a null waiver, or {@code
   *     waivers[i].criterionId} for a criterion this context knows no charter to have
   */
  public EvaluationContext plusWaivers(Collection<Waiver> more) {
    List<Waiver> all = new ArrayList<>(waivers);
    all.addAll(Check.list("waivers", more));
    return new EvaluationContext(clock, locale, datasets, ledger, all, strategies, criterionIds);
  }

  /**
   * Returns a copy whose strategies are exactly {@code replacement}, such as {@code
   * register.strategies()}: the one filed under a usage's authority name answers that usage's
   * {@code strategy.} and {@code work.} facts.
   *
   * @param replacement the strategies; not null, no null element
   * @return the copy
   * @throws InvalidInputException naming {@code strategies[i]} for a null strategy
   */
  public EvaluationContext withStrategies(Collection<Strategy> replacement) {
    return new EvaluationContext(
        clock,
        locale,
        datasets,
        ledger,
        waivers,
        Check.list("strategies", replacement),
        criterionIds);
  }

  /**
   * Returns a copy with these strategies after those already given; a later one for the same
   * authority wins.
   *
   * @param more the strategies to add; not null, no null element
   * @return the copy
   * @throws InvalidInputException naming {@code strategies[i]} for a null strategy
   */
  public EvaluationContext plusStrategies(Collection<Strategy> more) {
    List<Strategy> all = new ArrayList<>(strategies);
    all.addAll(Check.list("strategies", more));
    return new EvaluationContext(clock, locale, datasets, ledger, waivers, all, criterionIds);
  }

  /**
   * Returns the strategy of an authority: the last one given whose authority has its name.
   *
   * @param authority the authority, not null
   * @return the strategy, or empty
   */
  public Optional<Strategy> strategyOf(Authority authority) {
    Check.notNull("authority", authority);
    for (int i = strategies.size() - 1; i >= 0; i--) {
      if (strategies.get(i).key().equals(authority.name())) {
        return Optional.of(strategies.get(i));
      }
    }
    return Optional.empty();
  }

  /** Returns a copy that knows the criteria of an evaluator, checking the waivers against them. */
  EvaluationContext withCriterionIds(Set<String> ids) {
    return new EvaluationContext(clock, locale, datasets, ledger, waivers, strategies, ids);
  }

  static void requireKnownCriteria(List<Waiver> waivers, Set<String> criterionIds) {
    for (int i = 0; i < waivers.size(); i++) {
      String id = waivers.get(i).criterionId();
      if (!criterionIds.contains(id)) {
        throw new InvalidInputException(
            "waivers[" + i + "].criterionId", "waiver.unknownCriterion", id);
      }
    }
  }
}
