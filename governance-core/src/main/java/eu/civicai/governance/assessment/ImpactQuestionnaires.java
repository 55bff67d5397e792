package eu.civicai.governance.assessment;

import static eu.civicai.governance.assessment.ImpactOption.of;
import static eu.civicai.governance.assessment.QuestionKind.IMPACT;
import static eu.civicai.governance.assessment.QuestionKind.MITIGATION;

import eu.civicai.governance.charter.Text;
import eu.civicai.governance.usage.DpiaCriterion;
import java.util.List;

/**
 * The built-in impact questionnaire, in French (with English), adapted to collectivités: twelve
 * impact questions on the effect of the output on people, their rights, reversibility, scale,
 * vulnerability, data and explainability, each flagging the WP248 criteria of a DPIA it meets, and
 * six mitigation questions on human review, redress, testing, consultation, monitoring and a
 * fallback. Adapted from Canada's Algorithmic Impact Assessment (canada-ca/aia-eia-js) and the
 * WP248 rev.01 criteria; a collectivité may write its own as JSON.
 */
public final class ImpactQuestionnaires {
  /** The id of the built-in questionnaire. */
  public static final String COLLECTIVITES_ID = "civicai-impact-collectivites";

  private static final ImpactQuestionnaire COLLECTIVITES = create();

  private ImpactQuestionnaires() {}

  /** Returns the built-in questionnaire (immutable, shared). */
  public static ImpactQuestionnaire collectivites() {
    return COLLECTIVITES;
  }

  private static ImpactOption no() {
    return of("non", "Non", "No", 0);
  }

  private static ImpactOption yes(int points, DpiaCriterion... criteria) {
    return of("oui", "Oui", "Yes", points, criteria);
  }

