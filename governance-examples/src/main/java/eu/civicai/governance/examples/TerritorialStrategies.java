package eu.civicai.governance.examples;

import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.AcculturationSession;
import eu.civicai.governance.strategy.CommitteeDecision;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.FunderKind;
import eu.civicai.governance.strategy.Initiative;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Milestone;
import eu.civicai.governance.strategy.MilestoneStatus;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapAxis;
import eu.civicai.governance.strategy.RoadmapFunder;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.SessionAudience;
import eu.civicai.governance.strategy.SessionFormat;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.strategy.WorkEffects;
import eu.civicai.governance.usage.Consultation;
import eu.civicai.governance.usage.Stakeholder;
import java.time.LocalDate;
import java.util.List;

/**
 * The strategies of the portfolio's authorities (issue 21): Tours Métropole's roadmap for its
 * agents (Doriia, cafés IA, a serious game), the Sicoval's watch committee and water roadmap,
 * Paris-Saclay's UrbaIA roadmap with its concertation territoriale, and the small commune's first
 * committee. The practices are the public ones (cafés de l'IA, "la bataille de l'IA", comités de
 * veille d'élus et de techniciens); dates, counts, hours and budgets are assumptions made to show
 * the library, as in {@link TerritorialCases}.
 */
final class TerritorialStrategies {
  private TerritorialStrategies() {}

  /** Returns the strategies, one per authority that has one. */
  static List<Strategy> all() {
    return List.of(tours(), sicoval(), saclay(), valmont());
  }

