package eu.civicai.governance.examples;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.EndAction;
import eu.civicai.governance.data.LegalBasis;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.data.RetentionRule;
import eu.civicai.governance.data.RetentionTrigger;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.*;
import java.time.LocalDate;
import java.time.Period;

/**
 * The territorial portfolio: real cases of French collectivités, as faithfully as public reporting
 * allows. Figures in the records are the public ones (Sicoval: about €8 million gained, water equal
 * to 950 households' yearly use, a 1,000 km network; Métropole du Grand Paris: 7,000 public
 * buildings, 11 communes); everything else — dates, datasets, retention periods, footprints, risks
 * — is an assumption made to show the library, and is marked so in the record's tags ({@code
 * hypothèses}). SIRENs are given only where they are known from the public business register.
 */
public final class TerritorialCases {
  /** The tag marking records whose details are assumptions. */
  public static final String ASSUMED = "hypothèses";

  private TerritorialCases() {}

  /**
   * The AI Act questions every record here answers alike: an AI system, no Art. 2 exclusion, not an
   * Annex I product, no emotion recognition or biometric categorisation, no Art. 5 practice.
   */
  static AiActProfile.Builder answered(AiActProfile.Builder a, AiActRole role) {
    return a.role(role)
        .aiSystem(Answer.YES)
        .article2Exclusion(Article2Exclusion.NONE)
        .annexIProductSafetyComponent(Answer.NO)
        .emotionRecognitionOrBiometricCategorisation(Answer.NO)
        .noProhibitedPractice();
  }

