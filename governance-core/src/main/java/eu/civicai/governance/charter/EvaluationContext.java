package eu.civicai.governance.charter;

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

/**
 * What an evaluation needs besides the usage: the clock (the evaluation instant and zone), the
 * language of the report, where datasets are found, the ledger, and the waivers granted.
 *
 * @param clock the evaluation instant and zone; replaying with the same fixed clock gives the same
 *     report
 * @param locale the language of the report: French for {@code fr}, English otherwise
 * @param datasets where the usage's datasets are looked up; may be null when none are known
 * @param ledger the data-lifecycle ledger; may be null, which leaves ledger facts unknown
 * @param waivers the waivers granted (never null)
 * @param strategies the AI strategies of the authorities, read by the {@code strategy.} and {@code
 *     work.} facts for the authority that owns the usage (never null; empty leaves those facts
 *     unknown)
 */
public record EvaluationContext(
    Clock clock,
    Locale locale,
    DatasetLookup datasets,
    Ledger ledger,
    List<Waiver> waivers,
    List<Strategy> strategies) {

  /** Checks and copies. */
  public EvaluationContext {
    Check.notNull("clock", clock);
    Check.notNull("locale", locale);
    waivers = Check.listOrEmpty("waivers", waivers);
    strategies = Check.listOrEmpty("strategies", strategies);
  }

  /** Returns a context with a clock and a language, and nothing else known. */
  public static EvaluationContext of(Clock clock, Locale locale) {
    return new EvaluationContext(clock, locale, null, null, List.of(), List.of());
  }

  /** Returns a copy that looks datasets up in {@code lookup} (usually the register). */
  public EvaluationContext withDatasets(DatasetLookup lookup) {
    return new EvaluationContext(clock, locale, lookup, ledger, waivers, strategies);
  }

  /** Returns a copy that reads the ledger. */
  public EvaluationContext withLedger(Ledger value) {
    return new EvaluationContext(clock, locale, datasets, value, waivers, strategies);
  }

  /** Returns a copy with more waivers. */
  public EvaluationContext withWaivers(Collection<Waiver> more) {
    List<Waiver> all = new ArrayList<>(waivers);
    all.addAll(Check.list("waivers", more));
    return new EvaluationContext(clock, locale, datasets, ledger, all, strategies);
  }

  /**
   * Returns a copy with more strategies, such as {@code register.strategies()}: the one filed under
   * a usage's authority name answers that usage's {@code strategy.} and {@code work.} facts.
   *
   * @param more the strategies, without null elements
   * @return the new context
   */
  public EvaluationContext withStrategies(Collection<Strategy> more) {
    List<Strategy> all = new ArrayList<>(strategies);
    all.addAll(Check.list("strategies", more));
    return new EvaluationContext(clock, locale, datasets, ledger, waivers, all);
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
}
