package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.DecisionFacts.CONCERNS_INDIVIDUALS;
import static eu.civicai.governance.charter.TransparencyFacts.EXPLICIT_MENTION;
import static eu.civicai.governance.charter.UsageFacts.TRANSPARENCY_PART;

import eu.civicai.governance.charter.Criterion;

/**
 * Criteria that several built-in charters hold, written once so that the same legal duty reads the
 * same in every charter. Each charter keeps its own id and severity for them (its reports and
 * waivers name the id): {@code .criterion("crpa.explicit-mention", Severity.BLOCKING,
 * SharedCriteria::explicitMention)}.
 */
final class SharedCriteria {
  private SharedCriteria() {}

  /**
   * The explicit mention of CRPA L311-3-1 on every individual decision taken on the basis of an
   * algorithm: the ethics charter ({@code transparency.explicit-mention}) and the GDPR and CRPA
   * charter ({@code crpa.explicit-mention}).
   */
  static void explicitMention(Criterion.Builder c) {
    c.title(
            "La mention explicite figure sur les décisions individuelles",
            "Individual decisions carry the explicit mention")
        .appliesWhen(CONCERNS_INDIVIDUALS.isTrue())
        .requires(Parts.filled(TRANSPARENCY_PART, EXPLICIT_MENTION))
        .rationale(
            "La loi l'exige pour toute décision individuelle fondée sur un algorithme.",
            "The law requires it for every algorithm-based individual decision.")
        .remediation(
            "Rédiger la mention portée sur chaque décision (administration, finalité, droit d'obtenir"
                + " les règles et comment l'exercer) : sans elle, la décision est irrégulière.",
            "Write the mention carried by each decision (administration, purpose, right to obtain"
                + " the rules and how): without it, the decision is irregular.")
        .references("CRPA L311-3-1");
  }

  /**
   * Every personal dataset has a legal basis (GDPR Art. 6): the ethics charter ({@code
   * data.legal-basis}) and the GDPR and CRPA charter ({@code gdpr.legal-basis}).
   */
  static void legalBasis(Criterion.Builder c) {
    c.title(
            "Chaque jeu de données personnelles a une base légale",
            "Every personal dataset has a legal basis")
        .requires(Parts.LEGAL_BASIS_FOR_PERSONAL_DATA)
        .rationale(
            "Tout traitement de données personnelles doit être licite.",
            "Every processing of personal data must be lawful.")
        .remediation(
            "Indiquer la base légale de chaque jeu de données personnelles (le plus souvent la"
                + " mission d'intérêt public) : sans base légale, le traitement est illicite.",
            "State the legal basis of each personal dataset (most often the public task): without"
                + " one, the processing is unlawful.")
        .references("RGPD art. 6");
  }
}