  static Strategy tours() {
    Roadmap roadmap =
        Roadmap.builder("Feuille de route IA 2025-2028 de Tours Métropole")
            .adoptedOn(LocalDate.of(2025, 3, 20))
            .period(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31))
            .axes(
                RoadmapAxis.of(
                    "agents",
                    "Outiller les agents sans déshumaniser le service public",
                    Initiative.builder("doriia", "Assistant de rédaction Doriia")
                        .usages("tours-doriia")
                        .milestones(
                            Milestone.done(
                                "Pilote auprès de 60 agents",
                                LocalDate.of(2025, 6, 30),
                                LocalDate.of(2025, 7, 4)),
                            Milestone.of(
                                "Ouverture à toutes les directions",
                                LocalDate.of(2026, 12, 31),
                                MilestoneStatus.IN_PROGRESS),
                            Milestone.of(
                                "Bilan devant le comité de veille",
                                LocalDate.of(2027, 3, 31),
                                MilestoneStatus.PLANNED))
                        .build()),
                RoadmapAxis.of(
                    "acculturation",
                    "Acculturer sans technicité",
                    Initiative.builder("cafes-ia", "Cafés de l'IA et jeu sérieux")
                        .milestones(
                            Milestone.done(
                                "Dix cafés de l'IA",
                                LocalDate.of(2026, 6, 30),
                                LocalDate.of(2026, 6, 26)))
                        .build()))
            .indicators(
                RoadmapIndicator.of(
                        "agents-formes",
                        "Agents utilisant l'IA formés",
                        Quantity.of(0, Unit.AGENT),
                        Quantity.of(400, Unit.AGENT))
                    .withTargetDate(LocalDate.of(2027, 12, 31))
                    .withMeasured(Quantity.of(330, Unit.AGENT), LocalDate.of(2026, 10, 1)),
                RoadmapIndicator.of(
                        "heures-redaction",
                        "Heures de rédaction économisées par an",
                        Quantity.of(0, Unit.HOUR),
                        Quantity.of(6_000, Unit.HOUR))
                    .withTargetDate(LocalDate.of(2027, 12, 31)))
            .budget(Quantity.of(450_000, Unit.EUR))
            .funders(
                RoadmapFunder.of(FunderKind.OWN_BUDGET, Quantity.of(300_000, Unit.EUR)),
                RoadmapFunder.of(FunderKind.BANQUE_DES_TERRITOIRES, Quantity.of(150_000, Unit.EUR)))
            .partners("Université de Tours")
            .build();
    WatchCommittee committee =
        WatchCommittee.builder("Comité de veille des élus et des techniciens")
            .members(
                CommitteeMember.of("Vice-présidente au numérique", MemberRole.ELECTED_OFFICIAL),
                CommitteeMember.of("Conseiller métropolitain", MemberRole.ELECTED_OFFICIAL),
                CommitteeMember.of("Directeur des systèmes d'information", MemberRole.TECHNICIAN),
                CommitteeMember.of("Référent IA", MemberRole.TECHNICIAN),
                CommitteeMember.of("Déléguée à la protection des données", MemberRole.TECHNICIAN),
                CommitteeMember.of("Université de Tours", MemberRole.EXTERNAL),
                CommitteeMember.of("Conseil de développement", MemberRole.RESIDENT))
            .meeting(
                CommitteeMeeting.of(
                        LocalDate.of(2026, 3, 26),
                        "Vice-présidente au numérique",
                        "Directeur des systèmes d'information",
                        "Référent IA")
                    .withDecisions(
                        CommitteeDecision.of("Ouvrir Doriia à toutes les directions")
                            .aboutUsages("tours-doriia")
                            .aboutRoadmap("doriia")))
            .meeting(
                CommitteeMeeting.of(
                        LocalDate.of(2026, 10, 8),
                        "Vice-présidente au numérique",
                        "Conseiller métropolitain",
                        "Référent IA",
                        "Déléguée à la protection des données",
                        "Conseil de développement")
                    .withDecisions(
                        CommitteeDecision.of(
                                "Achever l'analyse d'impact avant l'ouverture aux courriers des"
                                    + " usagers")
                            .aboutUsages("tours-doriia"),
                        CommitteeDecision.of("Poursuivre les cafés de l'IA en 2027")
                            .aboutRoadmap("cafes-ia")))
            .build();
    return Strategy.builder(TerritorialCases.TOURS)
        .charterAdoptedOn(LocalDate.of(2024, 12, 12))
        .roadmap(roadmap)
        .acculturation(
            Acculturation.builder()
                .sessions(
                    AcculturationSession.of(
                        LocalDate.of(2025, 2, 12),
                        SessionAudience.AGENTS,
                        SessionFormat.CAFE_IA,
                        "L'IA générative au quotidien",
                        60,
                        "1.5"),
                    AcculturationSession.of(
                        LocalDate.of(2025, 11, 5),
                        SessionAudience.AGENTS,
                        SessionFormat.TRAINING,
                        "Bien utiliser Doriia",
                        48,
                        "3"),
                    AcculturationSession.of(
                        LocalDate.of(2026, 4, 2),
                        SessionAudience.ELECTED_OFFICIALS,
                        SessionFormat.SERIOUS_GAME,
                        "La bataille de l'IA",
                        14,
                        "2"),
                    AcculturationSession.of(
                        LocalDate.of(2026, 9, 17),
                        SessionAudience.RESIDENTS,
                        SessionFormat.WEBINAR,
                        "Ce que fait l'IA dans les services de la métropole",
                        85,
                        "1"))
                .literacy(400, 330, LocalDate.of(2026, 10, 1))
                .build())
        .workEffects(
            WorkEffects.builder("tours-doriia")
                .tasksChanged("Rédaction des courriers et des notes")
                .hoursSavedPerYear("6000")
                .hoursAddedPerYear("1500")
                .newSkills("Relecture critique des textes générés")
                .staffRepresentativesConsultedOn(LocalDate.of(2025, 5, 15))
                .build())
        .committee(committee)
        .build();
  }

  static Strategy sicoval() {
    return Strategy.builder(TerritorialCases.SICOVAL)
        .charterAdoptedOn(LocalDate.of(2023, 6, 29))
        .roadmap(
            Roadmap.builder("Données et IA au service du cycle de l'eau")
                .adoptedOn(LocalDate.of(2023, 6, 29))
                .period(LocalDate.of(2023, 7, 1), LocalDate.of(2026, 12, 31))
                .axes(
                    RoadmapAxis.of(
                        "eau",
                        "Réduire les pertes du réseau",
                        Initiative.builder("fuites", "Détection des fuites par l'IA")
                            .usages("sicoval-detection-fuites")
                            .milestones(
                                Milestone.done(
                                    "Tous les secteurs télérelevés",
                                    LocalDate.of(2025, 12, 31),
                                    LocalDate.of(2025, 11, 14)),
                                Milestone.of(
                                    "Réentraînement annuel du modèle",
                                    LocalDate.of(2026, 3, 31),
                                    MilestoneStatus.DELAYED))
                            .build()))
                .indicators(
                    RoadmapIndicator.of(
                            "rendement-reseau",
                            "Rendement du réseau",
                            Quantity.of(80, Unit.PERCENT),
                            Quantity.of(85, Unit.PERCENT))
                        .withMeasured(Quantity.of(83, Unit.PERCENT), LocalDate.of(2025, 12, 31)))
                .funders(RoadmapFunder.of(FunderKind.OWN_BUDGET, Quantity.of(120_000, Unit.EUR)))
                .build())
        .acculturation(
            Acculturation.builder()
                .sessions(
                    AcculturationSession.of(
                        LocalDate.of(2026, 5, 21),
                        SessionAudience.AGENTS,
                        SessionFormat.TRAINING,
                        "Lire et valider une alerte de fuite",
                        25,
                        "3.5"),
                    AcculturationSession.of(
                        LocalDate.of(2026, 6, 18),
                        SessionAudience.ELECTED_OFFICIALS,
                        SessionFormat.CAFE_IA,
                        "L'IA dans les services de l'eau",
                        18,
                        "1.5"))
                .literacy(40, 25, LocalDate.of(2026, 9, 30))
                .build())
        .workEffects(
            WorkEffects.builder("sicoval-detection-fuites")
                .tasksChanged("Tournées d'écoute remplacées par des interventions ciblées")
                .hoursSavedPerYear("1200")
                .newSkills("Lecture des alertes de fuite")
                .staffRepresentativesNotConsulted()
                .build())
        .committee(
            WatchCommittee.builder("Comité éthique du Sicoval")
                .members(
                    CommitteeMember.of(
                        "Vice-président au cycle de l'eau", MemberRole.ELECTED_OFFICIAL),
                    CommitteeMember.of("Directrice du cycle de l'eau", MemberRole.TECHNICIAN),
                    CommitteeMember.of(
                        "Délégué à la protection des données", MemberRole.TECHNICIAN),
                    CommitteeMember.of("Association d'usagers de l'eau", MemberRole.RESIDENT))
                .meeting(
                    CommitteeMeeting.of(
                            LocalDate.of(2025, 12, 4),
                            "Vice-président au cycle de l'eau",
                            "Directrice du cycle de l'eau")
                        .withDecisions(
                            CommitteeDecision.of("Étendre la détection à tous les secteurs")
                                .aboutUsages("sicoval-detection-fuites")
                                .aboutRoadmap("fuites")))
                .meeting(
                    CommitteeMeeting.of(
                            LocalDate.of(2026, 9, 24),
                            "Vice-président au cycle de l'eau",
                            "Directrice du cycle de l'eau",
                            "Association d'usagers de l'eau")
                        .withDecisions(
                            CommitteeDecision.of(
                                    "Consulter le comité social territorial sur les tournées")
                                .aboutUsages("sicoval-detection-fuites")))
                .build())
        .build();
  }

  static Strategy saclay() {
    return Strategy.builder(TerritorialCases.SACLAY)
        .roadmap(
            Roadmap.builder("UrbaIA : l'IA pour un urbanisme résilient")
                .adoptedOn(LocalDate.of(2024, 11, 14))
                .period(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))
                .axes(
                    RoadmapAxis.of(
                        "risques",
                        "Anticiper le risque d'inondation",
                        Initiative.builder("jumeaux", "Jumeaux numériques du risque")
                            .usages("saclay-urbaia")
                            .milestones(
                                Milestone.done(
                                    "Concertation territoriale",
                                    LocalDate.of(2025, 6, 30),
                                    LocalDate.of(2025, 5, 20)),
                                Milestone.of(
                                    "Intégration au plan local d'urbanisme",
                                    LocalDate.of(2027, 6, 30),
                                    MilestoneStatus.PLANNED))
                            .build()))
                .funders(
                    RoadmapFunder.of(FunderKind.FRANCE_2030, Quantity.of(400_000, Unit.EUR)),
                    RoadmapFunder.of(FunderKind.OWN_BUDGET, Quantity.of(100_000, Unit.EUR)))
                .partners("Université Paris-Saclay")
                .consultationSteps(
                    Consultation.of(
                            Stakeholder.CITIZENS,
                            "Concertation territoriale",
                            LocalDate.of(2025, 5, 20))
                        .withParticipants(120))
                .build())
        .build();
  }

  static Strategy valmont() {
    return Strategy.builder(TerritorialCases.SMALL_COMMUNE)
        .committee(
            WatchCommittee.builder("Commission numérique du conseil municipal")
                .members(
                    CommitteeMember.of("Maire adjointe au numérique", MemberRole.ELECTED_OFFICIAL),
                    CommitteeMember.of("Secrétaire générale de mairie", MemberRole.TECHNICIAN))
                .meeting(
                    CommitteeMeeting.of(
                            LocalDate.of(2026, 11, 5),
                            "Maire adjointe au numérique",
                            "Secrétaire générale de mairie")
                        .withDecisions(
                            CommitteeDecision.of(
                                    "Étudier la détection des fuites à partir du modèle commun")
                                .aboutUsages("valmont-detection-fuites")))
                .build())
        .build();
  }
}