  private static ImpactQuestionnaire create() {
    List<ImpactQuestion> q =
        List.of(
            ImpactQuestion.of(
                "effet-decision",
                IMPACT,
                "Quel rôle joue le résultat dans les décisions prises sur les personnes ?",
                "What role does the output play in decisions about people?",
                of("aucune", "Aucune décision sur des personnes", "No decision about people", 0),
                of("information", "Il informe seulement", "It only informs", 1),
                of("aide", "Un agent décide au vu du résultat", "An agent decides in its light", 2),
                of(
                    "automatique",
                    "Le résultat est appliqué sans réexamen humain",
                    "The output is applied without human review",
                    4,
                    DpiaCriterion.AUTOMATED_DECISION)),
            ImpactQuestion.of(
                "droits",
                IMPACT,
                "La décision touche-t-elle l'accès à un droit, une prestation ou un service public"
                    + " essentiel (aide sociale, logement, crèche, école, eau) ?",
                "Does the decision bear on access to a right, a benefit or an essential public"
                    + " service (social aid, housing, childcare, school, water)?",
                no(),
                yes(3, DpiaCriterion.PREVENTS_RIGHT_OR_SERVICE)),
            ImpactQuestion.of(
                "reversibilite",
                IMPACT,
                "Les effets d'une erreur sur la personne sont-ils réversibles ?",
                "Are the effects of an error on the person reversible?",
                of("facilement", "Facilement", "Easily", 0),
                of("difficilement", "Difficilement", "With difficulty", 2),
                of("irreversibles", "Irréversibles", "Irreversible", 4)),
            ImpactQuestion.of(
                "duree",
                IMPACT,
                "Combien de temps durent les effets d'une décision ?",
                "How long do the effects of a decision last?",
                of("brefs", "Quelques jours", "A few days", 0),
                of("mois", "Quelques mois", "A few months", 1),
                of("durables", "Des années ou plus", "Years or more", 3)),
            ImpactQuestion.of(
                "volume",
                IMPACT,
                "Combien de personnes sont concernées chaque année ?",
                "How many people are affected each year?",
                of("moins-100", "Moins de 100", "Fewer than 100", 0),
                of("moins-10000", "De 100 à 10 000", "100 to 10,000", 1),
                of(
                    "plus-10000",
                    "Plus de 10 000",
                    "More than 10,000",
                    3,
                    DpiaCriterion.LARGE_SCALE)),
            ImpactQuestion.of(
                "vulnerables",
                IMPACT,
                "Des personnes vulnérables sont-elles concernées (enfants, personnes âgées, en"
                    + " situation de handicap ou de précarité, agents de la collectivité) ?",
                "Are vulnerable people affected (children, elderly or disabled people, people in"
                    + " precarity, the authority's own staff)?",
                no(),
                yes(3, DpiaCriterion.VULNERABLE_SUBJECTS)),
            ImpactQuestion.of(
                "donnees",
                IMPACT,
                "Quelles données personnelles le système traite-t-il ?",
                "What personal data does the system process?",
                of("aucune", "Aucune", "None", 0),
                of("ordinaires", "Des données ordinaires", "Ordinary data", 1),
                of(
                    "sensibles",
                    "Des données sensibles (santé, infractions, situation sociale) ou très"
                        + " personnelles",
                    "Sensitive data (health, offences, social situation) or highly personal data",
                    3,
                    DpiaCriterion.SENSITIVE_DATA)),
            ImpactQuestion.of(
                "notation",
                IMPACT,
                "Le système évalue-t-il, note-t-il, classe-t-il ou profile-t-il des personnes ?",
                "Does the system evaluate, score, rank or profile people?",
                no(),
                yes(3, DpiaCriterion.EVALUATION_OR_SCORING)),
            ImpactQuestion.of(
                "surveillance",
                IMPACT,
                "Le système observe-t-il des personnes de façon systématique (vidéo, capteurs,"
                    + " suivi de comportements) ?",
                "Does the system systematically monitor people (video, sensors, behaviour"
                    + " tracking)?",
                no(),
                yes(3, DpiaCriterion.SYSTEMATIC_MONITORING)),
            ImpactQuestion.of(
                "croisement",
                IMPACT,
                "Le système croise-t-il des jeux de données de sources ou de finalités"
                    + " différentes ?",
                "Does the system match or combine datasets of different sources or purposes?",
                no(),
                yes(2, DpiaCriterion.MATCHING_OR_COMBINING)),
            ImpactQuestion.of(
                "nouveaute",
                IMPACT,
                "La technique est-elle nouvelle pour la collectivité (IA générative, vision par"
                    + " ordinateur, apprentissage en continu) ?",
                "Is the technique new to the authority (generative AI, computer vision, continuous"
                    + " learning)?",
                no(),
                yes(2, DpiaCriterion.INNOVATIVE_USE)),
            ImpactQuestion.of(
                "explicabilite",
                IMPACT,
                "Peut-on expliquer à la personne comment le résultat la concernant a été obtenu ?",
                "Can the person be told how the output about them was obtained?",
                of("oui", "Oui", "Yes", 0),
                of("partiellement", "En partie", "Partly", 1),
                of("non", "Non", "No", 3)),
            ImpactQuestion.of(
                "revue-humaine",
                MITIGATION,
                "Un agent formé examine-t-il chaque résultat avant qu'il produise un effet ?",
                "Does a trained agent review each output before it takes effect?",
                no(),
                yes(3)),
            ImpactQuestion.of(
                "recours",
                MITIGATION,
                "Une voie de recours et d'explication est-elle ouverte et indiquée aux personnes ?",
                "Is a way to contest and get an explanation open and made known to people?",
                no(),
                yes(2)),
            ImpactQuestion.of(
                "tests",
                MITIGATION,
                "Le système a-t-il été testé sur des données représentatives, biais compris ?",
                "Was the system tested on representative data, biases included?",
                no(),
                yes(2)),
            ImpactQuestion.of(
                "concertation",
                MITIGATION,
                "Les agents et les usagers concernés ont-ils été consultés ?",
                "Were the agents and users concerned consulted?",
                no(),
                yes(2)),
            ImpactQuestion.of(
                "suivi",
                MITIGATION,
                "Le fonctionnement est-il suivi (indicateurs, journaux, revue périodique) ?",
                "Is operation monitored (indicators, logs, periodic review)?",
                no(),
                yes(2)),
            ImpactQuestion.of(
                "repli",
                MITIGATION,
                "Existe-t-il un plan pour continuer le service sans le système ?",
                "Is there a plan to keep the service running without the system?",
                no(),
                yes(1)));
    return new ImpactQuestionnaire(
        COLLECTIVITES_ID,
        "1.0",
        Text.of(
            "Questionnaire d'impact des usages d'IA des collectivités",
            "Impact questionnaire for local authorities' AI usages"),
        "D'après l'Algorithmic Impact Assessment du gouvernement du Canada (canada-ca/aia-eia-js)"
            + " et les critères d'AIPD du G29 (WP248 rev.01)",
        q);
  }
}
