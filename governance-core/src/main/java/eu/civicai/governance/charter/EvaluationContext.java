package eu.civicai.governance.charter;

import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.internal.Check;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
 */
public record EvaluationContext(
    Clock clock, Locale locale, DatasetLookup datasets, Ledger ledger, List<Waiver> waivers) {

  /** Checks and copies. */
  public EvaluationContext {
    Check.notNull("clock", clock);
    Check.notNull("locale", locale);
    waivers = Check.listOrEmpty("waivers", waivers);
  }

  /** Returns a context with a clock and a language, and nothing else known. */
  public static EvaluationContext of(Clock clock, Locale locale) {
    return new EvaluationContext(clock, locale, null, null, List.of());
  }

  /** Returns a copy that looks datasets up in {@code lookup} (usually the register). */
  public EvaluationContext withDatasets(DatasetLookup lookup) {
    return new EvaluationContext(clock, locale, lookup, ledger, waivers);
  }

  /** Returns a copy that reads the ledger. */
  public EvaluationContext withLedger(Ledger value) {
    return new EvaluationContext(clock, locale, datasets, value, waivers);
  }

  /** Returns a copy with more waivers. */
  public EvaluationContext withWaivers(Collection<Waiver> more) {
    List<Waiver> all = new ArrayList<>(waivers);
    all.addAll(Check.list("waivers", more));
    return new EvaluationContext(clock, locale, datasets, ledger, all);
  }
}
