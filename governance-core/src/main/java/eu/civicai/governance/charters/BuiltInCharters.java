package eu.civicai.governance.charters;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.internal.Check;
import java.util.List;
import java.util.Optional;

/**
 * The charters the library ships, each versioned and citing its sources, ready for a small commune
 * to adopt as they are:
 *
 * <ul>
 *   <li>{@code civicai.ethics}: the territorial ethics charter (9 principles);
 *   <li>{@code civicai.compass}: utility, impacts, alternatives ({@link Compass});
 *   <li>{@code civicai.frugal-ai}: frugal AI after AFNOR SPEC 2314;
 *   <li>{@code civicai.ai-act-deployer}: obligations of a public deployer under the AI Act;
 *   <li>{@code civicai.gdpr-crpa}: GDPR and CRPA transparency;
 *   <li>{@code civicai.completeness.interconnectes}, {@code …algoritmeregister}, {@code …atrs}:
 *       documentation completeness for publication.
 * </ul>
 *
 * <p>Charters are immutable; the lists are created once and shared.
 */
public final class BuiltInCharters {
  private static final List<Charter> ALL =
      List.of(
          EthicsCharter.create(),
          CompassCharter.create(),
          FrugalAiCharter.create(),
          AiActObligationsCharter.create(),
          GdprCrpaCharter.create(),
          CompletenessCharters.interconnectes(),
          CompletenessCharters.algoritmeregister(),
          CompletenessCharters.atrs());

  private BuiltInCharters() {}

  /** Returns every built-in charter, in the order above. */
  public static List<Charter> all() {
    return ALL;
  }

  /**
   * Returns the built-in charter with this id, if any: one of {@link #all()}, or the strategy
   * charter ({@code civicai.strategy}).
   */
  public static Optional<Charter> find(String id) {
    Check.notNull("id", id);
    if (STRATEGY.id().equals(id)) {
      return Optional.of(STRATEGY);
    }
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static final Charter STRATEGY = StrategyCharter.create();

  /**
   * Returns the strategy charter (issue 21), with its default threshold: at least 80 % of the
   * agents using AI trained. It judges the authority's strategy through each of its usages and
   * reads the strategies of the evaluation context ({@code EvaluationContext.withStrategies}); it
   * is not among {@link #all()}, whose charters judge the usage record alone.
   */
  public static Charter strategy() {
    return STRATEGY;
  }

  /**
   * Returns the strategy charter with another threshold of trained agents.
   *
   * @param minimumTrainedShare the share of agents using AI who must be trained, in per cent, 0 to
   *     100
   * @return the charter
   * @throws eu.civicai.governance.InvalidInputException {@code max} when above 100, {@code min}
   *     when negative
   */
  public static Charter strategy(int minimumTrainedShare) {
    return StrategyCharter.create(minimumTrainedShare);
  }

  /** Returns the territorial ethics charter. */
  public static Charter ethics() {
    return ALL.get(0);
  }

  /** Returns the compass (utility, impacts, alternatives). */
  public static Charter compass() {
    return ALL.get(1);
  }

  /** Returns the frugal AI charter. */
  public static Charter frugalAi() {
    return ALL.get(2);
  }

  /** Returns the AI Act obligations of a public deployer. */
  public static Charter aiActDeployer() {
    return ALL.get(3);
  }

  /** Returns the GDPR and CRPA charter. */
  public static Charter gdprCrpa() {
    return ALL.get(4);
  }

  /** Returns the completeness profile of the Interconnectés library. */
  public static Charter completenessInterconnectes() {
    return ALL.get(5);
  }

  /** Returns the completeness profile of the Dutch algorithm register. */
  public static Charter completenessAlgoritmeregister() {
    return ALL.get(6);
  }

  /** Returns the completeness profile of the UK ATRS, tiers 1 and 2. */
  public static Charter completenessAtrs() {
    return ALL.get(7);
  }
}
