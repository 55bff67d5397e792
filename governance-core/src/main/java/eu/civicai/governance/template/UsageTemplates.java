package eu.civicai.governance.template;

import static eu.civicai.governance.template.OpenQuestion.of;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.EstimationBasis;
import eu.civicai.governance.usage.Hosting;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.PolicyGoal;
import eu.civicai.governance.usage.Procurement;
import eu.civicai.governance.usage.RiskCategory;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Theme;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue of usage templates, drawn from public cases of French collectivités (see each
 * template's {@link UsageTemplate#inspiredBy()}). The texts of the records are in French, the
 * language of the communes that copy them; titles and questions are in French and English.
 *
 * <p>Thread-safe: the catalogue is built once and never changes.
 */
public final class UsageTemplates {
  private static final List<UsageTemplate> ALL =
      List.of(
          chatbot(),
          waterLeak(),
          buildingEnergy(),
          draftingAssistant(),
          deliveryBays(),
          floodTwin(),
          waterStress());

  private UsageTemplates() {}

  /** Returns every template, in the catalogue's order. */
  public static List<UsageTemplate> all() {
    return ALL;
  }

  /**
   * Returns the template with this id.
   *
   * @param id a template id such as {@code water-leak}
   * @return the template, or empty when the catalogue has none with this id
   */
  public static Optional<UsageTemplate> find(String id) {
    Check.notNull("id", id);
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Returns the template with this id, or throws.
   *
   * @param id a template id such as {@code water-leak}
   * @return the template
   * @throws InvalidInputException {@code template.unknown} naming {@code id} and listing the ids
   */
  public static UsageTemplate get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "id",
                    "template.unknown",
                    id,
                    Messages.raw(
                        ALL.stream().map(UsageTemplate::id).collect(Collectors.joining(", ")))));
  }

  // --- the questions most templates leave open --------------------------------------------------

  private static OpenQuestion whyAi() {
    return of(
        "why-ai",
        "purpose.whyAi",
        "Pourquoi l'IA plutôt qu'une solution plus simple ou moins gourmande, chez vous ?",
        "Why AI rather than a simpler or less resource-hungry solution, in your case?");
  }

  private static OpenQuestion hosting() {
    return of(
        "hosting",
        "system.hostingRegion",
        "Où le système est-il hébergé (France, Union européenne, hors UE) ?",
        "Where is the system hosted (France, European Union, outside the EU)?");
  }

  private static OpenQuestion dpia() {
    return of(
        "dpia",
        "data.dpia",
        "Une analyse d'impact relative à la protection des données (AIPD) est-elle requise, et où en"
            + " est-elle ?",
        "Is a data protection impact assessment (DPIA) required, and where does it stand?");
  }

  private static OpenQuestion footprint() {
    return of(
        "footprint",
        "footprint.inferenceEnergyKwhPerYear",
        "Quelle énergie le service consomme-t-il par an (estimation du prestataire ou mesure) ?",
        "How much energy does the service use a year (the supplier's estimate or a measure)?");
  }

  private static OpenQuestion agentsConsulted() {
    return of(
        "agents-consulted",
        "impacts.agentsConsulted",
        "Les agents concernés ont-ils été consultés sur les effets sur leur travail ?",
        "Were the agents concerned consulted on the effects on their work?");
  }

  private static OpenQuestion sourcing() {
    return of(
        "sourcing",
        "system.sourcing",
        "Comment le système est-il obtenu : développé en interne, par un prestataire, acheté ?",
        "How is the system obtained: built in-house, by a contractor, bought?");
  }

  // --- the catalogue
  // ------------------------------------------------------------------------------

  static UsageTemplate chatbot() {
    return UsageTemplate.builder(
            "chatbot-residents",
            "Agent conversationnel pour les habitants",
            "Chatbot for residents")
        .summary(
            "Répondre aux questions des habitants sur les démarches et les services, à toute heure,"
                + " un agent reprenant la main sur demande.",
            "Answers residents' questions on procedures and services at any hour; an agent takes"
                + " over on request.")
        .inspiredBy("Chatbots de démarches des villes (bibliothèque des Interconnectés)")
        .dataset(
            TypicalDataset.of(
                "Pages et fiches démarches du site de la commune",
                "Pages and procedure sheets of the commune's website",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .dataset(
            TypicalDataset.of(
                "Conversations des habitants",
                "Residents' conversations",
                PersonalDataLevel.PERSONAL,
                DataRole.INPUT))
        .question(whyAi(), b -> b.purpose(p -> p.whyAi("Deux agents d'accueil pour 3 000 appels")))
        .question(
            hosting(),
            b ->
                b.system(
                    s -> s.hosting(Hosting.of(HostingMode.SUPPLIER_SAAS, HostingRegion.FRANCE))))
        .question(
            of(
                "reach-an-agent",
                "decision.contestation",
                "Comment un habitant joint-il un agent ou conteste-t-il une réponse ?",
                "How does a resident reach an agent or contest an answer?"),
            b -> b.decision(d -> d.contestation("Bouton « parler à un agent » et accueil")))
        .question(
            of(
                "notice",
                "transparency.citizenNotice",
                "Quel avertissement dit aux habitants qu'ils échangent avec une IA ?",
                "Which notice tells residents they are talking to an AI?"),
            b ->
                b.transparency(
                    t -> t.citizenNotice("Vous échangez avec un assistant automatique.")))
        .question(dpia(), b -> b.dataUse(d -> d.dpia(DpiaStatus.COMPLETED)))
        .question(footprint(), b -> b.footprint(f -> energy(f, 300)))
        .usage(
            u ->
                u.purpose(
                        p ->
                            p.goal("Informer les habitants sur les démarches en dehors des heures")
                                .theme(Theme.CITIZENSHIP)
                                .policyGoals(PolicyGoal.DEMOCRATIC)
                                .audiences(Audience.GENERAL_PUBLIC)
                                .alternatives(
                                    Alternative.of(
                                        "Foire aux questions sur le site",
                                        "Les habitants ne trouvent pas la bonne fiche")))
                    .system(
                        s ->
                            s.techniques(
                                    AiTechnique.GENERATIVE_AI,
                                    AiTechnique.NATURAL_LANGUAGE_PROCESSING)
                                .selfLearning(false))
                    .decision(
                        d ->
                            d.outputRole(OutputRole.INFORMATION)
                                .concernsIndividuals(false)
                                .profiling(false)
                                .interactsWithPublic(true)
                                .generatesContent(true)
                                .oversight(
                                    HumanOversight.builder()
                                        .level(OversightLevel.HUMAN_ON_THE_LOOP)
                                        .description(
                                            "Un agent relit les conversations signalées et reprend"
                                                + " la main à la demande de l'habitant")
                                        .build()))
                    .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.YES))
                    .risk(
                        r ->
                            r.category(RiskCategory.RELIABILITY)
                                .description("Réponse erronée sur une démarche")
                                .likelihood(3)
                                .severity(2)
                                .mitigations(
                                    "Réponses limitées aux fiches de la commune, avec leur lien"))
                    .risk(
                        r ->
                            r.category(RiskCategory.PRIVACY)
                                .description("Données personnelles saisies dans la conversation")
                                .likelihood(3)
                                .severity(2)
                                .mitigations("Purge des conversations après 3 mois"))
                    .benefit(
                        b ->
                            b.name("Demandes traitées hors des heures d'ouverture")
                                .period("par an")))
        .build();
  }

  static UsageTemplate waterLeak() {
    return UsageTemplate.builder(
            "water-leak", "Détection des fuites du réseau d'eau potable", "Water-leak detection")
        .summary(
            "Repérer plus tôt les fuites du réseau d'eau potable à partir des débits nocturnes et de"
                + " la télérelève ; un technicien valide chaque alerte.",
            "Finds leaks in the drinking-water network earlier from night flows and smart meters; a"
                + " technician checks every alert.")
        .inspiredBy("Sicoval (environ 8 M€ de gains, l'eau de 950 foyers par an)")
        .dataset(
            TypicalDataset.of(
                "Débits et pressions du réseau (sectorisation)",
                "Network flows and pressures (district metering)",
                PersonalDataLevel.NONE,
                DataRole.TRAINING))
        .dataset(
            TypicalDataset.of(
                "Index de consommation des abonnés (télérelève)",
                "Subscribers' meter readings (smart meters)",
                PersonalDataLevel.PERSONAL,
                DataRole.INPUT))
        .question(
            whyAi(),
            b -> b.purpose(p -> p.whyAi("Des seuils fixes confondent fuites et consommations")))
        .question(
            hosting(),
            b ->
                b.system(
                    s ->
                        s.hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE))))
        .question(dpia(), b -> b.dataUse(d -> d.dpia(DpiaStatus.NOT_REQUIRED)))
        .question(agentsConsulted(), b -> b.impacts(i -> i.agentsConsulted(true)))
        .question(
            of(
                "overseers-trained",
                "decision.overseersTrained",
                "Les techniciens qui valident les alertes sont-ils formés à les lire ?",
                "Are the technicians who check the alerts trained to read them?"),
            b ->
                b.decision(
                    d -> d.oversight(leakOversight().toBuilder().overseersTrained(true).build())))
        .question(footprint(), b -> b.footprint(f -> energy(f, 1200)))
        .usage(
            u ->
                u.purpose(
                        p ->
                            p.goal("Réduire les pertes d'eau potable du réseau")
                                .theme(Theme.ECOLOGICAL_TRANSITION)
                                .subThemes("Eau")
                                .policyGoals(PolicyGoal.ENVIRONMENTAL, PolicyGoal.ECONOMIC)
                                .audiences(Audience.AGENTS)
                                .alternatives(
                                    Alternative.of(
                                        "Campagnes d'écoute acoustique",
                                        "Trop lentes pour couvrir tout le réseau chaque année")))
                    .system(
                        s ->
                            s.techniques(
                                    AiTechnique.ANOMALY_DETECTION, AiTechnique.MACHINE_LEARNING)
                                .selfLearning(false))
                    .decision(
                        d ->
                            d.outputRole(OutputRole.DECISION_SUPPORT)
                                .concernsIndividuals(false)
                                .profiling(false)
                                .interactsWithPublic(false)
                                .generatesContent(false)
                                .oversight(leakOversight()))
                    .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.YES))
                    .risk(
                        r ->
                            r.category(RiskCategory.RELIABILITY)
                                .description("Fausses alertes envoyant des équipes pour rien")
                                .likelihood(3)
                                .severity(2)
                                .mitigations("Validation de chaque alerte par un technicien"))
                    .risk(
                        r ->
                            r.category(RiskCategory.DEPENDENCY)
                                .description("Dépendance au prestataire")
                                .likelihood(2)
                                .severity(2)
                                .mitigations("Données et modèles restitués en fin de marché"))
                    .benefit(b -> b.name("Eau économisée").period("par an"))
                    .benefit(b -> b.name("Gains").period("par an")))
        .build();
  }

  private static HumanOversight leakOversight() {
    return HumanOversight.builder()
        .level(OversightLevel.HUMAN_IN_THE_LOOP)
        .description("Un technicien valide chaque alerte avant toute intervention")
        .overrideRoles("Technicien réseau")
        .build();
  }

  static UsageTemplate buildingEnergy() {
    return UsageTemplate.builder(
            "building-energy",
            "Pilotage énergétique des bâtiments publics",
            "Energy steering of public buildings")
        .summary(
            "Ajuster le chauffage et la ventilation des bâtiments publics à la météo et à"
                + " l'occupation ; le gestionnaire garde la main sur les consignes.",
            "Adjusts heating and ventilation of public buildings to weather and occupancy; the"
                + " building manager keeps control of the settings.")
        .inspiredBy("Métropole du Grand Paris, IA Éco Pilot (7 000 bâtiments publics)")
        .dataset(
            TypicalDataset.of(
                "Consommations des bâtiments (compteurs, gestion technique)",
                "Buildings' consumption (meters, building management system)",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .dataset(
            TypicalDataset.of(
                "Calendriers d'occupation des salles",
                "Room occupancy calendars",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .dataset(
            TypicalDataset.of(
                "Prévisions météorologiques",
                "Weather forecasts",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .question(
            whyAi(), b -> b.purpose(p -> p.whyAi("Trop de bâtiments pour des réglages à la main")))
        .question(
            hosting(),
            b ->
                b.system(
                    s ->
                        s.hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE))))
        .question(sourcing(), b -> b.system(s -> s.sourcing(Sourcing.PUBLIC_PROCUREMENT)))
        .question(
            of(
                "environmental-criteria",
                "system.environmentalCriteria",
                "Le marché comporte-t-il des critères environnementaux sur le service lui-même ?",
                "Does the contract carry environmental criteria on the service itself?"),
            b ->
                b.system(
                    s -> s.procurement(Procurement.builder().environmentalCriteria(true).build())))
        .question(footprint(), b -> b.footprint(f -> energy(f, 8000)))
        .usage(
            u ->
                u.purpose(
                        p ->
                            p.goal("Réduire la consommation d'énergie des bâtiments publics")
                                .theme(Theme.ECOLOGICAL_TRANSITION)
                                .subThemes("Énergie")
                                .policyGoals(PolicyGoal.ENVIRONMENTAL, PolicyGoal.ECONOMIC)
                                .audiences(Audience.PUBLIC_AUTHORITIES))
                    .system(
                        s ->
                            s.techniques(AiTechnique.FORECASTING, AiTechnique.OPTIMISATION)
                                .selfLearning(true))
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
                                        .description(
                                            "Le gestionnaire du bâtiment peut reprendre la main sur"
                                                + " les consignes à tout moment")
                                        .overrideRoles("Gestionnaire de bâtiment")
                                        .build()))
                    .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.YES))
                    .risk(
                        r ->
                            r.category(RiskCategory.RELIABILITY)
                                .description("Inconfort des occupants (salles trop froides)")
                                .likelihood(2)
                                .severity(2)
                                .mitigations("Plages de température minimales par bâtiment"))
                    .risk(
                        r ->
                            r.category(RiskCategory.SECURITY)
                                .description(
                                    "Accès à distance à la gestion technique des bâtiments")
                                .likelihood(2)
                                .severity(3)
                                .mitigations("Accès chiffré, comptes nominatifs, journalisation"))
                    .benefit(b -> b.name("Énergie économisée").period("par an")))
        .build();
  }

  static UsageTemplate draftingAssistant() {
    return UsageTemplate.builder(
            "drafting-assistant",
            "Assistant de rédaction des agents",
            "Drafting assistant for agents")
        .summary(
            "Un assistant d'IA générative propose un premier jet de courriers et de notes ; l'agent"
                + " relit, corrige et signe.",
            "A generative AI assistant drafts letters and notes; the agent reviews, corrects and"
                + " signs.")
        .inspiredBy("Tours Métropole Val de Loire, Doriia")
        .dataset(
            TypicalDataset.of(
                "Requêtes et brouillons des agents",
                "Agents' prompts and drafts",
                PersonalDataLevel.PERSONAL,
                DataRole.INPUT))
        .dataset(
            TypicalDataset.of(
                "Modèles de courriers de la collectivité",
                "The authority's letter templates",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .question(
            hosting(),
            b ->
                b.system(
                    s ->
                        s.hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE))))
        .question(dpia(), b -> b.dataUse(d -> d.dpia(DpiaStatus.IN_PROGRESS)))
        .question(agentsConsulted(), b -> b.impacts(i -> i.agentsConsulted(true)))
        .question(
            of(
                "agents-trained",
                "decision.overseersTrained",
                "Les agents sont-ils formés à relire et vérifier les textes proposés ?",
                "Are agents trained to review and check the drafts proposed?"),
            b ->
                b.decision(
                    d ->
                        d.oversight(
                            draftingOversight().toBuilder().overseersTrained(true).build())))
        .question(footprint(), b -> b.footprint(f -> energy(f, 2000)))
        .usage(
            u ->
                u.purpose(
                        p ->
                            p.goal("Faire gagner du temps de rédaction aux agents")
                                .theme(Theme.INTERNAL_ADMINISTRATION)
                                .audiences(Audience.AGENTS)
                                .whyAi(
                                    "Les modèles de langage produisent un premier jet que l'agent"
                                        + " corrige"))
                    .system(s -> s.techniques(AiTechnique.GENERATIVE_AI).selfLearning(false))
                    .decision(
                        d ->
                            d.outputRole(OutputRole.INFORMATION)
                                .concernsIndividuals(false)
                                .profiling(false)
                                .interactsWithPublic(false)
                                .generatesContent(true)
                                .oversight(draftingOversight()))
                    .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.YES))
                    .risk(
                        r ->
                            r.category(RiskCategory.RELIABILITY)
                                .description("Texte plausible mais faux (hallucination)")
                                .likelihood(3)
                                .severity(2)
                                .mitigations("Relecture et signature par l'agent"))
                    .risk(
                        r ->
                            r.category(RiskCategory.PRIVACY)
                                .description("Données d'usagers copiées dans les requêtes")
                                .likelihood(3)
                                .severity(3)
                                .mitigations("Consigne d'anonymiser, purge des requêtes"))
                    .risk(
                        r ->
                            r.category(RiskCategory.WORKING_CONDITIONS)
                                .description(
                                    "Perte de savoir-faire rédactionnel, surcharge de"
                                        + " relecture")
                                .likelihood(2)
                                .severity(2)
                                .mitigations("Formation, usage facultatif"))
                    .benefit(
                        b ->
                            b.name("Temps de rédaction économisé")
                                .target(Quantity.of(1000, Unit.HOUR))
                                .period("par an")))
        .build();
  }

  private static HumanOversight draftingOversight() {
    return HumanOversight.builder()
        .level(OversightLevel.HUMAN_IN_THE_LOOP)
        .description("L'agent relit, corrige et signe chaque texte")
        .overrideRoles("Agent rédacteur")
        .build();
  }

  static UsageTemplate deliveryBays() {
    return UsageTemplate.builder(
            "delivery-bays", "Gestion des aires de livraison", "Delivery-bay management")
        .summary(
            "Connaître l'occupation des aires de livraison en temps réel et en prévoir la demande,"
                + " pour les livreurs et les services de la voirie.",
            "Knows delivery-bay occupancy in real time and forecasts demand, for couriers and the"
                + " highways service.")
        .inspiredBy("Métropole du Grand Paris, IA Mobilité (11 communes)")
        .dataset(
            TypicalDataset.of(
                "Occupation des aires de livraison (capteurs)",
                "Delivery-bay occupancy (sensors)",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .dataset(
            TypicalDataset.of(
                "Arrêtés de stationnement et de livraison",
                "Parking and delivery orders",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .question(whyAi(), b -> b.purpose(p -> p.whyAi("Prévoir la demande par rue et par heure")))
        .question(
            hosting(),
            b ->
                b.system(
                    s ->
                        s.hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.FRANCE))))
        .question(
            of(
                "cameras",
                "data.dpia",
                "Les capteurs filment-ils (plaques, personnes) ? Une AIPD est-elle alors requise ?",
                "Do the sensors film (plates, people)? Is a DPIA then required?"),
            b -> b.dataUse(d -> d.dpia(DpiaStatus.NOT_REQUIRED)))
        .question(
            of(
                "published",
                "transparency.published",
                "La fiche de l'usage est-elle publiée pour les habitants et les commerçants ?",
                "Is the usage's record published for residents and shopkeepers?"),
            b -> b.transparency(t -> t.published(true)))
        .question(footprint(), b -> b.footprint(f -> energy(f, 500)))
        .usage(
            u ->
                u.purpose(
                        p ->
                            p.goal("Fluidifier les livraisons et réduire le stationnement gênant")
                                .theme(Theme.MOBILITY)
                                .subThemes("Stationnement")
                                .audiences(Audience.BUSINESSES))
                    .system(s -> s.techniques(AiTechnique.FORECASTING).selfLearning(false))
                    .decision(
                        d ->
                            d.outputRole(OutputRole.INFORMATION)
                                .concernsIndividuals(false)
                                .profiling(false)
                                .interactsWithPublic(true)
                                .generatesContent(false)
                                .oversight(
                                    HumanOversight.builder()
                                        .level(OversightLevel.HUMAN_ON_THE_LOOP)
                                        .description(
                                            "Les services de la voirie suivent les prévisions et"
                                                + " corrigent les règles de stationnement")
                                        .build()))
                    .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.YES))
                    .risk(
                        r ->
                            r.category(RiskCategory.PRIVACY)
                                .description("Capteurs vidéo pouvant filmer plaques et passants")
                                .likelihood(2)
                                .severity(3)
                                .mitigations("Capteurs sans image, ou floutage à la source"))
                    .benefit(b -> b.name("Taux de rotation des aires").period("par jour")))
        .build();
  }

  static UsageTemplate floodTwin() {
    return UsageTemplate.builder(
            "flood-twin", "Jumeau numérique du risque d'inondation", "Flood-risk digital twin")
        .summary(
            "Simuler les inondations sur un jumeau numérique du territoire pour éclairer"
                + " l'aménagement, avec une concertation des habitants.",
            "Simulates floods on a digital twin of the territory to inform planning, with a"
                + " consultation of residents.")
        .inspiredBy("Communauté d'agglomération Paris-Saclay, UrbaIA")
        .dataset(
            TypicalDataset.of(
                "Modèle numérique de terrain",
                "Digital terrain model",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .dataset(
            TypicalDataset.of(
                "Réseaux d'assainissement et d'eaux pluviales",
                "Sewer and storm-water networks",
                PersonalDataLevel.NONE,
                DataRole.INPUT))
        .dataset(
            TypicalDataset.of(
                "Historique des crues et des pluies",
                "History of floods and rainfall",
                PersonalDataLevel.NONE,
                DataRole.TRAINING))
        .question(
            whyAi(), b -> b.purpose(p -> p.whyAi("Des milliers de scénarios de pluie à simuler")))
        .question(sourcing(), b -> b.system(s -> s.sourcing(Sourcing.EXTERNAL_DEVELOPMENT)))
        .question(
            hosting(),
            b ->
                b.system(
                    s ->
                        s.hosting(
                            Hosting.of(HostingMode.PUBLIC_SECTOR_CLOUD, HostingRegion.FRANCE))))
        .question(
            of(
                "content-marked",
                "decision.contentMarked",
                "Les cartes et images simulées sont-elles signalées comme produites par l'IA ?",
                "Are the simulated maps and images marked as produced by AI?"),
            b -> b.decision(d -> d.contentMarked(true)))
        .question(footprint(), b -> b.footprint(f -> energy(f, 15000)))
        .usage(
            u ->
                u.purpose(
                        p ->
                            p.goal("Simuler les inondations pour adapter l'aménagement")
                                .theme(Theme.ECOLOGICAL_TRANSITION)
                                .subThemes("Prévention et gestion des risques")
                                .audiences(Audience.PUBLIC_AUTHORITIES, Audience.GENERAL_PUBLIC))
                    .system(
                        s ->
                            s.techniques(AiTechnique.SIMULATION, AiTechnique.NEURAL_NETWORKS)
                                .selfLearning(false))
                    .decision(
                        d ->
                            d.outputRole(OutputRole.DECISION_SUPPORT)
                                .concernsIndividuals(false)
                                .profiling(false)
                                .interactsWithPublic(false)
                                .generatesContent(true)
                                .oversight(
                                    HumanOversight.builder()
                                        .level(OversightLevel.HUMAN_IN_COMMAND)
                                        .description(
                                            "Les services de l'urbanisme et les élus arbitrent à"
                                                + " partir des simulations")
                                        .build()))
                    .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.YES))
                    .risk(
                        r ->
                            r.category(RiskCategory.RELIABILITY)
                                .description("Aléa sous-estimé dans une zone habitée")
                                .likelihood(2)
                                .severity(4)
                                .mitigations("Comparaison avec les plans de prévention en vigueur"))
                    .risk(
                        r ->
                            r.category(RiskCategory.TRANSPARENCY)
                                .description("Cartes prises pour des certitudes par le public")
                                .likelihood(3)
                                .severity(2)
                                .mitigations("Incertitudes affichées sur chaque carte"))
                    .benefit(b -> b.name("Scénarios de crue simulés").period("par an")))
        .build();
  }

  static UsageTemplate waterStress() {
    return UsageTemplate.builder(
            "water-stress", "Prévision du stress hydrique", "Water-stress prediction")
        .summary(
            "Anticiper les tensions sur la ressource en eau à partir des nappes, des rivières et de"
                + " la météo, pour préparer les restrictions et les investissements.",
            "Anticipates pressure on water resources from aquifers, rivers and weather, to prepare"
                + " restrictions and investments.")
        .inspiredBy("Région Centre-Val de Loire, Previso")
        .dataset(
            TypicalDataset.of(
                "Niveaux des nappes (piézométrie)",
                "Groundwater levels (piezometry)",
                PersonalDataLevel.NONE,
                DataRole.TRAINING))
        .dataset(
            TypicalDataset.of(
                "Débits des cours d'eau", "River flows", PersonalDataLevel.NONE, DataRole.TRAINING))
        .dataset(
            TypicalDataset.of(
                "Données météorologiques", "Weather data", PersonalDataLevel.NONE, DataRole.INPUT))
        .question(
            whyAi(),
            b -> b.purpose(p -> p.whyAi("Croiser nappes, rivières et météo sur plusieurs mois")))
        .question(sourcing(), b -> b.system(s -> s.sourcing(Sourcing.PROVIDER)))
        .question(
            hosting(),
            b ->
                b.system(
                    s -> s.hosting(Hosting.of(HostingMode.THIRD_PARTY_CLOUD, HostingRegion.EU))))
        .question(
            of(
                "published",
                "transparency.published",
                "Les prévisions et la fiche de l'usage sont-elles publiées ?",
                "Are the forecasts and the usage's record published?"),
            b -> b.transparency(t -> t.published(true)))
        .question(footprint(), b -> b.footprint(f -> energy(f, 3000)))
        .usage(
            u ->
                u.purpose(
                        p ->
                            p.goal("Anticiper les tensions sur la ressource en eau")
                                .theme(Theme.ECOLOGICAL_TRANSITION)
                                .subThemes("Eau")
                                .audiences(Audience.PUBLIC_AUTHORITIES, Audience.ELECTED_OFFICIALS))
                    .system(
                        s ->
                            s.techniques(AiTechnique.FORECASTING, AiTechnique.MACHINE_LEARNING)
                                .selfLearning(false))
                    .decision(
                        d ->
                            d.outputRole(OutputRole.INFORMATION)
                                .concernsIndividuals(false)
                                .profiling(false)
                                .interactsWithPublic(false)
                                .generatesContent(false)
                                .oversight(
                                    HumanOversight.builder()
                                        .level(OversightLevel.HUMAN_IN_COMMAND)
                                        .description(
                                            "Les élus et les services de l'eau décident des"
                                                + " restrictions, la prévision les éclaire")
                                        .build()))
                    .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.YES))
                    .risk(
                        r ->
                            r.category(RiskCategory.RELIABILITY)
                                .description("Prévision trop optimiste retardant les restrictions")
                                .likelihood(2)
                                .severity(3)
                                .mitigations("Comparaison avec les bulletins de situation"))
                    .benefit(b -> b.name("Semaines d'anticipation des restrictions")))
        .build();
  }

  private static eu.civicai.governance.usage.Footprint.Builder energy(
      eu.civicai.governance.usage.Footprint.Builder f, long kwh) {
    return f.inferenceEnergyPerYear(Quantity.of(kwh, Unit.KWH)).basis(EstimationBasis.ESTIMATED);
  }
}
