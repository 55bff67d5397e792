package eu.civicai.governance.usage;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A usage with every part filled, after the Sicoval leak-detection case. */
public final class Samples {
  private Samples() {}

  public static AiUsage fullUsage() {
    return AiUsage.builder("sicoval-detection-fuites")
        .name("Détection des fuites du réseau d'eau potable")
        .summary("Repérer plus tôt les fuites sur 1 000 km de réseau grâce à l'IA.")
        .description("Analyse des débits nocturnes et de la télérelève pour localiser les fuites.")
        .authority(
            Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION)
                .withSiret("24310063300011")
                .withPopulation(80_000))
        .partners("Exploitant du réseau", "Université de Toulouse")
        .team("Direction du cycle de l'eau")
        .contact(Contact.of(ContactRole.OWNER, "Direction du cycle de l'eau", "eau@example.org"))
        .contact(Contact.of(ContactRole.DPO, null, "dpo@example.org"))
        .link("Projet", "https://www.sicoval.fr/")
        .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2019, 1, 1)))
        .purpose(
            p ->
                p.goal("Réduire les pertes d'eau")
                    .policyGoals(PolicyGoal.ENVIRONMENTAL, PolicyGoal.ECONOMIC)
                    .theme(Theme.ECOLOGICAL_TRANSITION)
                    .subThemes("Eau")
                    .audiences(Audience.AGENTS)
                    .whyAi("Les règles fixes ne distinguent pas fuites et consommations nocturnes.")
                    .alternatives(
                        Alternative.of(
                            "Campagnes d'écoute acoustique", "Trop lentes sur 1 000 km")))
        .system(
            s ->
                s.algorithmName("Détecteur de fuites")
                    .techniques(AiTechnique.MACHINE_LEARNING, AiTechnique.ANOMALY_DETECTION)
                    .selfLearning(false)
                    .models(
                        AiModel.of("gradient-boosting").withVersion("2.1").withOpenWeights(true))
                    .sourcing(Sourcing.PUBLIC_PROCUREMENT)
                    .suppliers(Supplier.of("Prestataire", "développement"))
                    .procurement(
                        Procurement.builder()
                            .procedure("Appel d'offres ouvert")
                            .environmentalCriteria(true)
                            .criteria("Hébergement à faible émission")
                            .build())
                    .hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE))
                    .publicSourceCode(java.net.URI.create("https://code.example.org/fuites")))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(false)
                    .decisionsPerYear(1200L)
                    .oversight(
                        HumanOversight.builder()
                            .level(OversightLevel.HUMAN_IN_THE_LOOP)
                            .overrideRoles("Technicien réseau")
                            .overseersTrained(true)
                            .build())
                    .profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(false))
        .aiAct(a -> a.role(AiActRole.DEPLOYER).annexIiiArea(AnnexIiiArea.CRITICAL_INFRASTRUCTURE))
        .dataUse(
            d ->
                d.datasets(DatasetUse.of("telereleve", DataRole.TRAINING))
                    .dpia(DpiaStatus.NOT_REQUIRED))
        .risk(
            r ->
                r.category(RiskCategory.RELIABILITY)
                    .description("Fausses alertes")
                    .likelihood(3)
                    .severity(2)
                    .mitigations("Validation par un technicien")
                    .residualLikelihood(2)
                    .residualSeverity(1))
        .impacts(i -> i.onAgents("Tournées mieux ciblées").agentsConsulted(true))
        .footprint(
            f ->
                f.inferenceEnergyPerYear(Quantity.of(1200, Unit.KWH))
                    .carbonPerYear(Quantity.of(65, Unit.KG_CO2E))
                    .basis(EstimationBasis.ESTIMATED)
                    .method("Green Algorithms"))
        .benefit(b -> b.name("Gains").measured(Quantity.of(8, Unit.MEUR)).period("2019-2024"))
        .benefit(
            b ->
                b.name("Eau économisée")
                    .measured(Quantity.of(950, Unit.HOUSEHOLD))
                    .period("par an"))
        .governance(
            g ->
                g.decisions(
                        GovernanceDecision.of(
                            "Conseil communautaire",
                            LocalDate.of(2018, 10, 1),
                            DecisionOutcome.APPROVED))
                    .consultations(
                        Consultation.of(Stakeholder.AGENTS, "Atelier", LocalDate.of(2018, 6, 1))
                            .withParticipants(15))
                    .trainings(
                        Training.of(
                            Stakeholder.AGENTS, "Lire une alerte", LocalDate.of(2019, 2, 1), 12))
                    .watchCommittee("Comité éthique"))
        .transparency(t -> t.published(true).visibility(Map.of(Part.FUNDING, Visibility.PUBLIC)))
        .funding(f -> f.funders(Funder.of("Agence de l'eau", Quantity.of(200, Unit.KEUR))))
        .metadata(
            m -> m.language("fr").tags("eau").updatedAt(Instant.parse("2025-01-01T00:00:00Z")))
        .build();
  }
}
