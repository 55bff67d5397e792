package eu.civicai.governance.barometer;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Labelled;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.util.function.Predicate;

/**
 * A part of a usage record whose presence the barometer counts to say how completely the usage is
 * documented: the parts the publication standards ask for (Interconnectés library, Dutch algorithm
 * register, UK ATRS) beyond the identity every record has. A part is documented when it is given: a
 * part object present (whatever it holds), a list not empty, a text not empty.
 */
public enum DocumentedPart implements Labelled {
  /** The plain-language summary. */
  SUMMARY("Résumé", "Summary", u -> u.summary() != null && !u.summary().isEmpty()),
  /** The purpose: goal, theme, why AI, alternatives. */
  PURPOSE("Finalité", "Purpose", u -> u.purpose() != null),
  /** The system: techniques, models, sourcing, hosting. */
  SYSTEM("Système", "System", u -> u.system() != null),
  /** The decision: role of the output, human oversight. */
  DECISION(
      "Décision et supervision humaine", "Decision and human oversight", u -> u.decision() != null),
  /** The data used. */
  DATA_USE("Données utilisées", "Data used", u -> u.dataUse() != null),
  /** At least one risk. */
  RISKS("Risques", "Risks", u -> !u.risks().isEmpty()),
  /** The environmental footprint. */
  FOOTPRINT("Empreinte environnementale", "Environmental footprint", u -> u.footprint() != null),
  /** At least one benefit indicator. */
  BENEFITS("Bénéfices", "Benefits", u -> !u.benefits().isEmpty()),
  /** The governance: decisions, consultations, trainings, reviews. */
  GOVERNANCE("Gouvernance", "Governance", u -> u.governance() != null),
  /** The transparency: where it is published, citizen notice. */
  TRANSPARENCY("Transparence", "Transparency", u -> u.transparency() != null);

  private final String labelFr;
  private final String labelEn;
  private final Predicate<AiUsage> given;

  DocumentedPart(String labelFr, String labelEn, Predicate<AiUsage> given) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.given = given;
  }

  /**
   * Returns whether this part is given in a usage.
   *
   * @param usage the usage, not null
   * @return true when the part is given
   * @throws InvalidInputException {@code notNull} when {@code usage} is null
   */
  public boolean isDocumented(AiUsage usage) {
    return given.test(Check.notNull("usage", usage));
  }

  /**
   * Returns how many parts a usage documents, from 0 to {@code values().length}.
   *
   * @param usage the usage, not null
   * @return the number of parts given
   * @throws InvalidInputException {@code notNull} when {@code usage} is null
   */
  public static int count(AiUsage usage) {
    Check.notNull("usage", usage);
    int n = 0;
    for (DocumentedPart part : values()) {
      if (part.given.test(usage)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
