package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.StrategyFacts.*;
import static eu.civicai.governance.charter.WorkFacts.*;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.internal.Messages;

/**
 * The strategy charter (issue 21): whether the authority that owns a usage steers AI as a strategy
 * — an active watch committee with elected officials, a roadmap followed by indicators, agents
 * trained (AI Act Art. 4), staff representatives consulted on the effects on work. It reads the
 * {@code strategy.} and {@code work.} facts, which stay unknown until the evaluation context holds
 * the authority's strategy ({@code EvaluationContext.withStrategies}).
 */
final class StrategyCharter {
  static final String ID = "civicai.strategy";

  /** Default share of agents using AI who must have been trained, in per cent. */
  static final int DEFAULT_TRAINED_SHARE = 80;

  private StrategyCharter() {}

  static Charter create() {
    return create(DEFAULT_TRAINED_SHARE);
  }

  static Charter create(int minimumTrainedShare) {
    if (minimumTrainedShare < 0) {
      throw new eu.civicai.governance.InvalidInputException(
          "minimumTrainedShare", "min", minimumTrainedShare, Messages.raw(0));
    }
    if (minimumTrainedShare > 100) {
      throw new eu.civicai.governance.InvalidInputException(
          "minimumTrainedShare", "max", minimumTrainedShare, Messages.raw(100));
    }
    return Charter.builder(ID, "1.0")
        .title(
            "Stratégie IA de la collectivité : pilotage, feuille de route, acculturation",
            "The authority's AI strategy: steering, roadmap, acculturation")
        .source(
            "CivicAI, after Regulation (EU) 2024/1689 (AI Act) Art. 4 and 26(7), the Code général"
                + " de la fonction publique (comité social territorial) and the practices of"
                + " collectivités (feuilles de route IA, comités de veille, cafés de l'IA)")
        .principle("steering", "Pilotage", "Steering", StrategyCharter::steering)
        .principle("roadmap", "Feuille de route", "Roadmap", StrategyCharter::roadmap)
        .principle(
            "people",
            "Agents et dialogue social",
            "Staff and social dialogue",
            p -> people(p, minimumTrainedShare))
        .build();
  }

  private static void steering(Principle.Builder p) {
    p.criterion(
            "strategy.committee-active",
            Severity.MAJOR,
            c ->
                c.title(
                        "Un comité de veille avec des élus s'est réuni dans les six derniers mois",
                        "A watch committee with elected officials met in the last six months")
                    .requires(COMMITTEE_ACTIVE.isTrue())
                    .rationale(
                        "Les élus répondent des usages de l'IA : un comité qui se réunit les suit.",
                        "Elected officials answer for the uses of AI: a committee that meets follows them.")
                    .remediation(
                        "Réunir le comité de veille, avec au moins un élu, et en consigner la date et les décisions.",
                        "Convene the watch committee, with at least one elected official, and record its date and decisions.")
                    .references("Code général des collectivités territoriales, L2121-22"))
        .criterion(
            "strategy.charter-adopted",
            Severity.MINOR,
            c ->
                c.title(
                        "La collectivité a adopté une charte de l'IA",
                        "The authority adopted a charter for AI")
                    .requires(CHARTER_ADOPTED.isTrue())
                    .rationale(
                        "Une charte délibérée engage la collectivité devant ses habitants.",
                        "A charter adopted by deliberation commits the authority before its residents.")
                    .remediation(
                        "Faire délibérer une charte de l'IA (par exemple la charte éthique intégrée) et en noter la date.",
                        "Have a charter for AI adopted by deliberation (the built-in ethics charter, for instance) and record the date.")
                    .references("Charte éthique territoriale (CivicAI)"));
  }

  private static void roadmap(Principle.Builder p) {
    p.criterion(
        "strategy.roadmap-indicators",
        Severity.MAJOR,
        c ->
            c.title(
                    "La feuille de route est suivie par des indicateurs cibles",
                    "The roadmap is followed by indicators with targets")
                .requires(ROADMAP_INDICATORS.atLeast(1))
                .rationale(
                    "Sans indicateur ni cible, on ne sait pas si la feuille de route avance.",
                    "Without indicators and targets, nobody knows whether the roadmap advances.")
                .remediation(
                    "Donner à la feuille de route au moins un indicateur avec sa valeur de départ et sa cible.",
                    "Give the roadmap at least one indicator with its baseline and target.")
                .references("Feuilles de route IA des collectivités (UrbaIA, Doriia)"));
  }

  private static void people(Principle.Builder p, int minimumTrainedShare) {
    p.criterion(
            "strategy.agents-trained",
            Severity.MAJOR,
            c ->
                c.title(
                        "Au moins "
                            + minimumTrainedShare
                            + " % des agents utilisant l'IA sont formés",
                        "At least " + minimumTrainedShare + "% of the agents using AI are trained")
                    .requires(AGENTS_TRAINED_SHARE.atLeast(minimumTrainedShare))
                    .rationale(
                        "Le déployeur assure un niveau suffisant de maîtrise de l'IA à son personnel.",
                        "The deployer ensures a sufficient level of AI literacy of its staff.")
                    .remediation(
                        "Former les agents qui utilisent des systèmes d'IA (formations, cafés de l'IA, jeux sérieux) et compter combien le sont.",
                        "Train the agents who use AI systems (trainings, AI cafés, serious games) and count how many are.")
                    .references("AI Act art. 4"))
        .criterion(
            "strategy.staff-representatives-consulted",
            Severity.MAJOR,
            c ->
                c.title(
                        "Le comité social territorial a été consulté sur les effets de l'usage",
                        "The staff representatives were consulted on the usage's effects")
                    .appliesWhen(EFFECTS_ANTICIPATED.isTrue())
                    .requires(STAFF_REPRESENTATIVES_CONSULTED.isTrue())
                    .rationale(
                        "L'usage change le travail des agents : leurs représentants sont consultés avant.",
                        "The usage changes agents' work: their representatives are consulted beforehand.")
                    .remediation(
                        "Présenter l'usage et ses effets sur le travail au comité social territorial, et noter la date de l'avis.",
                        "Present the usage and its effects on work to the comité social territorial, and record the date of its opinion.")
                    .references(
                        "AI Act art. 26(7)",
                        "Code général de la fonction publique, comité social territorial"));
  }
}
