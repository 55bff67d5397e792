package eu.civicai.governance.charter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The vocabulary of facts charters are written in: each a named, typed accessor over a usage, its
 * resolved datasets, the ledger, or one element of a list. Names are stable: charters stored as
 * data refer to them. The facts themselves are constants of one class per scope of the record:
 * {@link UsageFacts} (parts, identity, contacts, authority, metadata), {@link StatusFacts}, {@link
 * PurposeFacts}, {@link SystemFacts}, {@link DecisionFacts}, {@link AiActFacts}, {@link DataFacts}
 * (usage's data and datasets), {@link LedgerFacts}, {@link RiskFacts}, {@link ImpactFacts}
 * (impacts, footprint, benefits), {@link GovernanceFacts} and {@link TransparencyFacts}. This class
 * is the one lookup: it loads every scope class before it answers, so that a charter read from JSON
 * finds a fact whatever class the program touched first. {@code docs/facts.md} is generated from
 * {@link #vocabulary()} outside core and a test keeps it in sync.
 *
 * <p>Absent information reads as unknown (null): a comparison on it is unknown, which gives the
 * finding UNKNOWN rather than NOT_SATISFIED. Counts of lists the record always holds (risks,
 * benefits, contacts) are known, zero when empty. Thread-safe: the vocabulary is fixed once loaded.
 */
public final class Facts {
  private static final List<Fact> VOCABULARY;
  private static final Map<String, Fact> BY_NAME;

  static {
    // Calling group() initialises each scope class completely, whichever was touched first; the
    // scope classes never read this class, so no initialisation cycle can form. The order here is
    // the documented order.
    List<FactGroup> groups =
        List.of(
            UsageFacts.group(),
            StatusFacts.group(),
            PurposeFacts.group(),
            SystemFacts.group(),
            DecisionFacts.group(),
            AiActFacts.group(),
            DataFacts.group(),
            LedgerFacts.group(),
            RiskFacts.group(),
            ImpactFacts.group(),
            GovernanceFacts.group(),
            TransparencyFacts.group(),
            AssessmentFacts.group(),
            StrategyFacts.group(),
            WorkFacts.group(),
            ProcurementFacts.group());
    Map<String, Fact> byName = new LinkedHashMap<>();
    Map<String, String> groupOf = new LinkedHashMap<>();
    for (FactGroup group : groups) {
      for (Fact fact : group.facts()) {
        String earlier = groupOf.putIfAbsent(fact.name(), group.id());
        if (earlier != null) {
          throw new IllegalStateException(
              "fact `"
                  + fact.name()
                  + "` is declared in group `"
                  + earlier
                  + "` and in group `"
                  + group.id()
                  + "`");
        }
        byName.put(fact.name(), fact);
      }
    }
    BY_NAME = Collections.unmodifiableMap(byName);
    VOCABULARY = List.copyOf(new ArrayList<>(byName.values()));
  }

  private Facts() {}

  /**
   * Returns every fact, in the documented order (by scope class, then as declared).
   *
   * @return an immutable list, never empty
   */
  public static List<Fact> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the fact with this name, if any.
   *
   * @param name the name charters use, such as {@code decision.oversightLevel}; null finds nothing
   * @return the fact, or empty when no fact has this name
   */
  public static Optional<Fact> find(@Nullable String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
  }
}