  static final Authority SICOVAL =
      Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION)
          .withSiren("243100633")
          .withPopulation(80_000)
          .withAgents(900);
  static final Authority MGP =
      Authority.of("Métropole du Grand Paris", AuthorityKind.METROPOLE)
          .withSiren("200054781")
          .withPopulation(7_000_000)
          .withAgents(150);
  static final Authority CVL =
      Authority.of("Région Centre-Val de Loire", AuthorityKind.REGION).withPopulation(2_570_000);
  static final Authority SACLAY =
      Authority.of(
              "Communauté d'agglomération Paris-Saclay", AuthorityKind.COMMUNAUTE_AGGLOMERATION)
          .withPopulation(320_000);
  static final Authority TOURS =
      Authority.of("Tours Métropole Val de Loire", AuthorityKind.METROPOLE)
          .withSiren("243700754")
          .withPopulation(300_000)
          .withAgents(2000);
  static final Authority SMALL_COMMUNE =
      Authority.of("Valmont-sur-Loire (commune fictive)", AuthorityKind.COMMUNE)
          .withPopulation(3_000);

  /** Fills a register with the portfolio's datasets and usages. */
  public static Register register(Register register) {
    datasets().forEach(register::addDataset);
    register.add(sicoval());
    register.add(ecoPilot());
    register.add(btpMatch());
    register.add(mobilite());
    register.add(previso());
    register.add(urbaia());
    register.add(doriia());
    register.add(smallCommuneChatbot());
    return register;
  }

  static java.util.List<Dataset> datasets() {
    return java.util.List.of(
        Dataset.builder("sicoval-debits-reseau")
            .name("Débits et pressions du réseau d'eau potable")
            .controller(SICOVAL)
            .source(DataSource.SENSORS)
            .collectionMode(CollectionMode.AUTOMATED)
            .personalData(PersonalDataLevel.NONE)
            .purposes("détection de fuites")
            .recipients("Exploitant du réseau")
            .storageRegion(HostingRegion.FRANCE)
            .retention(
                RetentionRule.of(Period.ofYears(5), RetentionTrigger.COLLECTION, EndAction.ARCHIVE))
            .build(),
        Dataset.builder("sicoval-abonnes")
            .name("Index de consommation des abonnés")
            .controller(SICOVAL)
            .source(DataSource.CITIZENS)
            .collectionMode(CollectionMode.AUTOMATED)
            .personalData(PersonalDataLevel.PERSONAL)
            .dataSubjects("Abonnés au service de l'eau")
            .dataCategories("Index de compteur", "Adresse de desserte")
            .legalBasis(LegalBasis.PUBLIC_TASK)
            .purposes("facturation", "détection de fuites")
            .storageRegion(HostingRegion.FRANCE)
            .retention(
                RetentionRule.afterEvent(
                    Period.ofYears(5), "fin de l'abonnement", EndAction.DELETE))
            .build(),
        Dataset.builder("sicoval-consommations-anonymisees")
            .name("Consommations anonymisées par secteur")
            .controller(SICOVAL)
            .personalData(PersonalDataLevel.NONE)
            .purposes("détection de fuites")
            .derivedFrom(eu.civicai.governance.DatasetId.of("sicoval-abonnes"))
            .licence("Licence Ouverte 2.0")
            .retention(
                RetentionRule.of(
                    Period.ofYears(10), RetentionTrigger.COLLECTION, EndAction.ARCHIVE))
            .build(),
        Dataset.builder("mgp-consommations-batiments")
            .name("Consommations énergétiques de 7 000 bâtiments publics")
            .controller(MGP)
            .source(DataSource.PARTNER_AUTHORITY)
            .collectionMode(CollectionMode.API)
            .personalData(PersonalDataLevel.NONE)
            .purposes("pilotage énergétique")
            .storageRegion(HostingRegion.FRANCE)
            .retention(
                RetentionRule.of(Period.ofYears(1), RetentionTrigger.COLLECTION, EndAction.ARCHIVE))
            .build(),
        Dataset.builder("mgp-annonces-materiaux")
            .name("Annonces de matériaux de réemploi")
            .controller(MGP)
            .source(DataSource.THIRD_PARTY)
            .collectionMode(CollectionMode.MANUAL)
            .personalData(PersonalDataLevel.PERSONAL)
            .dataSubjects("Contacts des entreprises")
            .legalBasis(LegalBasis.PUBLIC_TASK)
            .purposes("mise en relation de l'offre et de la demande de matériaux")
            .storageRegion(HostingRegion.EU)
            .retention(
                RetentionRule.of(Period.ofMonths(6), RetentionTrigger.LAST_USE, EndAction.DELETE))
            .build(),
        Dataset.builder("mgp-capteurs-aires-livraison")
            .name("Occupation des aires de livraison (capteurs)")
            .controller(MGP)
            .source(DataSource.SENSORS)
            .collectionMode(CollectionMode.AUTOMATED)
            .personalData(PersonalDataLevel.NONE)
            .purposes("gestion des aires de livraison")
            .storageRegion(HostingRegion.FRANCE)
            .retention(
                RetentionRule.of(Period.ofYears(1), RetentionTrigger.COLLECTION, EndAction.DELETE))
            .build(),
        Dataset.builder("cvl-piezometrie")
            .name("Niveaux des nappes (piézométrie)")
            .controller(CVL)
            .source(DataSource.OPEN_DATA)
            .collectionMode(CollectionMode.API)
            .personalData(PersonalDataLevel.NONE)
            .purposes("prévision du stress hydrique")
            .licence("Licence Ouverte 2.0")
            .retention(
                RetentionRule.of(
                    Period.ofYears(10), RetentionTrigger.COLLECTION, EndAction.ARCHIVE))
            .build(),
        Dataset.builder("cvl-indicateurs-stress-hydrique")
            .name("Indicateurs de stress hydrique")
            .controller(CVL)
            .personalData(PersonalDataLevel.NONE)
            .purposes("prévision du stress hydrique")
            .derivedFrom(eu.civicai.governance.DatasetId.of("cvl-piezometrie"))
            .retention(
                RetentionRule.of(
                    Period.ofYears(10), RetentionTrigger.COLLECTION, EndAction.ARCHIVE))
            .build(),
        Dataset.builder("saclay-topographie")
            .name("Modèle numérique de terrain et réseaux")
            .controller(SACLAY)
            .source(DataSource.OPEN_DATA)
            .collectionMode(CollectionMode.API)
            .personalData(PersonalDataLevel.NONE)
            .purposes("simulation des inondations")
            .build(),
        Dataset.builder("tours-requetes-agents")
            .name("Requêtes et brouillons des agents")
            .controller(TOURS)
            .source(DataSource.INTERNAL)
            .collectionMode(CollectionMode.AUTOMATED)
            .personalData(PersonalDataLevel.PERSONAL)
            .dataSubjects("Agents", "Usagers cités dans les courriers")
            .legalBasis(LegalBasis.PUBLIC_TASK)
            .purposes("aide à la rédaction")
            .storageRegion(HostingRegion.FRANCE)
            .retention(
                RetentionRule.of(Period.ofMonths(3), RetentionTrigger.COLLECTION, EndAction.DELETE))
            .build());
  }

  static AiUsage sicoval() {
    return AiUsage.builder("sicoval-detection-fuites")
        .name("Détection des fuites du réseau d'eau potable")
        .summary(
            "L'IA repère plus tôt les fuites sur les 1 000 km du réseau d'eau potable, à partir des débits et de la télérelève.")
        .description(
            "Analyse des débits nocturnes par secteur et des index de consommation pour localiser les fuites ; un technicien valide chaque alerte avant intervention.")
        .authority(SICOVAL)
        .partners("Exploitant du réseau d'eau")
        .team("Direction du cycle de l'eau")
        .contact(
            Contact.of(ContactRole.OWNER, "Direction du cycle de l'eau", "eau@sicoval.example"))
        .contact(Contact.of(ContactRole.DPO, null, "dpo@sicoval.example"))
        .link("Sicoval", "https://www.sicoval.fr/")
        .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2019, 1, 1)))
        .purpose(
            p ->
                p.goal("Réduire les pertes d'eau potable du réseau")
                    .policyGoals(PolicyGoal.ENVIRONMENTAL, PolicyGoal.ECONOMIC)
                    .theme(Theme.ECOLOGICAL_TRANSITION)
                    .subThemes("Eau")
                    .audiences(Audience.AGENTS)
                    .whyAi(
                        "Sur 1 000 km de réseau, des seuils fixes confondent fuites et consommations nocturnes.")
                    .alternatives(
                        Alternative.of(
                            "Campagnes d'écoute acoustique",
                            "Trop lentes pour couvrir 1 000 km chaque année")))
        .system(
            s ->
                s.algorithmName("Détecteur de fuites par secteur")
                    .techniques(AiTechnique.MACHINE_LEARNING, AiTechnique.ANOMALY_DETECTION)
                    .selfLearning(false)
                    .models(AiModel.of("gradient boosting").withOpenWeights(true))
                    .sourcing(Sourcing.PUBLIC_PROCUREMENT)
                    .suppliers(
                        Supplier.of("Prestataire de supervision", "développement et maintenance"))
                    .procurement(
                        Procurement.builder()
                            .procedure("Appel d'offres ouvert")
                            .environmentalCriteria(true)
                            .criteria("Hébergement en France")
                            .build())
                    .hosting(
                        Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE)
                            .withSecNumCloud(true)))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(false)
                    .decisionsPerYear(1_500L)
                    .oversight(
                        HumanOversight.builder()
                            .level(OversightLevel.HUMAN_IN_THE_LOOP)
                            .overrideRoles("Technicien réseau")
                            .overseersTrained(true)
                            .build())
                    .contestation("Les abonnés s'adressent au service de l'eau.")
                    .profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(false))
        .aiAct(
            a ->
                // A safety component of the water supply (Annex III, point 2): high-risk, but
                // neither a fundamental rights impact assessment (Art. 27) nor an EU database
                // registration (Art. 49(3)) is asked; in service since 2019, it complies by
                // 2 August 2030 (Art. 111(2)).
                answered(a, AiActRole.DEPLOYER)
                    .annexIiiPoint(AnnexIiiPoint.P2)
                    .criticalInfrastructureSafetyComponent(Answer.YES)
                    .usedPerInstructions(Answer.YES)
                    .inputDataChecked(Answer.YES)
                    .operationMonitored(Answer.YES)
                    .logRetentionMonths(12))
        .dataUse(
            d ->
                d.datasets(
                        DatasetUse.of("sicoval-debits-reseau", DataRole.TRAINING),
                        DatasetUse.of("sicoval-abonnes", DataRole.INPUT))
                    .processingRecord(
                        "Registre des traitements du Sicoval, fiche « Facturation de l'eau »")
                    .dpia(DpiaStatus.NOT_REQUIRED))
        .risk(
            r ->
                r.category(RiskCategory.RELIABILITY)
                    .description("Fausses alertes envoyant des équipes pour rien")
                    .likelihood(3)
                    .severity(2)
                    .mitigations("Validation de chaque alerte par un technicien")
                    .residualLikelihood(2)
                    .residualSeverity(1))
        .risk(
            r ->
                r.category(RiskCategory.DEPENDENCY)
                    .description("Dépendance au prestataire")
                    .likelihood(2)
                    .severity(2)
                    .mitigations("Données et modèles restitués en fin de marché"))
        .impacts(
            i ->
                i.onAgents("Tournées mieux ciblées pour les techniciens")
                    .agentsConsulted(true)
                    .onCitizens("Moins de coupures, prix de l'eau contenu"))
        .footprint(
            f ->
                f.inferenceEnergyPerYear(Quantity.of(1_200, Unit.KWH))
                    .carbonPerYear(Quantity.of(70, Unit.KG_CO2E))
                    .basis(EstimationBasis.ESTIMATED)
                    .method("Green Algorithms")
                    .hardware("Serveurs mutualisés du prestataire")
                    .frugalityPractices("Modèle léger, réentraîné une fois par an"))
        .benefit(
            b ->
                b.name("Gains cumulés")
                    .measured(Quantity.of(8, Unit.MEUR))
                    .period("depuis le déploiement"))
        .benefit(
            b ->
                b.name("Eau économisée, en consommation annuelle de foyers")
                    .baseline(Quantity.of(0, Unit.HOUSEHOLD))
                    .measured(Quantity.of(950, Unit.HOUSEHOLD))
                    .period("par an"))
        .governance(
            g ->
                g.decisions(
                        GovernanceDecision.of(
                            "Conseil communautaire",
                            LocalDate.of(2018, 12, 13),
                            DecisionOutcome.APPROVED))
                    .consultations(
                        Consultation.of(
                                Stakeholder.AGENTS,
                                "Ateliers avec les techniciens",
                                LocalDate.of(2018, 10, 1))
                            .withParticipants(20))
                    .trainings(
                        Training.of(
                            Stakeholder.AGENTS,
                            "Lire et valider une alerte",
                            LocalDate.of(2019, 2, 1),
                            25))
                    .reviewDates(LocalDate.of(2026, 6, 30))
                    .watchCommittee("Comité éthique du Sicoval"))
        .transparency(
            t ->
                t.published(true)
                    .citizenNotice(
                        "La détection des fuites s'appuie sur l'IA ; aucune décision ne vise un abonné."))
        .metadata(m -> m.language("fr").tags("eau", ASSUMED))
        .build();
  }

  static AiUsage ecoPilot() {
    return AiUsage.builder("mgp-ia-eco-pilot")
        .name("IA Éco Pilot : pilotage énergétique des bâtiments publics")
        .summary(
            "Pilotage du chauffage et de la consommation de 7 000 bâtiments publics des communes de la métropole.")
        .authority(MGP)
        .contact(
            Contact.of(
                ContactRole.OWNER, "Direction de la transition écologique", "energie@mgp.example"))
        .status(s -> s.stage(Stage.EXPERIMENTATION).startDate(LocalDate.of(2025, 3, 1)))
        .purpose(
            p ->
                p.goal("Réduire la consommation d'énergie des bâtiments publics")
                    .theme(Theme.ECOLOGICAL_TRANSITION)
                    .audiences(Audience.PUBLIC_AUTHORITIES)
                    .whyAi(
                        "Ajuster 7 000 bâtiments à la météo et à l'occupation dépasse un pilotage manuel."))
        .system(
            s ->
                s.techniques(AiTechnique.FORECASTING, AiTechnique.OPTIMISATION)
                    .sourcing(Sourcing.PUBLIC_PROCUREMENT)
                    .procurement(
                        Procurement.builder()
                            .procedure("Appel à projets")
                            .environmentalCriteria(true)
                            .criteria("Empreinte du service mesurée", "Hébergement bas carbone")
                            .build())
                    .hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE)))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(false)
                    .profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(false)
                    .oversight(
                        HumanOversight.builder()
                            .level(OversightLevel.HUMAN_ON_THE_LOOP)
                            .overrideRoles("Gestionnaire de bâtiment")
                            .build()))
        .aiAct(
            a ->
                // Steering energy use is optimisation, not a safety component of the supply of
                // heating or electricity (Art. 3(14) as narrowed in 2026): not high-risk.
                answered(a, AiActRole.DEPLOYER)
                    .annexIiiArea(AnnexIiiArea.CRITICAL_INFRASTRUCTURE)
                    .criticalInfrastructureSafetyComponent(Answer.NO))
        .dataUse(d -> d.datasets(DatasetUse.of("mgp-consommations-batiments", DataRole.INPUT)))
        .footprint(
            f ->
                f.inferenceEnergyPerYear(Quantity.of(8, Unit.MWH))
                    .basis(EstimationBasis.ESTIMATED)
                    .method("Estimation du prestataire"))
        .benefit(b -> b.name("Bâtiments pilotés").target(Quantity.of(7_000, Unit.BUILDING)))
        .metadata(m -> m.language("fr").tags("énergie", ASSUMED))
        .build();
  }

  static AiUsage btpMatch() {
    return AiUsage.builder("mgp-ia-btp-match")
        .name("IA BTP Match : plateforme de réemploi des matériaux")
        .summary(
            "Mise en relation des matériaux de chantier disponibles et des besoins, pour l'économie circulaire du BTP.")
        .authority(MGP)
        .status(s -> s.stage(Stage.EXPERIMENTATION).startDate(LocalDate.of(2025, 6, 1)))
        .purpose(
            p ->
                p.goal("Développer le réemploi des matériaux de construction")
                    .theme(Theme.ECOLOGICAL_TRANSITION)
                    .subThemes("Déchets et économie circulaire")
                    .audiences(Audience.BUSINESSES, Audience.PUBLIC_AUTHORITIES))
        .system(
            s ->
                s.techniques(AiTechnique.NATURAL_LANGUAGE_PROCESSING)
                    .sourcing(Sourcing.PUBLIC_PROCUREMENT)
                    .procurement(
                        Procurement.builder()
                            .procedure("Appel à projets")
                            .environmentalCriteria(true)
                            .build())
                    .hosting(Hosting.of(HostingMode.SUPPLIER_SAAS, HostingRegion.EU)))
        .decision(
            d ->
                d.outputRole(OutputRole.INFORMATION)
                    .concernsIndividuals(false)
                    .profiling(false)
                    .interactsWithPublic(true)
                    .generatesContent(false))
        .aiAct(a -> answered(a, AiActRole.DEPLOYER).annexIiiPoint(AnnexIiiPoint.NONE))
        .dataUse(
            d ->
                d.datasets(DatasetUse.of("mgp-annonces-materiaux", DataRole.INPUT))
                    .dpia(DpiaStatus.NOT_REQUIRED))
        .benefit(
            b ->
                b.name("Matériaux réemployés")
                    .target(Quantity.of(500, Unit.TONNE))
                    .period("par an"))
        .metadata(m -> m.language("fr").tags("économie circulaire", ASSUMED))
        .build();
  }

  static AiUsage mobilite() {
    return AiUsage.builder("mgp-ia-mobilite")
        .name("IA Mobilité : gestion des aires de livraison")
        .summary(
            "Gestion dynamique des aires de livraison dans 11 communes à partir de capteurs d'occupation.")
        .authority(MGP)
        .status(s -> s.stage(Stage.EXPERIMENTATION).startDate(LocalDate.of(2025, 4, 1)))
        .purpose(
            p ->
                p.goal("Fluidifier les livraisons et réduire le stationnement gênant")
                    .theme(Theme.MOBILITY)
                    .subThemes("Stationnement", "Flux et trafic")
                    .audiences(Audience.BUSINESSES))
        .system(
            s ->
                s.techniques(AiTechnique.FORECASTING)
                    .sourcing(Sourcing.PUBLIC_PROCUREMENT)
                    .hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE)))
        .decision(
            d ->
                d.outputRole(OutputRole.INFORMATION)
                    .concernsIndividuals(false)
                    .profiling(false)
                    .interactsWithPublic(true)
                    .generatesContent(false))
        .aiAct(a -> answered(a, AiActRole.DEPLOYER).annexIiiPoint(AnnexIiiPoint.NONE))
        .dataUse(d -> d.datasets(DatasetUse.of("mgp-capteurs-aires-livraison", DataRole.INPUT)))
        .benefit(b -> b.name("Communes équipées").measured(Quantity.of(11, Unit.ITEM)))
        .metadata(m -> m.language("fr").tags("mobilité", ASSUMED))
        .build();
  }

  static AiUsage previso() {
    return AiUsage.builder("cvl-previso")
        .name("Previso : prévision du stress hydrique")
        .summary("IA prédictive qui anticipe le stress hydrique des territoires de la région.")
        .authority(CVL)
        .partners("Banque des Territoires")
        .status(s -> s.stage(Stage.EXPERIMENTATION).startDate(LocalDate.of(2024, 9, 1)))
        .purpose(
            p ->
                p.goal("Anticiper les tensions sur la ressource en eau")
                    .theme(Theme.ECOLOGICAL_TRANSITION)
                    .subThemes("Prévention et gestion des risques")
                    .audiences(Audience.PUBLIC_AUTHORITIES, Audience.ELECTED_OFFICIALS))
        .system(
            s ->
                s.techniques(AiTechnique.FORECASTING, AiTechnique.MACHINE_LEARNING)
                    .sourcing(Sourcing.PROVIDER))
        .decision(
            d ->
                d.outputRole(OutputRole.INFORMATION)
                    .concernsIndividuals(false)
                    .profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(false))
        .aiAct(a -> answered(a, AiActRole.DEPLOYER).annexIiiPoint(AnnexIiiPoint.NONE))
        .dataUse(
            d ->
                d.datasets(
                    DatasetUse.of("cvl-piezometrie", DataRole.TRAINING),
                    DatasetUse.of("cvl-indicateurs-stress-hydrique", DataRole.OUTPUT)))
        .funding(f -> f.funders(Funder.of("France 2030 (Banque des Territoires)", null)))
        .metadata(m -> m.language("fr").tags("eau", ASSUMED))
        .build();
  }

  static AiUsage urbaia() {
    return AiUsage.builder("saclay-urbaia")
        .name("UrbaIA : jumeaux numériques du risque d'inondation")
        .summary(
            "Jumeaux numériques pour simuler les inondations et éclairer l'urbanisme, avec une concertation territoriale.")
        .authority(SACLAY)
        .status(s -> s.stage(Stage.EXPERIMENTATION).startDate(LocalDate.of(2025, 1, 15)))
        .purpose(
            p ->
                p.goal("Simuler les inondations pour adapter l'aménagement")
                    .theme(Theme.ECOLOGICAL_TRANSITION)
                    .subThemes("Prévention et gestion des risques")
                    .audiences(Audience.PUBLIC_AUTHORITIES, Audience.GENERAL_PUBLIC))
        .system(
            s ->
                s.techniques(AiTechnique.SIMULATION, AiTechnique.NEURAL_NETWORKS)
                    .sourcing(Sourcing.EXTERNAL_DEVELOPMENT))
        .decision(
            d ->
                d.outputRole(OutputRole.DECISION_SUPPORT)
                    .concernsIndividuals(false)
                    .profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(true)
                    .contentMarked(true))
        .aiAct(
            a ->
                answered(a, AiActRole.PROVIDER_AND_DEPLOYER)
                    .annexIiiPoint(AnnexIiiPoint.NONE)
                    .assistiveEditingOnly(Answer.NO)
                    .deepFake(Answer.NO)
                    .publicInterestText(Answer.NO))
        .dataUse(d -> d.datasets(DatasetUse.of("saclay-topographie", DataRole.INPUT)))
        .governance(
            g ->
                g.consultations(
                    Consultation.of(
                            Stakeholder.CITIZENS,
                            "Concertation territoriale",
                            LocalDate.of(2025, 5, 20))
                        .withParticipants(120)))
        .metadata(m -> m.language("fr").tags("risques", ASSUMED))
        .build();
  }

  static AiUsage doriia() {
    return AiUsage.builder("tours-doriia")
        .name("Doriia : assistant de rédaction des agents")
        .summary(
            "Assistant d'IA générative interne qui aide les agents à rédiger courriers et notes ; l'agent relit et signe.")
        .authority(TOURS)
        .contact(Contact.of(ContactRole.AI_REFERENT, "Référent IA", "ia@tours-metropole.example"))
        .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2024, 10, 1)))
        .purpose(
            p ->
                p.goal("Faire gagner du temps de rédaction aux agents")
                    .theme(Theme.INTERNAL_ADMINISTRATION)
                    .audiences(Audience.AGENTS)
                    .whyAi("Les modèles de langage produisent un premier jet que l'agent corrige."))
        .system(
            s ->
                s.techniques(AiTechnique.GENERATIVE_AI)
                    .sourcing(Sourcing.PROVIDER)
                    .models(
                        AiModel.of("modèle de langage hébergé")
                            .withProvider("prestataire")
                            .withOpenWeights(true))
                    .hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE)))
        .decision(
            d ->
                d.outputRole(OutputRole.INFORMATION)
                    .concernsIndividuals(false)
                    .profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(true)
                    .contentMarked(false)
                    .oversight(
                        HumanOversight.builder()
                            .level(OversightLevel.HUMAN_IN_THE_LOOP)
                            .overrideRoles("Agent rédacteur")
                            .overseersTrained(true)
                            .build()))
        .aiAct(
            a ->
                // Drafts that agents review and sign: the editorial exception of Art. 50(4) and
                // no publication to inform the public; the marking of Art. 50(2) is the
                // provider's. No transparency duty of the authority's own.
                answered(a, AiActRole.DEPLOYER)
                    .annexIiiPoint(AnnexIiiPoint.NONE)
                    .generalPurposeAi(GeneralPurposeAi.BUILT_ON_MODEL)
                    .deepFake(Answer.NO)
                    .publicInterestText(Answer.NO)
                    .editorialResponsibility(Answer.YES))
        .dataUse(
            d ->
                d.datasets(DatasetUse.of("tours-requetes-agents", DataRole.INPUT))
                    .dpia(DpiaStatus.IN_PROGRESS))
        .impacts(
            i ->
                i.onAgents("Moins de temps de rédaction ; vigilance sur la relecture")
                    .agentsConsulted(true))
        .governance(
            g ->
                g.consultations(
                        Consultation.of(Stakeholder.AGENTS, "Cafés IA", LocalDate.of(2025, 2, 12))
                            .withParticipants(60))
                    .trainings(
                        Training.of(
                            Stakeholder.AGENTS,
                            "Bien utiliser Doriia",
                            LocalDate.of(2024, 11, 5),
                            48))
                    .watchCommittee("Comité de veille des élus et des techniciens"))
        .metadata(m -> m.language("fr").tags("rédaction", ASSUMED))
        .build();
  }

  /** The small commune's first usage: five fields, and the register shows what it still lacks. */
  static AiUsage smallCommuneChatbot() {
    return AiUsage.builder("valmont-chatbot-mairie")
        .name("Agent conversationnel de la mairie")
        .summary("Répondre aux questions des habitants sur les démarches, le soir et le week-end.")
        .authority(SMALL_COMMUNE)
        .status(s -> s.stage(Stage.IDEA))
        .purpose(p -> p.audiences(Audience.GENERAL_PUBLIC))
        .build();
  }
}
