package eu.civicai.governance.barometer;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.usage.Theme;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the barometer reads about one authority, as counted in memory ({@link Barometer#figures}) or
 * in SQL by a store: its identity, its usages and what its strategy and the ledger say. A null
 * field is unknown. {@link Barometer#fromFigures} turns figures into scores; both paths share that
 * arithmetic, so that a register and the store holding it give the same barometer.
 *
 * @param authorityName the authority's name, as its usages and its strategy carry it; not blank
 * @param siren the authority's SIREN, which identifies it across registers (two communes of the
 *     same name are two authorities); null when its records state none, and then its name
 *     identifies it
 * @param kind its kind
 * @param population its population; null when unknown
 * @param usages how many usages of the register it owns, not negative
 * @param partsDocumented the {@link DocumentedPart}s given, summed over its usages: from 0 to
 *     {@code usages} times the number of parts
 * @param themes the themes its usages state (never null; empty when none states one)
 * @param strategyRecorded whether the register holds its strategy
 * @param charterAdopted whether it adopted a charter for AI; null without a strategy
 * @param committeeActive whether its watch committee met with an elected official in the six months
 *     up to the barometer's date; null without a strategy or a committee
 * @param roadmapIndicators its roadmap's indicators that have a target, not negative; null without
 *     a roadmap
 * @param agentsUsingAi how many agents use AI systems, not negative; null when unknown
 * @param agentsTrained how many of them were trained, not more than {@code agentsUsingAi}; null
 *     when unknown
 * @param ledgerKept whether the ledger records a use of data by one of its usages; null when no
 *     ledger was given or it holds no entry
 */
public record AuthorityFigures(
    String authorityName,
    @Nullable Siren siren,
    AuthorityKind kind,
    @Nullable Long population,
    long usages,
    long partsDocumented,
    Set<Theme> themes,
    boolean strategyRecorded,
    @Nullable Boolean charterAdopted,
    @Nullable Boolean committeeActive,
    @Nullable Integer roadmapIndicators,
    @Nullable Integer agentsUsingAi,
    @Nullable Integer agentsTrained,
    @Nullable Boolean ledgerKept) {

  /**
   * Figures of an authority without a SIREN, identified by its name.
   *
   * @throws InvalidInputException as the canonical constructor
   */
  public AuthorityFigures(
      String authorityName,
      AuthorityKind kind,
      @Nullable Long population,
      long usages,
      long partsDocumented,
      Set<Theme> themes,
      boolean strategyRecorded,
      @Nullable Boolean charterAdopted,
      @Nullable Boolean committeeActive,
      @Nullable Integer roadmapIndicators,
      @Nullable Integer agentsUsingAi,
      @Nullable Integer agentsTrained,
      @Nullable Boolean ledgerKept) {
    this(
        authorityName,
        null,
        kind,
        population,
        usages,
        partsDocumented,
        themes,
        strategyRecorded,
        charterAdopted,
        committeeActive,
        roadmapIndicators,
        agentsUsingAi,
        agentsTrained,
        ledgerKept);
  }

  /**
   * Checks the figures.
   *
   * @throws InvalidInputException {@code notNull}, {@code notBlank}, {@code min} or {@code
   *     strategy.notAbove} naming the field
   */
  public AuthorityFigures {
    Check.notBlank("authorityName", authorityName);
    Check.notNull("kind", kind);
    Set<Theme> copy = EnumSet.noneOf(Theme.class);
    copy.addAll(Check.set("themes", Check.notNull("themes", themes)));
    themes = Collections.unmodifiableSet(copy);
    notNegative("population", population);
    notNegative("usages", usages);
    notNegative("partsDocumented", partsDocumented);
    notNegative("roadmapIndicators", roadmapIndicators);
    notNegative("agentsUsingAi", agentsUsingAi);
    notNegative("agentsTrained", agentsTrained);
    long most = usages * DocumentedPart.values().length;
    if (partsDocumented > most) {
      throw new InvalidInputException(
          "partsDocumented",
          "strategy.notAbove",
          Messages.raw(partsDocumented),
          Messages.raw("usages × " + DocumentedPart.values().length),
          Messages.raw(most));
    }
    if (agentsUsingAi != null && agentsTrained != null && agentsTrained > agentsUsingAi) {
      throw new InvalidInputException(
          "agentsTrained",
          "strategy.notAbove",
          Messages.raw(agentsTrained),
          Messages.raw("agentsUsingAi"),
          Messages.raw(agentsUsingAi));
    }
    if (!strategyRecorded) {
      onlyWithStrategy("charterAdopted", charterAdopted);
      onlyWithStrategy("committeeActive", committeeActive);
      onlyWithStrategy("roadmapIndicators", roadmapIndicators);
      onlyWithStrategy("agentsUsingAi", agentsUsingAi);
      onlyWithStrategy("agentsTrained", agentsTrained);
    }
  }

  /** The strategy's figures say something only when there is a strategy. */
  private static void onlyWithStrategy(String field, Object value) {
    if (value != null) {
      throw new InvalidInputException(
          field,
          "strategy.onlyWhen",
          Messages.raw(value),
          Messages.raw("strategyRecorded"),
          Messages.raw(true));
    }
  }

  private static void notNegative(String field, Number value) {
    if (value != null && value.longValue() < 0) {
      throw new InvalidInputException(field, "min", value, 0);
    }
  }

  /**
   * Returns what identifies the authority across registers and tenants: {@code siren:} and its
   * SIREN when known, otherwise {@code name:} and its name. Figures with the same key are one
   * authority ({@link Barometer#merge}).
   */
  public String key() {
    return siren != null ? "siren:" + siren.value() : "name:" + authorityName;
  }

  /** Returns the population band of the authority. */
  public PopulationBand band() {
    return PopulationBand.of(population);
  }
}
