package eu.civicai.governance.cli;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.DecisionFacts;
import eu.civicai.governance.charter.PurposeFacts;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.charter.UsageFacts;
import eu.civicai.governance.usage.OversightLevel;

/**
 * The charter {@code governance charters init} writes: small, valid as written, and explaining
 * itself. JSON has no comments and the reader refuses unknown keys, so the explanations live in the
 * charter's own documented fields: {@code source} (one string, in the chosen language) says what to
 * replace, each {@code rationale} says why the criterion is there, and the last criterion leaves
 * {@code rationale} and {@code remediation} out to show that they are optional. Texts carry French
 * and English as every charter text does; ids follow the chosen language.
 */
final class StarterCharter {
  private StarterCharter() {}

  /**
   * Returns the starter charter.
   *
   * @param french ids and {@code source} in French when true, in English otherwise
   * @return a charter that validates
   */
  static Charter of(boolean french) {
    return Charter.builder(french ? "ma-collectivite.charte" : "my-authority.charter", "0.1")
        .title("Charte de l'IA de ma collectivité", "My authority's AI charter")
        .source(
            french
                ? "Charte de départ écrite par « governance charters init ». Remplacez ce texte par"
                    + " la délibération qui adopte la charte ; chaque champ est décrit dans"
                    + " docs/charters.md, chaque fait dans docs/facts.md. Vérifiez avec"
                    + " « governance validate »."
                : "Starter charter written by \"governance charters init\". Replace this text with"
                    + " the deliberation that adopts the charter; every field is described in"
                    + " docs/charters.md, every fact in docs/facts.md. Check it with \"governance"
                    + " validate\".")
        .minimumScore(Charter.DEFAULT_MINIMUM_SCORE)
        .principle(
            french ? "controle-humain" : "human-oversight",
            "Contrôle humain",
            "Human oversight",
            p ->
                p.criterion(
                    french ? "controle-humain.niveau" : "human-oversight.level",
                    Severity.BLOCKING,
                    c ->
                        c.title(
                                "Un agent supervise les résultats du système",
                                "A member of staff oversees the system's outputs")
                            .requires(DecisionFacts.OVERSIGHT_LEVEL.isNot(OversightLevel.NONE))
                            .rationale(
                                "Exemple de critère bloquant : un usage sans supervision humaine"
                                    + " n'est pas conforme, quel que soit son score.",
                                "Example of a blocking criterion: a usage without human"
                                    + " oversight is not compliant, whatever its score.")
                            .remediation(
                                "Désigner qui vérifie les résultats et le décrire dans le"
                                    + " registre (décision, niveau de supervision).",
                                "Name who checks the outputs and describe it in the register"
                                    + " (decision, oversight level).")
                            .references("AI Act art. 14", "AI Act art. 26(2)")))
        .principle(
            french ? "transparence" : "transparency",
            "Transparence",
            "Transparency",
            p ->
                p.criterion(
                        french ? "transparence.objectif" : "transparency.goal",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "L'objectif de l'usage est publié",
                                    "The usage's goal is published")
                                .requires(PurposeFacts.GOAL.known())
                                .rationale(
                                    "Exemple de critère majeur : il compte dans le score ; sous"
                                        + " le score minimum, l'usage n'est pas conforme.",
                                    "Example of a major criterion: it counts in the score; below"
                                        + " the minimum score, the usage is not compliant.")
                                .remediation(
                                    "Renseigner l'objectif (purpose.goal) dans le registre.",
                                    "Fill in the goal (purpose.goal) in the register."))
                    .criterion(
                        french ? "transparence.contact" : "transparency.contact",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "Un responsable de l'usage est joignable",
                                    "A person responsible for the usage can be contacted")
                                .requires(UsageFacts.HAS_OWNER_CONTACT.isTrue())))
        .build();
  }
}
