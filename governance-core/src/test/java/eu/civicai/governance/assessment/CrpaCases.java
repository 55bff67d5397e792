package eu.civicai.governance.assessment;

import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;

/** Individual-decision usages for the assessment tests: a nursery-place scoring aid. */
final class CrpaCases {
  private CrpaCases() {}

  static AiUsage minimal() {
    return AiUsage.builder("creches-attribution")
        .name("Aide à l'attribution des places en crèche")
        .authority(Authority.of("Ville de Nantes", AuthorityKind.COMMUNE))
        .build();
  }

  static AiUsage full() {
    return minimal().toBuilder()
        .contact(Contact.of(ContactRole.OWNER, "Direction petite enfance", "creches@example.org"))
        .purpose(p -> p.goal("classer les demandes de place en crèche selon des critères publics"))
        .system(
            s ->
                s.algorithmName("Cotation des demandes")
                    .description(
                        "Chaque critère rempli donne des points ; les demandes sont classées par"
                            + " total décroissant")
                    .techniques(AiTechnique.RULE_BASED)
                    .models(AiModel.of("grille de cotation").withVersion("2026"))
                    .selfLearning(false))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(true)
                    .decisionsPerYear(1500L)
                    .contestation("Écrire à la direction petite enfance.")
                    .oversight(
                        HumanOversight.builder()
                            .level(OversightLevel.HUMAN_IN_THE_LOOP)
                            .description("La commission d'attribution examine chaque dossier")
                            .overrideRoles("Commission d'attribution")
                            .build()))
        .dataUse(d -> d.datasets(DatasetUse.of("demandes-creche", DataRole.INPUT)))
        .build();
  }

  static Dataset requests() {
    return Dataset.builder("demandes-creche")
        .name("Demandes de place en crèche")
        .personalData(PersonalDataLevel.PERSONAL)
        .source(DataSource.CITIZENS)
        .dataCategories("situation familiale", "quotient familial")
        .build();
  }
}
