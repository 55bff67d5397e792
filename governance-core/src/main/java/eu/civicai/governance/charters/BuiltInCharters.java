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

  /** Returns the built-in charter with this id, if any. */
  public static Optional<Charter> find(String id) {
    Check.notNull("id", id);
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
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
