package eu.civicai.governance.charter;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.aiact.Duty;
import eu.civicai.governance.aiact.Obligation;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.LegalBasis;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.data.Transfer;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiModel;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.Consultation;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.EstimationBasis;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.ProhibitedPractice;
import eu.civicai.governance.usage.RealTimeBiometricException;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.RiskCategory;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Stakeholder;
import eu.civicai.governance.usage.Theme;
import eu.civicai.governance.usage.Training;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of facts charters are written in: each a named, typed accessor over a usage, its
 * resolved datasets, the ledger, or one element of a list. Names are stable: charters stored as
 * data refer to them. {@code docs/facts.md} is generated from this class ({@link #markdown()}) and
 * a test keeps it in sync.
 *
 * <p>Absent information reads as unknown (null): a comparison on it is {@link Truth#UNKNOWN}, which
 * gives the finding UNKNOWN rather than NOT_SATISFIED. Counts of lists the record always holds
 * (risks, benefits, contacts) are known, zero when empty.
 */
public final class Facts {
  private static final Map<String, Fact> VOCABULARY = new LinkedHashMap<>();

  private Facts() {}

  /** The status part is filled (true), or unknown when absent: {@code status.documented}. */
  public static final BooleanFact STATUS_PART =
      register(
          new BooleanFact(
              "status.documented",
              Scope.USAGE,
              Text.of("Partie « Statut » renseignée", "Status part filled"),
              (FactSubject s) -> s.usage().status() == null ? null : Boolean.TRUE));

  /** The purpose part is filled (true), or unknown when absent: {@code purpose.documented}. */
  public static final BooleanFact PURPOSE_PART =
      register(
          new BooleanFact(
              "purpose.documented",
              Scope.USAGE,
              Text.of("Partie « Finalité » renseignée", "Purpose part filled"),
              (FactSubject s) -> s.usage().purpose() == null ? null : Boolean.TRUE));

  /** The system part is filled (true), or unknown when absent: {@code system.documented}. */
  public static final BooleanFact SYSTEM_PART =
      register(
          new BooleanFact(
              "system.documented",
              Scope.USAGE,
              Text.of("Partie « Système » renseignée", "System part filled"),
              (FactSubject s) -> s.usage().system() == null ? null : Boolean.TRUE));

  /** The decision part is filled (true), or unknown when absent: {@code decision.documented}. */
  public static final BooleanFact DECISION_PART =
      register(
          new BooleanFact(
              "decision.documented",
              Scope.USAGE,
              Text.of("Partie « Décision » renseignée", "Decision part filled"),
              (FactSubject s) -> s.usage().decision() == null ? null : Boolean.TRUE));

  /** The ai act profile part is filled (true), or unknown when absent: {@code aiAct.documented}. */
  public static final BooleanFact AI_ACT_PART =
      register(
          new BooleanFact(
              "aiAct.documented",
              Scope.USAGE,
              Text.of("Partie « Règlement IA » renseignée", "AI Act profile part filled"),
              (FactSubject s) -> s.usage().aiAct() == null ? null : Boolean.TRUE));

  /** The data use part is filled (true), or unknown when absent: {@code data.documented}. */
  public static final BooleanFact DATA_USE_PART =
      register(
          new BooleanFact(
              "data.documented",
              Scope.USAGE,
              Text.of("Partie « Données » renseignée", "Data use part filled"),
              (FactSubject s) -> s.usage().dataUse() == null ? null : Boolean.TRUE));

  /** The impacts part is filled (true), or unknown when absent: {@code impacts.documented}. */
  public static final BooleanFact IMPACTS_PART =
      register(
          new BooleanFact(
              "impacts.documented",
              Scope.USAGE,
              Text.of("Partie « Impacts » renseignée", "Impacts part filled"),
              (FactSubject s) -> s.usage().impacts() == null ? null : Boolean.TRUE));

  /** The footprint part is filled (true), or unknown when absent: {@code footprint.documented}. */
  public static final BooleanFact FOOTPRINT_PART =
      register(
          new BooleanFact(
              "footprint.documented",
              Scope.USAGE,
              Text.of("Partie « Empreinte » renseignée", "Footprint part filled"),
              (FactSubject s) -> s.usage().footprint() == null ? null : Boolean.TRUE));

  /**
   * The governance part is filled (true), or unknown when absent: {@code governance.documented}.
   */
  public static final BooleanFact GOVERNANCE_PART =
      register(
          new BooleanFact(
              "governance.documented",
              Scope.USAGE,
              Text.of("Partie « Gouvernance » renseignée", "Governance part filled"),
              (FactSubject s) -> s.usage().governance() == null ? null : Boolean.TRUE));

  /**
   * The transparency part is filled (true), or unknown when absent: {@code
   * transparency.documented}.
   */
  public static final BooleanFact TRANSPARENCY_PART =
      register(
          new BooleanFact(
              "transparency.documented",
              Scope.USAGE,
              Text.of("Partie « Transparence » renseignée", "Transparency part filled"),
              (FactSubject s) -> s.usage().transparency() == null ? null : Boolean.TRUE));

  /** The funding part is filled (true), or unknown when absent: {@code funding.documented}. */
  public static final BooleanFact FUNDING_PART =
      register(
          new BooleanFact(
              "funding.documented",
              Scope.USAGE,
              Text.of("Partie « Financement » renseignée", "Funding part filled"),
              (FactSubject s) -> s.usage().funding() == null ? null : Boolean.TRUE));

  /** Name of the usage: {@code usage.name}. */
  public static final TextFact NAME =
      register(
          new TextFact(
              "usage.name",
              Scope.USAGE,
              Text.of("Nom de l'usage", "Name of the usage"),
              (FactSubject s) -> s.usage().name()));

  /** Plain-language summary (at most 350 characters): {@code usage.summary}. */
  public static final TextFact SUMMARY =
      register(
          new TextFact(
              "usage.summary",
              Scope.USAGE,
              Text.of(
                  "Résumé en langage clair (350 caractères au plus)",
                  "Plain-language summary (at most 350 characters)"),
              (FactSubject s) -> s.usage().summary()));

  /** Full description: {@code usage.description}. */
  public static final TextFact DESCRIPTION =
      register(
          new TextFact(
              "usage.description",
              Scope.USAGE,
              Text.of("Description complète", "Full description"),
              (FactSubject s) -> s.usage().description()));

  /** Team or service in charge: {@code usage.team}. */
  public static final TextFact TEAM =
      register(
          new TextFact(
              "usage.team",
              Scope.USAGE,
              Text.of("Équipe ou service responsable", "Team or service in charge"),
              (FactSubject s) -> s.usage().team()));

  /** Number of information links: {@code usage.linkCount}. */
  public static final NumberFact LINK_COUNT =
      register(
          new NumberFact(
              "usage.linkCount",
              Scope.USAGE,
              Text.of("Nombre de liens d'information", "Number of information links"),
              (FactSubject s) -> sizeOrNull(s.usage().links())));

  /** Number of contacts: {@code usage.contactCount}. */
  public static final NumberFact CONTACT_COUNT =
      register(
          new NumberFact(
              "usage.contactCount",
              Scope.USAGE,
              Text.of("Nombre de contacts", "Number of contacts"),
              (FactSubject s) -> sizeOrNull(s.usage().contacts())));

  /** A service owner is named: {@code usage.hasOwnerContact}. */
  public static final BooleanFact HAS_OWNER_CONTACT =
      register(
          new BooleanFact(
              "usage.hasOwnerContact",
              Scope.USAGE,
              Text.of("Un responsable du service est désigné", "A service owner is named"),
              (FactSubject s) ->
                  (s.usage().contacts().isEmpty()
                      ? null
                      : s.usage().contact(ContactRole.OWNER).isPresent())));

  /** The data protection officer is named: {@code usage.hasDpoContact}. */
  public static final BooleanFact HAS_DPO_CONTACT =
      register(
          new BooleanFact(
              "usage.hasDpoContact",
              Scope.USAGE,
              Text.of(
                  "Le délégué à la protection des données est indiqué",
                  "The data protection officer is named"),
              (FactSubject s) ->
                  (s.usage().contacts().isEmpty()
                      ? null
                      : s.usage().contact(ContactRole.DPO).isPresent())));

  /** A contact has an email address: {@code usage.hasContactEmail}. */
  public static final BooleanFact HAS_CONTACT_EMAIL =
      register(
          new BooleanFact(
              "usage.hasContactEmail",
              Scope.USAGE,
              Text.of("Un contact a une adresse électronique", "A contact has an email address"),
              (FactSubject s) ->
                  s.usage().contacts().isEmpty()
                      ? null
                      : s.usage().contacts().stream()
                          .anyMatch(c -> c.email() != null && !c.email().isBlank())));

  /** Number of partners: {@code usage.partnerCount}. */
  public static final NumberFact PARTNER_COUNT =
      register(
          new NumberFact(
              "usage.partnerCount",
              Scope.USAGE,
              Text.of("Nombre de partenaires", "Number of partners"),
              (FactSubject s) -> sizeOrNull(s.usage().partners())));

  /** Name of the authority: {@code authority.name}. */
  public static final TextFact AUTHORITY_NAME =
      register(
          new TextFact(
              "authority.name",
              Scope.USAGE,
              Text.of("Nom de la collectivité", "Name of the authority"),
              (FactSubject s) -> s.usage().authority().name()));

  /** Kind of authority: {@code authority.kind}. */
  public static final EnumFact<AuthorityKind> AUTHORITY_KIND =
      register(
          new EnumFact<>(
              "authority.kind",
              Scope.USAGE,
              AuthorityKind.class,
              Text.of("Type de collectivité", "Kind of authority"),
              (FactSubject s) -> s.usage().authority().kind()));

  /** SIRET of the authority: {@code authority.siret}. */
  public static final TextFact AUTHORITY_SIRET =
      register(
          new TextFact(
              "authority.siret",
              Scope.USAGE,
              Text.of("SIRET de la collectivité", "SIRET of the authority"),
              (FactSubject s) ->
                  s.usage().authority().siret() == null
                      ? null
                      : s.usage().authority().siret().value()));

  /** SIREN of the authority: {@code authority.siren}. */
  public static final TextFact AUTHORITY_SIREN =
      register(
          new TextFact(
              "authority.siren",
              Scope.USAGE,
              Text.of("SIREN de la collectivité", "SIREN of the authority"),
              (FactSubject s) ->
                  s.usage().authority().siren() == null
                      ? null
                      : s.usage().authority().siren().value()));

  /** Population of the authority: {@code authority.population}. */
  public static final NumberFact AUTHORITY_POPULATION =
      register(
          new NumberFact(
              "authority.population",
              Scope.USAGE,
              Text.of("Population de la collectivité", "Population of the authority"),
              (FactSubject s) -> s.usage().authority().population()));

  /** Number of agents (FTE) of the authority: {@code authority.agents}. */
  public static final NumberFact AUTHORITY_AGENTS =
      register(
          new NumberFact(
              "authority.agents",
              Scope.USAGE,
              Text.of(
                  "Nombre d'agents (ETP) de la collectivité",
                  "Number of agents (FTE) of the authority"),
              (FactSubject s) -> s.usage().authority().agents()));

  /** Stage of the usage: {@code status.stage}. */
  public static final EnumFact<Stage> STAGE =
      register(
          new EnumFact<>(
              "status.stage",
              Scope.USAGE,
              Stage.class,
              Text.of("Maturité de l'usage", "Stage of the usage"),
              (FactSubject s) -> s.usage().status() == null ? null : s.usage().status().stage()));

  /** Start date: {@code status.startDate}. */
  public static final DateFact START_DATE =
      register(
          new DateFact(
              "status.startDate",
              Scope.USAGE,
              Text.of("Date de démarrage", "Start date"),
              (FactSubject s) ->
                  s.usage().status() == null ? null : s.usage().status().startDate()));

  /** Reason for abandonment or suspension: {@code status.abandonReason}. */
  public static final TextFact ABANDON_REASON =
      register(
          new TextFact(
              "status.abandonReason",
              Scope.USAGE,
              Text.of(
                  "Raison de l'abandon ou de la suspension",
                  "Reason for abandonment or suspension"),
              (FactSubject s) ->
                  s.usage().status() == null ? null : s.usage().status().abandonReason()));

  /** Goal: {@code purpose.goal}. */
  public static final TextFact GOAL =
      register(
          new TextFact(
              "purpose.goal",
              Scope.USAGE,
              Text.of("Objectif", "Goal"),
              (FactSubject s) -> s.usage().purpose() == null ? null : s.usage().purpose().goal()));

  /** Why AI rather than a simpler solution: {@code purpose.whyAi}. */
  public static final TextFact WHY_AI =
      register(
          new TextFact(
              "purpose.whyAi",
              Scope.USAGE,
              Text.of(
                  "Pourquoi l'IA plutôt qu'une solution plus simple",
                  "Why AI rather than a simpler solution"),
              (FactSubject s) -> s.usage().purpose() == null ? null : s.usage().purpose().whyAi()));

  /** Main theme: {@code purpose.theme}. */
  public static final EnumFact<Theme> THEME =
      register(
          new EnumFact<>(
              "purpose.theme",
              Scope.USAGE,
              Theme.class,
              Text.of("Thème principal", "Main theme"),
              (FactSubject s) -> s.usage().purpose() == null ? null : s.usage().purpose().theme()));

  /** Audiences of the service: {@code purpose.audiences}. */
  public static final EnumSetFact<Audience> AUDIENCES =
      register(
          new EnumSetFact<>(
              "purpose.audiences",
              Scope.USAGE,
              Audience.class,
              Text.of("Publics du service", "Audiences of the service"),
              (FactSubject s) ->
                  s.usage().purpose() == null ? null : s.usage().purpose().audiences()));

  /** Number of audiences: {@code purpose.audienceCount}. */
  public static final NumberFact AUDIENCE_COUNT =
      register(
          new NumberFact(
              "purpose.audienceCount",
              Scope.USAGE,
              Text.of("Nombre de publics", "Number of audiences"),
              (FactSubject s) ->
                  s.usage().purpose() == null
                      ? null
                      : sizeOrNull(s.usage().purpose().audiences())));

  /** Alternatives considered: {@code purpose.alternatives}. */
  public static final ListFact ALTERNATIVES =
      register(
          new ListFact(
              "purpose.alternatives",
              Scope.ALTERNATIVE,
              Text.of("Alternatives étudiées", "Alternatives considered"),
              (FactSubject s) ->
                  s.usage().purpose() == null
                      ? null
                      : emptyToNull(s.usage().purpose().alternatives())));

  /** Name of the algorithm: {@code system.algorithmName}. */
  public static final TextFact ALGORITHM_NAME =
      register(
          new TextFact(
              "system.algorithmName",
              Scope.USAGE,
              Text.of("Nom de l'algorithme", "Name of the algorithm"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().algorithmName()));

  /** How the system works: {@code system.description}. */
  public static final TextFact SYSTEM_DESCRIPTION =
      register(
          new TextFact(
              "system.description",
              Scope.USAGE,
              Text.of("Description du fonctionnement", "How the system works"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().description()));

  /** AI techniques: {@code system.techniques}. */
  public static final EnumSetFact<AiTechnique> TECHNIQUES =
      register(
          new EnumSetFact<>(
              "system.techniques",
              Scope.USAGE,
              AiTechnique.class,
              Text.of("Techniques d'IA", "AI techniques"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().techniques()));

  /** Number of AI techniques: {@code system.techniqueCount}. */
  public static final NumberFact TECHNIQUE_COUNT =
      register(
          new NumberFact(
              "system.techniqueCount",
              Scope.USAGE,
              Text.of("Nombre de techniques d'IA", "Number of AI techniques"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : sizeOrNull(s.usage().system().techniques())));

  /** Keeps learning in service: {@code system.selfLearning}. */
  public static final BooleanFact SELF_LEARNING =
      register(
          new BooleanFact(
              "system.selfLearning",
              Scope.USAGE,
              Text.of("Apprend en service", "Keeps learning in service"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().selfLearning()));

  /** Models used: {@code system.models}. */
  public static final ListFact MODELS =
      register(
          new ListFact(
              "system.models",
              Scope.MODEL,
              Text.of("Modèles utilisés", "Models used"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : emptyToNull(s.usage().system().models())));

  /** How the system was developed: {@code system.sourcing}. */
  public static final EnumFact<Sourcing> SOURCING =
      register(
          new EnumFact<>(
              "system.sourcing",
              Scope.USAGE,
              Sourcing.class,
              Text.of("Mode de développement", "How the system was developed"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : s.usage().system().sourcing()));

  /** Number of suppliers: {@code system.supplierCount}. */
  public static final NumberFact SUPPLIER_COUNT =
      register(
          new NumberFact(
              "system.supplierCount",
              Scope.USAGE,
              Text.of("Nombre de fournisseurs", "Number of suppliers"),
              (FactSubject s) ->
                  s.usage().system() == null ? null : sizeOrNull(s.usage().system().suppliers())));

  /** Procurement procedure: {@code system.procurementProcedure}. */
  public static final TextFact PROCUREMENT_PROCEDURE =
      register(
          new TextFact(
              "system.procurementProcedure",
              Scope.USAGE,
              Text.of("Procédure d'achat", "Procurement procedure"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().procurement() == null
                      ? null
                      : s.usage().system().procurement().procedure()));

  /** Environmental criteria in the call for tenders: {@code system.environmentalCriteria}. */
  public static final BooleanFact ENVIRONMENTAL_CRITERIA =
      register(
          new BooleanFact(
              "system.environmentalCriteria",
              Scope.USAGE,
              Text.of(
                  "Critères environnementaux dans l'appel d'offres",
                  "Environmental criteria in the call for tenders"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().procurement() == null
                      ? null
                      : s.usage().system().procurement().environmentalCriteria()));

  /** Hosting mode: {@code system.hostingMode}. */
  public static final EnumFact<HostingMode> HOSTING_MODE =
      register(
          new EnumFact<>(
              "system.hostingMode",
              Scope.USAGE,
              HostingMode.class,
              Text.of("Mode d'hébergement", "Hosting mode"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().hosting() == null
                      ? null
                      : s.usage().system().hosting().mode()));

  /** Hosting region: {@code system.hostingRegion}. */
  public static final EnumFact<HostingRegion> HOSTING_REGION =
      register(
          new EnumFact<>(
              "system.hostingRegion",
              Scope.USAGE,
              HostingRegion.class,
              Text.of("Région d'hébergement", "Hosting region"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().hosting() == null
                      ? null
                      : s.usage().system().hosting().region()));

  /** SecNumCloud-qualified host: {@code system.secNumCloud}. */
  public static final BooleanFact SEC_NUM_CLOUD =
      register(
          new BooleanFact(
              "system.secNumCloud",
              Scope.USAGE,
              Text.of("Hébergeur qualifié SecNumCloud", "SecNumCloud-qualified host"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().hosting() == null
                      ? null
                      : s.usage().system().hosting().secNumCloud()));

  /** Address of the public source code: {@code system.publicSourceCode}. */
  public static final TextFact PUBLIC_SOURCE_CODE =
      register(
          new TextFact(
              "system.publicSourceCode",
              Scope.USAGE,
              Text.of("Adresse du code source public", "Address of the public source code"),
              (FactSubject s) ->
                  s.usage().system() == null || s.usage().system().publicSourceCode() == null
                      ? null
                      : s.usage().system().publicSourceCode().toString()));

  /** Role of the output: {@code decision.outputRole}. */
  public static final EnumFact<OutputRole> OUTPUT_ROLE =
      register(
          new EnumFact<>(
              "decision.outputRole",
              Scope.USAGE,
              OutputRole.class,
              Text.of("Rôle du résultat", "Role of the output"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().outputRole()));

  /** Individual decisions: {@code decision.concernsIndividuals}. */
  public static final BooleanFact CONCERNS_INDIVIDUALS =
      register(
          new BooleanFact(
              "decision.concernsIndividuals",
              Scope.USAGE,
              Text.of("Décisions individuelles", "Individual decisions"),
              (FactSubject s) ->
                  s.usage().decision() == null
                      ? null
                      : s.usage().decision().concernsIndividuals()));

  /** Decisions per year: {@code decision.decisionsPerYear}. */
  public static final NumberFact DECISIONS_PER_YEAR =
      register(
          new NumberFact(
              "decision.decisionsPerYear",
              Scope.USAGE,
              Text.of("Décisions par an", "Decisions per year"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().decisionsPerYear()));

  /** Human oversight level: {@code decision.oversightLevel}. */
  public static final EnumFact<OversightLevel> OVERSIGHT_LEVEL =
      register(
          new EnumFact<>(
              "decision.oversightLevel",
              Scope.USAGE,
              OversightLevel.class,
              Text.of("Niveau de supervision humaine", "Human oversight level"),
              (FactSubject s) -> oversight(s) == null ? null : oversight(s).level()));

  /** Description of human oversight: {@code decision.oversightDescription}. */
  public static final TextFact OVERSIGHT_DESCRIPTION =
      register(
          new TextFact(
              "decision.oversightDescription",
              Scope.USAGE,
              Text.of("Description de la supervision humaine", "Description of human oversight"),
              (FactSubject s) -> oversight(s) == null ? null : oversight(s).description()));

  /** Number of roles that may override: {@code decision.overrideRoleCount}. */
  public static final NumberFact OVERRIDE_ROLE_COUNT =
      register(
          new NumberFact(
              "decision.overrideRoleCount",
              Scope.USAGE,
              Text.of("Nombre de rôles pouvant passer outre", "Number of roles that may override"),
              (FactSubject s) ->
                  oversight(s) == null ? null : sizeOrNull(oversight(s).overrideRoles())));

  /** Overseers trained: {@code decision.overseersTrained}. */
  public static final BooleanFact OVERSEERS_TRAINED =
      register(
          new BooleanFact(
              "decision.overseersTrained",
              Scope.USAGE,
              Text.of("Superviseurs formés", "Overseers trained"),
              (FactSubject s) -> oversight(s) == null ? null : oversight(s).overseersTrained()));

  /** How to contest or get an explanation: {@code decision.contestation}. */
  public static final TextFact CONTESTATION =
      register(
          new TextFact(
              "decision.contestation",
              Scope.USAGE,
              Text.of("Voie de recours et d'explication", "How to contest or get an explanation"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().contestation()));

  /** Profiling of persons: {@code decision.profiling}. */
  public static final BooleanFact PROFILING =
      register(
          new BooleanFact(
              "decision.profiling",
              Scope.USAGE,
              Text.of("Profilage de personnes", "Profiling of persons"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().profiling()));

  /** Direct interaction with the public: {@code decision.interactsWithPublic}. */
  public static final BooleanFact INTERACTS_WITH_PUBLIC =
      register(
          new BooleanFact(
              "decision.interactsWithPublic",
              Scope.USAGE,
              Text.of("Interaction directe avec le public", "Direct interaction with the public"),
              (FactSubject s) ->
                  s.usage().decision() == null
                      ? null
                      : s.usage().decision().interactsWithPublic()));

  /** Generates content: {@code decision.generatesContent}. */
  public static final BooleanFact GENERATES_CONTENT =
      register(
          new BooleanFact(
              "decision.generatesContent",
              Scope.USAGE,
              Text.of("Génère des contenus", "Generates content"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().generatesContent()));

  /** Generated content marked: {@code decision.contentMarked}. */
  public static final BooleanFact CONTENT_MARKED =
      register(
          new BooleanFact(
              "decision.contentMarked",
              Scope.USAGE,
              Text.of("Contenus générés marqués", "Generated content marked"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().contentMarked()));

  /** Declared Annex III area: {@code aiAct.annexIiiArea}. */
  public static final EnumFact<AnnexIiiArea> ANNEX_III_AREA =
      register(
          new EnumFact<>(
              "aiAct.annexIiiArea",
              Scope.USAGE,
              AnnexIiiArea.class,
              Text.of("Domaine de l'annexe III déclaré", "Declared Annex III area"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().annexIiiArea()));

  /** Fundamental rights impact assessment reference: {@code aiAct.friaReference}. */
  public static final TextFact FRIA_REFERENCE =
      register(
          new TextFact(
              "aiAct.friaReference",
              Scope.USAGE,
              Text.of(
                  "Référence de l'analyse d'impact sur les droits fondamentaux",
                  "Fundamental rights impact assessment reference"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().friaReference()));

  /** EU database registration reference: {@code aiAct.registrationReference}. */
  public static final TextFact REGISTRATION_REFERENCE =
      register(
          new TextFact(
              "aiAct.registrationReference",
              Scope.USAGE,
              Text.of(
                  "Référence d'enregistrement dans la base de l'UE",
                  "EU database registration reference"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().registrationReference()));

  /** Risk tier from the classifier: {@code aiAct.tier}. */
  public static final EnumFact<AiActTier> AI_ACT_TIER =
      register(
          new EnumFact<>(
              "aiAct.tier",
              Scope.USAGE,
              AiActTier.class,
              Text.of("Niveau de risque selon le classificateur", "Risk tier from the classifier"),
              (FactSubject s) -> s.classification().tier()));

  /** Declared Annex III point and letter: {@code aiAct.annexIiiPoint}. */
  public static final EnumFact<eu.civicai.governance.usage.AnnexIiiPoint> ANNEX_III_POINT =
      register(
          new EnumFact<>(
              "aiAct.annexIiiPoint",
              Scope.USAGE,
              eu.civicai.governance.usage.AnnexIiiPoint.class,
              Text.of(
                  "Point et lettre de l'annexe III déclarés",
                  "Declared Annex III point and letter"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().annexIiiPoint()));

  /** The authority's role under the AI Act: {@code aiAct.role}. */
  public static final EnumFact<AiActRole> AI_ACT_ROLE =
      register(
          new EnumFact<>(
              "aiAct.role",
              Scope.USAGE,
              AiActRole.class,
              Text.of("Rôle de l'autorité (règlement IA)", "Authority's role (AI Act)"),
              (FactSubject s) -> s.usage().aiAct() == null ? null : s.usage().aiAct().role()));

  /** Used per the instructions for use (AI Act Art. 26(1)): {@code aiAct.usedPerInstructions}. */
  public static final BooleanFact USED_PER_INSTRUCTIONS =
      register(
          new BooleanFact(
              "aiAct.usedPerInstructions",
              Scope.USAGE,
              Text.of(
                  "Utilisé conformément à la notice (art. 26, § 1)",
                  "Used per the instructions for use (Art. 26(1))"),
              (FactSubject s) -> answer(s, AiActProfile::usedPerInstructions)));

  /** Input data checked (AI Act Art. 26(4)): {@code aiAct.inputDataChecked}. */
  public static final BooleanFact INPUT_DATA_CHECKED =
      register(
          new BooleanFact(
              "aiAct.inputDataChecked",
              Scope.USAGE,
              Text.of(
                  "Données d'entrée vérifiées (art. 26, § 4)", "Input data checked (Art. 26(4))"),
              (FactSubject s) -> answer(s, AiActProfile::inputDataChecked)));

  /** Operation monitored (AI Act Art. 26(5)): {@code aiAct.operationMonitored}. */
  public static final BooleanFact OPERATION_MONITORED =
      register(
          new BooleanFact(
              "aiAct.operationMonitored",
              Scope.USAGE,
              Text.of(
                  "Fonctionnement surveillé (art. 26, § 5)", "Operation monitored (Art. 26(5))"),
              (FactSubject s) -> answer(s, AiActProfile::operationMonitored)));

  /** Months the logs are kept (AI Act Art. 26(6)): {@code aiAct.logRetentionMonths}. */
  public static final NumberFact LOG_RETENTION_MONTHS =
      register(
          new NumberFact(
              "aiAct.logRetentionMonths",
              Scope.USAGE,
              Text.of(
                  "Durée de conservation des journaux, en mois (art. 26, § 6)",
                  "Months the logs are kept (Art. 26(6))"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().logRetentionMonths()));

  /**
   * Provider's registration checked (AI Act Art. 26(8)): {@code aiAct.providerRegistrationChecked}.
   */
  public static final BooleanFact PROVIDER_REGISTRATION_CHECKED =
      register(
          new BooleanFact(
              "aiAct.providerRegistrationChecked",
              Scope.USAGE,
              Text.of(
                  "Enregistrement du système par le fournisseur vérifié (art. 26, § 8)",
                  "Provider's registration of the system checked (Art. 26(8))"),
              (FactSubject s) -> answer(s, AiActProfile::providerRegistrationChecked)));

  private static final Map<Obligation, BooleanFact> AI_ACT_DUTIES = aiActDuties();

  /**
   * Returns the fact {@code aiAct.duty.<OBLIGATION>}: true when the classifier finds that the
   * obligation binds the authority on the evaluation date, false when it does not (not found, or
   * applying only from a later date), unknown when it depends on open questions.
   *
   * @param obligation the obligation
   * @return the fact
   * @throws eu.civicai.governance.InvalidInputException when the obligation is null
   */
  public static BooleanFact aiActDuty(Obligation obligation) {
    return AI_ACT_DUTIES.get(
        eu.civicai.governance.internal.Check.notNull("obligation", obligation));
  }

  private static Map<Obligation, BooleanFact> aiActDuties() {
    Map<Obligation, BooleanFact> facts = new java.util.EnumMap<>(Obligation.class);
    for (Obligation o : Obligation.values()) {
      String articles = String.join(", ", o.articles());
      facts.put(
          o,
          register(
              new BooleanFact(
                  "aiAct.duty." + o.name(),
                  Scope.USAGE,
                  Text.of(
                      "Obligation du règlement IA applicable à la date ("
                          + eu.civicai.governance.aiact.Citations.render(
                              o.articles(), java.util.Locale.FRENCH)
                          + ")",
                      "AI Act obligation binding on the date (" + articles + ")"),
                  (FactSubject s) -> dutyTruth(s, o))));
    }
    return java.util.Collections.unmodifiableMap(facts);
  }

  private static Boolean dutyTruth(FactSubject s, Obligation o) {
    Optional<Duty> duty = s.classification().duty(o);
    if (duty.isEmpty()) {
      return Boolean.FALSE;
    }
    return switch (duty.get().status()) {
      case APPLIES -> Boolean.TRUE;
      case NOT_YET_APPLICABLE -> Boolean.FALSE;
      case DEPENDS_ON_ANSWERS -> null;
    };
  }

  private static Boolean answer(
      FactSubject s, java.util.function.Function<AiActProfile, Answer> field) {
    return s.usage().aiAct() == null ? null : Answer.truth(field.apply(s.usage().aiAct()));
  }

  /** Datasets used (resolved in the register): {@code data.datasets}. */
  public static final ListFact DATASETS =
      register(
          new ListFact(
              "data.datasets",
              Scope.DATASET,
              Text.of(
                  "Jeux de données utilisés (résolus dans le registre) ; « tous » et « aucun » sont"
                      + " inconnus quand aucun n'est listé ou qu'une référence est introuvable",
                  "Datasets used (resolved in the register); `all` and `none` are unknown when none"
                      + " is listed or a reference does not resolve"),
              (FactSubject s) -> s.datasets(),
              "data.datasetsComplete"));

  /** Dataset references that do not resolve: {@code data.unresolvedReferences}. */
  public static final NumberFact UNRESOLVED_DATASETS =
      register(
          new NumberFact(
              "data.unresolvedReferences",
              Scope.USAGE,
              Text.of(
                  "Références de jeux de données introuvables",
                  "Dataset references that do not resolve"),
              (FactSubject s) -> s.usage().dataUse() == null ? null : s.unresolved()));

  /** Link to the record of processing (GDPR Art. 30): {@code data.processingRecord}. */
  public static final TextFact PROCESSING_RECORD =
      register(
          new TextFact(
              "data.processingRecord",
              Scope.USAGE,
              Text.of(
                  "Lien vers le registre des traitements (RGPD art. 30)",
                  "Link to the record of processing (GDPR Art. 30)"),
              (FactSubject s) ->
                  s.usage().dataUse() == null ? null : s.usage().dataUse().processingRecord()));

  /** Data protection impact assessment status: {@code data.dpia}. */
  public static final EnumFact<DpiaStatus> DPIA =
      register(
          new EnumFact<>(
              "data.dpia",
              Scope.USAGE,
              DpiaStatus.class,
              Text.of(
                  "Statut de l'analyse d'impact (AIPD)",
                  "Data protection impact assessment status"),
              (FactSubject s) -> s.usage().dataUse() == null ? null : s.usage().dataUse().dpia()));

  /** Data sources declared for the usage: {@code data.sources}. */
  public static final EnumSetFact<DataSource> DATA_SOURCES =
      register(
          new EnumSetFact<>(
              "data.sources",
              Scope.USAGE,
              DataSource.class,
              Text.of(
                  "Sources de données déclarées pour l'usage",
                  "Data sources declared for the usage"),
              (FactSubject s) ->
                  s.usage().dataUse() == null || s.usage().dataUse().sources().isEmpty()
                      ? null
                      : s.usage().dataUse().sources()));

  /** Collection modes declared for the usage: {@code data.collectionModes}. */
  public static final EnumSetFact<CollectionMode> COLLECTION_MODES =
      register(
          new EnumSetFact<>(
              "data.collectionModes",
              Scope.USAGE,
              CollectionMode.class,
              Text.of(
                  "Modes de collecte déclarés pour l'usage",
                  "Collection modes declared for the usage"),
              (FactSubject s) ->
                  s.usage().dataUse() == null || s.usage().dataUse().collectionModes().isEmpty()
                      ? null
                      : s.usage().dataUse().collectionModes()));

  /** Personal data used: {@code data.personalDataUsed}. */
  public static final BooleanFact PERSONAL_DATA_USED =
      register(
          new BooleanFact(
              "data.personalDataUsed",
              Scope.USAGE,
              Text.of(
                  "Données personnelles utilisées (inconnu sans jeu de données listé ou quand une"
                      + " référence est introuvable)",
                  "Personal data used (unknown when no dataset is listed or a reference does not"
                      + " resolve)"),
              (FactSubject s) -> anyDataset(s, Dataset::isPersonal)));

  /** Special categories or offences: {@code data.specialCategoriesUsed}. */
  public static final BooleanFact SPECIAL_CATEGORIES_USED =
      register(
          new BooleanFact(
              "data.specialCategoriesUsed",
              Scope.USAGE,
              Text.of("Catégories particulières ou infractions", "Special categories or offences"),
              (FactSubject s) ->
                  anyDataset(
                      s,
                      d ->
                          d.personalData() == PersonalDataLevel.SPECIAL_CATEGORIES
                              || d.personalData() == PersonalDataLevel.OFFENCES)));

  /** Identified risks: {@code risks}. */
  public static final ListFact RISKS =
      register(
          new ListFact(
              "risks",
              Scope.RISK,
              Text.of("Risques identifiés", "Identified risks"),
              (FactSubject s) -> emptyToNull(s.usage().risks())));

  /** Effects on agents\' work: {@code impacts.onAgents}. */
  public static final TextFact IMPACT_ON_AGENTS =
      register(
          new TextFact(
              "impacts.onAgents",
              Scope.USAGE,
              Text.of("Effets sur le travail des agents", "Effects on agents\' work"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().onAgents()));

  /** Agents consulted on the effects: {@code impacts.agentsConsulted}. */
  public static final BooleanFact AGENTS_CONSULTED =
      register(
          new BooleanFact(
              "impacts.agentsConsulted",
              Scope.USAGE,
              Text.of("Agents consultés sur les effets", "Agents consulted on the effects"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().agentsConsulted()));

  /** Effects on citizens: {@code impacts.onCitizens}. */
  public static final TextFact IMPACT_ON_CITIZENS =
      register(
          new TextFact(
              "impacts.onCitizens",
              Scope.USAGE,
              Text.of("Effets sur les citoyens", "Effects on citizens"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().onCitizens()));

  /** Effects on the environment: {@code impacts.onEnvironment}. */
  public static final TextFact IMPACT_ON_ENVIRONMENT =
      register(
          new TextFact(
              "impacts.onEnvironment",
              Scope.USAGE,
              Text.of("Effets sur l'environnement", "Effects on the environment"),
              (FactSubject s) ->
                  s.usage().impacts() == null ? null : s.usage().impacts().onEnvironment()));

  /** Energy or carbon footprint known: {@code footprint.known}. */
  public static final BooleanFact FOOTPRINT_KNOWN =
      register(
          new BooleanFact(
              "footprint.known",
              Scope.USAGE,
              Text.of(
                  "Empreinte énergétique ou carbone connue", "Energy or carbon footprint known"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().isKnown()));

  /** Footprint measured or estimated: {@code footprint.basis}. */
  public static final EnumFact<EstimationBasis> FOOTPRINT_BASIS =
      register(
          new EnumFact<>(
              "footprint.basis",
              Scope.USAGE,
              EstimationBasis.class,
              Text.of("Empreinte mesurée ou estimée", "Footprint measured or estimated"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().basis()));

  /** Measuring or estimation method: {@code footprint.method}. */
  public static final TextFact FOOTPRINT_METHOD =
      register(
          new TextFact(
              "footprint.method",
              Scope.USAGE,
              Text.of("Méthode de mesure ou d'estimation", "Measuring or estimation method"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().method()));

  /** Hardware used: {@code footprint.hardware}. */
  public static final TextFact HARDWARE =
      register(
          new TextFact(
              "footprint.hardware",
              Scope.USAGE,
              Text.of("Matériel utilisé", "Hardware used"),
              (FactSubject s) ->
                  s.usage().footprint() == null ? null : s.usage().footprint().hardware()));

  /** Inference energy per year (kWh): {@code footprint.inferenceEnergyKwhPerYear}. */
  public static final NumberFact INFERENCE_ENERGY_KWH =
      register(
          new NumberFact(
              "footprint.inferenceEnergyKwhPerYear",
              Scope.USAGE,
              Text.of("Énergie d'inférence par an (kWh)", "Inference energy per year (kWh)"),
              (FactSubject s) ->
                  s.usage().footprint() == null
                          || s.usage().footprint().inferenceEnergyPerYear() == null
                      ? null
                      : s.usage().footprint().inferenceEnergyPerYear().to(Unit.KWH).value()));

  /** Training energy (kWh): {@code footprint.trainingEnergyKwh}. */
  public static final NumberFact TRAINING_ENERGY_KWH =
      register(
          new NumberFact(
              "footprint.trainingEnergyKwh",
              Scope.USAGE,
              Text.of("Énergie d'entraînement (kWh)", "Training energy (kWh)"),
              (FactSubject s) ->
                  s.usage().footprint() == null || s.usage().footprint().trainingEnergy() == null
                      ? null
                      : s.usage().footprint().trainingEnergy().to(Unit.KWH).value()));

  /** Emissions per year (kgCO2e): {@code footprint.carbonKgPerYear}. */
  public static final NumberFact CARBON_KG_PER_YEAR =
      register(
          new NumberFact(
              "footprint.carbonKgPerYear",
              Scope.USAGE,
              Text.of("Émissions par an (kgCO2e)", "Emissions per year (kgCO2e)"),
              (FactSubject s) ->
                  s.usage().footprint() == null || s.usage().footprint().carbonPerYear() == null
                      ? null
                      : s.usage().footprint().carbonPerYear().to(Unit.KG_CO2E).value()));

  /** Number of frugality practices: {@code footprint.practiceCount}. */
  public static final NumberFact FRUGALITY_PRACTICE_COUNT =
      register(
          new NumberFact(
              "footprint.practiceCount",
              Scope.USAGE,
              Text.of("Nombre de pratiques de frugalité", "Number of frugality practices"),
              (FactSubject s) ->
                  s.usage().footprint() == null
                      ? null
                      : sizeOrNull(s.usage().footprint().frugalityPractices())));

  /** Benefit indicators: {@code benefits}. */
  public static final ListFact BENEFITS =
      register(
          new ListFact(
              "benefits",
              Scope.BENEFIT,
              Text.of("Indicateurs de bénéfices", "Benefit indicators"),
              (FactSubject s) -> emptyToNull(s.usage().benefits())));

  /** Decisions of governing bodies: {@code governance.decisionCount}. */
  public static final NumberFact DECISION_COUNT =
      register(
          new NumberFact(
              "governance.decisionCount",
              Scope.USAGE,
              Text.of("Décisions des instances", "Decisions of governing bodies"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : sizeOrNull(s.usage().governance().decisions())));

  /** Consultations of agents or their representatives: {@code governance.agentConsultations}. */
  public static final NumberFact AGENT_CONSULTATIONS =
      register(
          new NumberFact(
              "governance.agentConsultations",
              Scope.USAGE,
              Text.of(
                  "Consultations des agents ou de leurs représentants",
                  "Consultations of agents or their representatives"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : count(
                          s.usage().governance().consultations(),
                          Consultation::stakeholder,
                          Stakeholder.AGENTS,
                          Stakeholder.STAFF_REPRESENTATIVES)));

  /** Consultations of citizens: {@code governance.citizenConsultations}. */
  public static final NumberFact CITIZEN_CONSULTATIONS =
      register(
          new NumberFact(
              "governance.citizenConsultations",
              Scope.USAGE,
              Text.of("Consultations des citoyens", "Consultations of citizens"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : count(
                          s.usage().governance().consultations(),
                          Consultation::stakeholder,
                          Stakeholder.CITIZENS)));

  /** Trainings of agents: {@code governance.agentTrainings}. */
  public static final NumberFact AGENT_TRAININGS =
      register(
          new NumberFact(
              "governance.agentTrainings",
              Scope.USAGE,
              Text.of("Formations des agents", "Trainings of agents"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : count(
                          s.usage().governance().trainings(),
                          Training::audience,
                          Stakeholder.AGENTS)));

  /** Watch committee: {@code governance.watchCommittee}. */
  public static final TextFact WATCH_COMMITTEE =
      register(
          new TextFact(
              "governance.watchCommittee",
              Scope.USAGE,
              Text.of("Comité de veille", "Watch committee"),
              (FactSubject s) ->
                  s.usage().governance() == null ? null : s.usage().governance().watchCommittee()));

  /** Latest review held: {@code governance.latestReview}. */
  public static final DateFact LATEST_REVIEW =
      register(
          new DateFact(
              "governance.latestReview",
              Scope.USAGE,
              Text.of("Dernière revue tenue", "Latest review held"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : s.usage().governance().reviewDates().stream()
                          .filter(d -> !d.isAfter(s.evaluationDate()))
                          .max(LocalDate::compareTo)
                          .orElse(null)));

  /** Next review planned: {@code governance.nextReview}. */
  public static final DateFact NEXT_REVIEW =
      register(
          new DateFact(
              "governance.nextReview",
              Scope.USAGE,
              Text.of("Prochaine revue prévue", "Next review planned"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : s.usage().governance().reviewDates().stream()
                          .filter(d -> d.isAfter(s.evaluationDate()))
                          .min(LocalDate::compareTo)
                          .orElse(null)));

  /** Record published: {@code transparency.published}. */
  public static final BooleanFact PUBLISHED =
      register(
          new BooleanFact(
              "transparency.published",
              Scope.USAGE,
              Text.of("Fiche publiée", "Record published"),
              (FactSubject s) ->
                  s.usage().transparency() == null ? null : s.usage().transparency().published()));

  /** Publication address: {@code transparency.publicationUrl}. */
  public static final TextFact PUBLICATION_URL =
      register(
          new TextFact(
              "transparency.publicationUrl",
              Scope.USAGE,
              Text.of("Adresse de publication", "Publication address"),
              (FactSubject s) ->
                  s.usage().transparency() == null
                          || s.usage().transparency().publicationUrl() == null
                      ? null
                      : s.usage().transparency().publicationUrl().toString()));

  /** Notice to citizens: {@code transparency.citizenNotice}. */
  public static final TextFact CITIZEN_NOTICE =
      register(
          new TextFact(
              "transparency.citizenNotice",
              Scope.USAGE,
              Text.of("Information des citoyens", "Notice to citizens"),
              (FactSubject s) ->
                  s.usage().transparency() == null
                      ? null
                      : s.usage().transparency().citizenNotice()));

  /** Explicit mention (CRPA L311-3-1): {@code transparency.explicitMention}. */
  public static final TextFact EXPLICIT_MENTION =
      register(
          new TextFact(
              "transparency.explicitMention",
              Scope.USAGE,
              Text.of("Mention explicite (CRPA L311-3-1)", "Explicit mention (CRPA L311-3-1)"),
              (FactSubject s) ->
                  s.usage().transparency() == null
                      ? null
                      : s.usage().transparency().explicitMention()));

  /** Illustration: {@code transparency.imageUrl}. */
  public static final TextFact IMAGE_URL =
      register(
          new TextFact(
              "transparency.imageUrl",
              Scope.USAGE,
              Text.of("Illustration", "Illustration"),
              (FactSubject s) ->
                  s.usage().transparency() == null || s.usage().transparency().imageUrl() == null
                      ? null
                      : s.usage().transparency().imageUrl().toString()));

  /** Number of funders: {@code funding.funderCount}. */
  public static final NumberFact FUNDER_COUNT =
      register(
          new NumberFact(
              "funding.funderCount",
              Scope.USAGE,
              Text.of("Nombre de financeurs", "Number of funders"),
              (FactSubject s) ->
                  s.usage().funding() == null ? null : sizeOrNull(s.usage().funding().funders())));

  /** Language of the record: {@code metadata.language}. */
  public static final TextFact LANGUAGE =
      register(
          new TextFact(
              "metadata.language",
              Scope.USAGE,
              Text.of("Langue de la fiche", "Language of the record"),
              (FactSubject s) -> s.usage().metadata().language()));

  /** Date of update: {@code metadata.updatedOn}. */
  public static final DateFact UPDATED_ON =
      register(
          new DateFact(
              "metadata.updatedOn",
              Scope.USAGE,
              Text.of("Date de mise à jour", "Date of update"),
              (FactSubject s) ->
                  s.usage().metadata().updatedAt() == null
                      ? null
                      : LocalDate.ofInstant(s.usage().metadata().updatedAt(), s.zone())));

  /** Datasets past their retention deadline: {@code ledger.overdueDatasets}. */
  public static final NumberFact OVERDUE_DATASETS =
      register(
          new NumberFact(
              "ledger.overdueDatasets",
              Scope.USAGE,
              Text.of(
                  "Jeux de données à échéance de conservation dépassée",
                  "Datasets past their retention deadline"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().overdue()));

  /** Uses for an undeclared purpose: {@code ledger.undeclaredPurposeUses}. */
  public static final NumberFact UNDECLARED_PURPOSE_USES =
      register(
          new NumberFact(
              "ledger.undeclaredPurposeUses",
              Scope.USAGE,
              Text.of(
                  "Utilisations pour une finalité non déclarée", "Uses for an undeclared purpose"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().undeclaredPurposeUses()));

  /**
   * Sharings of personal data outside the EU without safeguard: {@code
   * ledger.personalDataOutsideEu}.
   */
  public static final NumberFact PERSONAL_DATA_OUTSIDE_EU =
      register(
          new NumberFact(
              "ledger.personalDataOutsideEu",
              Scope.USAGE,
              Text.of(
                  "Partages de données personnelles hors UE sans garantie",
                  "Sharings of personal data outside the EU without safeguard"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().personalDataOutsideEu()));

  /** Data breaches detected: {@code ledger.breaches}. */
  public static final NumberFact BREACHES =
      register(
          new NumberFact(
              "ledger.breaches",
              Scope.USAGE,
              Text.of("Violations de données détectées", "Data breaches detected"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().breaches()));

  /** Holds personal data: {@code dataset.personal}. */
  public static final BooleanFact DATASET_PERSONAL =
      register(
          new BooleanFact(
              "dataset.personal",
              Scope.DATASET,
              Text.of("Contient des données personnelles", "Holds personal data"),
              (Dataset d) -> d.isPersonal()));

  /** Personal data level: {@code dataset.personalData}. */
  public static final EnumFact<PersonalDataLevel> DATASET_PERSONAL_DATA =
      register(
          new EnumFact<>(
              "dataset.personalData",
              Scope.DATASET,
              PersonalDataLevel.class,
              Text.of("Niveau de données personnelles", "Personal data level"),
              (Dataset d) -> d.personalData()));

  /** Legal basis (GDPR Art. 6): {@code dataset.legalBasis}. */
  public static final EnumFact<LegalBasis> DATASET_LEGAL_BASIS =
      register(
          new EnumFact<>(
              "dataset.legalBasis",
              Scope.DATASET,
              LegalBasis.class,
              Text.of("Base légale (RGPD art. 6)", "Legal basis (GDPR Art. 6)"),
              (Dataset d) -> d.legalBasis()));

  /** Retention set: {@code dataset.retentionSet}. */
  public static final BooleanFact DATASET_RETENTION_SET =
      register(
          new BooleanFact(
              "dataset.retentionSet",
              Scope.DATASET,
              Text.of("Durée de conservation fixée", "Retention set"),
              (Dataset d) -> d.retention() != null));

  /** Data source: {@code dataset.source}. */
  public static final EnumFact<DataSource> DATASET_SOURCE =
      register(
          new EnumFact<>(
              "dataset.source",
              Scope.DATASET,
              DataSource.class,
              Text.of("Source des données", "Data source"),
              (Dataset d) -> d.source()));

  /** Collection mode: {@code dataset.collectionMode}. */
  public static final EnumFact<CollectionMode> DATASET_COLLECTION_MODE =
      register(
          new EnumFact<>(
              "dataset.collectionMode",
              Scope.DATASET,
              CollectionMode.class,
              Text.of("Mode de collecte", "Collection mode"),
              (Dataset d) -> d.collectionMode()));

  /** Storage region: {@code dataset.storageRegion}. */
  public static final EnumFact<HostingRegion> DATASET_STORAGE_REGION =
      register(
          new EnumFact<>(
              "dataset.storageRegion",
              Scope.DATASET,
              HostingRegion.class,
              Text.of("Région de stockage", "Storage region"),
              (Dataset d) -> d.storageRegion()));

  /** Every transfer outside the EU has a safeguard: {@code dataset.transfersSafeguarded}. */
  public static final BooleanFact DATASET_TRANSFERS_SAFEGUARDED =
      register(
          new BooleanFact(
              "dataset.transfersSafeguarded",
              Scope.DATASET,
              Text.of(
                  "Tout transfert hors UE a une garantie",
                  "Every transfer outside the EU has a safeguard"),
              (Dataset d) -> d.transfers().stream().allMatch(Transfer::hasSafeguard)));

  /** Number of declared purposes: {@code dataset.purposeCount}. */
  public static final NumberFact DATASET_PURPOSE_COUNT =
      register(
          new NumberFact(
              "dataset.purposeCount",
              Scope.DATASET,
              Text.of("Nombre de finalités déclarées", "Number of declared purposes"),
              (Dataset d) -> d.purposes().size()));

  /** Risk category: {@code risk.category}. */
  public static final EnumFact<RiskCategory> RISK_CATEGORY =
      register(
          new EnumFact<>(
              "risk.category",
              Scope.RISK,
              RiskCategory.class,
              Text.of("Catégorie du risque", "Risk category"),
              (Risk r) -> r.category()));

  /** Severity (1 to 4): {@code risk.severity}. */
  public static final NumberFact RISK_SEVERITY =
      register(
          new NumberFact(
              "risk.severity",
              Scope.RISK,
              Text.of("Gravité (1 à 4)", "Severity (1 to 4)"),
              (Risk r) -> r.severity()));

  /** Likelihood (1 to 4): {@code risk.likelihood}. */
  public static final NumberFact RISK_LIKELIHOOD =
      register(
          new NumberFact(
              "risk.likelihood",
              Scope.RISK,
              Text.of("Vraisemblance (1 à 4)", "Likelihood (1 to 4)"),
              (Risk r) -> r.likelihood()));

  /** Number of mitigations: {@code risk.mitigationCount}. */
  public static final NumberFact RISK_MITIGATION_COUNT =
      register(
          new NumberFact(
              "risk.mitigationCount",
              Scope.RISK,
              Text.of("Nombre de mesures d'atténuation", "Number of mitigations"),
              (Risk r) -> r.mitigations().size()));

  /** Residual severity (1 to 4): {@code risk.residualSeverity}. */
  public static final NumberFact RISK_RESIDUAL_SEVERITY =
      register(
          new NumberFact(
              "risk.residualSeverity",
              Scope.RISK,
              Text.of("Gravité résiduelle (1 à 4)", "Residual severity (1 to 4)"),
              (Risk r) -> r.residualSeverity()));

  /** Baseline known: {@code benefit.baselineKnown}. */
  public static final BooleanFact BENEFIT_BASELINE_KNOWN =
      register(
          new BooleanFact(
              "benefit.baselineKnown",
              Scope.BENEFIT,
              Text.of("Valeur de référence connue", "Baseline known"),
              (BenefitIndicator b) -> b.baseline() != null));

  /** Target known: {@code benefit.targetKnown}. */
  public static final BooleanFact BENEFIT_TARGET_KNOWN =
      register(
          new BooleanFact(
              "benefit.targetKnown",
              Scope.BENEFIT,
              Text.of("Cible connue", "Target known"),
              (BenefitIndicator b) -> b.target() != null));

  /** Measured value known: {@code benefit.measuredKnown}. */
  public static final BooleanFact BENEFIT_MEASURED_KNOWN =
      register(
          new BooleanFact(
              "benefit.measuredKnown",
              Scope.BENEFIT,
              Text.of("Valeur mesurée connue", "Measured value known"),
              (BenefitIndicator b) -> b.measured() != null));

  /** Why the alternative was not chosen: {@code alternative.whyNotChosen}. */
  public static final TextFact ALTERNATIVE_WHY_NOT =
      register(
          new TextFact(
              "alternative.whyNotChosen",
              Scope.ALTERNATIVE,
              Text.of(
                  "Pourquoi l'alternative n'a pas été retenue",
                  "Why the alternative was not chosen"),
              (Alternative a) -> a.whyNotChosen()));

  /** Open weights: {@code model.openWeights}. */
  public static final BooleanFact MODEL_OPEN_WEIGHTS =
      register(
          new BooleanFact(
              "model.openWeights",
              Scope.MODEL,
              Text.of("Poids ouverts", "Open weights"),
              (AiModel m) -> m.openWeights()));

  /** Model provider: {@code model.provider}. */
  public static final TextFact MODEL_PROVIDER =
      register(
          new TextFact(
              "model.provider",
              Scope.MODEL,
              Text.of("Fournisseur du modèle", "Model provider"),
              (AiModel m) -> m.provider()));

  /** Model version: {@code model.version}. */
  public static final TextFact MODEL_VERSION =
      register(
          new TextFact(
              "model.version",
              Scope.MODEL,
              Text.of("Version du modèle", "Model version"),
              (AiModel m) -> m.version()));

  // --- Facts added for issue 15 (honest verdicts): fields nothing read, and the AI Act tier read
  // --- as three-valued. Kept together, apart from the AI Act facts, to ease merging.

  /**
   * The AI Act tier is PROHIBITED (true), another determined tier (false), or UNDETERMINED
   * (unknown: a prohibited practice is not excluded): {@code aiAct.tierProhibited}.
   */
  public static final BooleanFact AI_ACT_TIER_PROHIBITED =
      register(
          new BooleanFact(
              "aiAct.tierProhibited",
              Scope.USAGE,
              Text.of(
                  "Pratique interdite selon le classificateur (inconnu si le niveau est"
                      + " indéterminé)",
                  "Prohibited practice according to the classifier (unknown when the tier is"
                      + " undetermined)"),
              (FactSubject s) -> tierIs(s, AiActTier.PROHIBITED)));

  /**
   * The record declares an Art. 5 practice (true), has screened every practice out (false), or
   * leaves some unscreened (unknown): {@code aiAct.prohibitedPracticeDeclared}. Read from the
   * screening itself, not from the tier: a territorial charter refuses social scoring whether or
   * not the Act applies to the tool (the tier stays undetermined until Art. 2 and Art. 3(1) are
   * answered). Real-time remote biometric identification counts unless one of the Art. 5(1)(h)
   * objectives is invoked.
   */
  public static final BooleanFact PROHIBITED_PRACTICE_DECLARED =
      register(
          new BooleanFact(
              "aiAct.prohibitedPracticeDeclared",
              Scope.USAGE,
              Text.of(
                  "Une pratique de l'article 5 du règlement IA est déclarée (inconnu si le"
                      + " criblage est incomplet)",
                  "An Art. 5 AI Act practice is declared (unknown when the screening is"
                      + " incomplete)"),
              (FactSubject s) -> prohibitedPracticeDeclared(s.usage())));

  /**
   * The AI Act tier is HIGH_RISK (true), another determined tier (false), or UNDETERMINED (unknown:
   * the high-risk obligations may apply): {@code aiAct.tierHighRisk}.
   */
  public static final BooleanFact AI_ACT_TIER_HIGH_RISK =
      register(
          new BooleanFact(
              "aiAct.tierHighRisk",
              Scope.USAGE,
              Text.of(
                  "Haut risque selon le classificateur (inconnu si le niveau est indéterminé)",
                  "High-risk according to the classifier (unknown when the tier is"
                      + " undetermined)"),
              (FactSubject s) -> tierIs(s, AiActTier.HIGH_RISK)));

  /**
   * The datasets of the usage are all listed and found in the register (true), or not (false: none
   * is listed, or a reference does not resolve; no dataset listed is not "no data", since no field
   * says that a usage uses none); unknown without a data-use part: {@code data.datasetsComplete}.
   */
  public static final BooleanFact DATASETS_COMPLETE =
      register(
          new BooleanFact(
              "data.datasetsComplete",
              Scope.USAGE,
              Text.of(
                  "Les jeux de données de l'usage sont tous listés et trouvés dans le registre",
                  "The usage's datasets are all listed and found in the register"),
              (FactSubject s) ->
                  s.datasets() == null ? null : !s.datasets().isEmpty() && s.unresolved() == 0));

  /** Persons affected a year: {@code decision.affectedPersons}. */
  public static final NumberFact AFFECTED_PERSONS =
      register(
          new NumberFact(
              "decision.affectedPersons",
              Scope.USAGE,
              Text.of("Personnes concernées par an", "Persons affected a year"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().affectedPersons()));

  /**
   * Number of vulnerable groups among the persons affected (zero when the decision part lists none;
   * unknown without a decision part): {@code decision.vulnerableGroupCount}.
   */
  public static final NumberFact VULNERABLE_GROUP_COUNT =
      register(
          new NumberFact(
              "decision.vulnerableGroupCount",
              Scope.USAGE,
              Text.of(
                  "Nombre de groupes vulnérables parmi les personnes concernées",
                  "Number of vulnerable groups among the persons affected"),
              (FactSubject s) ->
                  s.usage().decision() == null
                      ? null
                      : s.usage().decision().vulnerableGroups().size()));

  /**
   * Consultations held (agents, citizens…), empty when the governance part lists none: {@code
   * governance.consultations}.
   */
  public static final ListFact CONSULTATIONS =
      register(
          new ListFact(
              "governance.consultations",
              Scope.CONSULTATION,
              Text.of("Consultations menées", "Consultations held"),
              (FactSubject s) ->
                  s.usage().governance() == null ? null : s.usage().governance().consultations()));

  /** Who was consulted: {@code consultation.stakeholder}. */
  public static final EnumFact<Stakeholder> CONSULTATION_STAKEHOLDER =
      register(
          new EnumFact<>(
              "consultation.stakeholder",
              Scope.CONSULTATION,
              Stakeholder.class,
              Text.of("Personnes consultées", "Who was consulted"),
              (Consultation c) -> c.stakeholder()));

  /** How many took part: {@code consultation.participants}. */
  public static final NumberFact CONSULTATION_PARTICIPANTS =
      register(
          new NumberFact(
              "consultation.participants",
              Scope.CONSULTATION,
              Text.of("Nombre de participants", "How many took part"),
              (Consultation c) -> c.participants()));

  /** Date of the consultation: {@code consultation.date}. */
  public static final DateFact CONSULTATION_DATE =
      register(
          new DateFact(
              "consultation.date",
              Scope.CONSULTATION,
              Text.of("Date de la consultation", "Date of the consultation"),
              (Consultation c) -> c.date()));

  /**
   * Identified risks to agents' working conditions (unknown when no risk is listed): {@code
   * risks.workingConditions}.
   */
  public static final NumberFact WORKING_CONDITIONS_RISKS =
      register(
          new NumberFact(
              "risks.workingConditions",
              Scope.USAGE,
              Text.of(
                  "Risques identifiés pour les conditions de travail des agents",
                  "Identified risks to agents' working conditions"),
              (FactSubject s) ->
                  s.usage().risks().isEmpty()
                      ? null
                      : s.usage().risks().stream()
                          .filter(r -> r.category() == RiskCategory.WORKING_CONDITIONS)
                          .count()));

  // --- End of the facts added for issue 15.

  /** Returns every fact, in the documented order. */
  public static List<Fact> vocabulary() {
    return List.copyOf(VOCABULARY.values());
  }

  /** Returns the fact with this name, if any. */
  public static Optional<Fact> find(String name) {
    return Optional.ofNullable(VOCABULARY.get(name));
  }

  /**
   * Returns the vocabulary as a Markdown document: {@code docs/facts.md} is this text.
   *
   * @return the document
   */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Facts\n\n")
        .append(
            "The vocabulary charters are written in, generated from `eu.civicai.governance.charter.Facts`\n")
        .append(
            "(a test keeps this file in sync). A fact of scope `USAGE` is read from the usage; the other\n")
        .append(
            "scopes are the elements of a list fact, used inside `all`, `any` and `none`. An absent value\n")
        .append("is unknown: comparisons on it are unknown, and `known` is false.\n\n")
        .append("| name | type | scope | values | description | description (fr) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Fact fact : VOCABULARY.values()) {
      String values = "";
      if (fact.enumType() != null) {
        values =
            String.join(
                ", ", Arrays.stream(fact.enumType().getEnumConstants()).map(Enum::name).toList());
      } else if (fact.elementScope() != null) {
        values = "elements: " + fact.elementScope();
      }
      out.append("| `")
          .append(fact.name())
          .append("` | ")
          .append(fact.type())
          .append(" | ")
          .append(fact.scope())
          .append(" | ")
          .append(values)
          .append(" | ")
          .append(fact.description().en())
          .append(" | ")
          .append(fact.description().fr())
          .append(" |\n");
    }
    return out.toString();
  }

  private static <F extends Fact> F register(F fact) {
    if (VOCABULARY.putIfAbsent(fact.name(), fact) != null) {
      throw new IllegalStateException("duplicate fact " + fact.name());
    }
    return fact;
  }

  /** A list the record leaves empty is not documented: its size is unknown, not zero. */
  private static Integer sizeOrNull(List<?> list) {
    return list.isEmpty() ? null : list.size();
  }

  /**
   * Whether a dataset of the usage has a property: true when a listed one has it; unknown when none
   * is listed, when the data-use part is absent or when a reference does not resolve (an unlisted
   * or unresolved dataset may have it); false only when every dataset is listed and none has it.
   */
  private static Boolean anyDataset(FactSubject s, java.util.function.Predicate<Dataset> property) {
    List<Dataset> datasets = s.datasets();
    if (datasets == null) {
      return null;
    }
    for (int i = 0; i < datasets.size(); i++) {
      if (property.test(datasets.get(i))) {
        return Boolean.TRUE;
      }
    }
    return datasets.isEmpty() || s.unresolved() > 0 ? null : Boolean.FALSE;
  }

  private static <T> List<T> emptyToNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  private static Boolean prohibitedPracticeDeclared(AiUsage usage) {
    AiActProfile profile = usage.aiAct();
    if (profile == null) {
      return null;
    }
    boolean unscreened = false;
    for (ProhibitedPractice practice : ProhibitedPractice.values()) {
      Boolean answer = profile.prohibitedPractices().get(practice);
      if (answer == null) {
        unscreened = true;
      } else if (answer) {
        RealTimeBiometricException exception = profile.realTimeBiometricException();
        boolean excepted =
            practice == ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT
                && exception != null
                && exception != RealTimeBiometricException.NONE
                && exception != RealTimeBiometricException.UNKNOWN;
        if (!excepted) {
          return Boolean.TRUE;
        }
      }
    }
    return unscreened ? null : Boolean.FALSE;
  }

  /** Whether the tier is {@code tier}; unknown when the classifier leaves it undetermined. */
  private static Boolean tierIs(FactSubject s, AiActTier tier) {
    AiActTier actual = s.classification().tier();
    return actual == AiActTier.UNDETERMINED ? null : actual == tier;
  }

  private static HumanOversight oversight(FactSubject s) {
    return s.usage().decision() == null ? null : s.usage().decision().oversight();
  }

  /** Counts the elements whose stakeholder is one of those wanted; a loop, not a stream. */
  private static <T> long count(
      List<T> elements,
      java.util.function.Function<T, Stakeholder> stakeholder,
      Stakeholder... wanted) {
    long count = 0;
    for (T element : elements) {
      Stakeholder s = stakeholder.apply(element);
      for (Stakeholder w : wanted) {
        if (s == w) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
