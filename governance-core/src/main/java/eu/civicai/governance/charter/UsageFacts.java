package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.FactReads.sizeOrNull;

import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.ContactRole;
import java.time.LocalDate;

/**
 * The facts of group {@code usage} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class UsageFacts {
  private static final FactGroup FACTS = new FactGroup("usage");

  private UsageFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** The status part is filled (true), or unknown when absent: {@code status.documented}. */
  public static final BooleanFact STATUS_PART =
      FACTS.add(
          new BooleanFact(
              "status.documented",
              Scope.USAGE,
              Text.of("Partie « Statut » renseignée", "Status part filled"),
              (FactSubject s) -> s.usage().status() == null ? null : Boolean.TRUE));

  /** The purpose part is filled (true), or unknown when absent: {@code purpose.documented}. */
  public static final BooleanFact PURPOSE_PART =
      FACTS.add(
          new BooleanFact(
              "purpose.documented",
              Scope.USAGE,
              Text.of("Partie « Finalité » renseignée", "Purpose part filled"),
              (FactSubject s) -> s.usage().purpose() == null ? null : Boolean.TRUE));

  /** The system part is filled (true), or unknown when absent: {@code system.documented}. */
  public static final BooleanFact SYSTEM_PART =
      FACTS.add(
          new BooleanFact(
              "system.documented",
              Scope.USAGE,
              Text.of("Partie « Système » renseignée", "System part filled"),
              (FactSubject s) -> s.usage().system() == null ? null : Boolean.TRUE));

  /** The decision part is filled (true), or unknown when absent: {@code decision.documented}. */
  public static final BooleanFact DECISION_PART =
      FACTS.add(
          new BooleanFact(
              "decision.documented",
              Scope.USAGE,
              Text.of("Partie « Décision » renseignée", "Decision part filled"),
              (FactSubject s) -> s.usage().decision() == null ? null : Boolean.TRUE));

  /** The ai act profile part is filled (true), or unknown when absent: {@code aiAct.documented}. */
  public static final BooleanFact AI_ACT_PART =
      FACTS.add(
          new BooleanFact(
              "aiAct.documented",
              Scope.USAGE,
              Text.of("Partie « Règlement IA » renseignée", "AI Act profile part filled"),
              (FactSubject s) -> s.usage().aiAct() == null ? null : Boolean.TRUE));

  /** The data use part is filled (true), or unknown when absent: {@code data.documented}. */
  public static final BooleanFact DATA_USE_PART =
      FACTS.add(
          new BooleanFact(
              "data.documented",
              Scope.USAGE,
              Text.of("Partie « Données » renseignée", "Data use part filled"),
              (FactSubject s) -> s.usage().dataUse() == null ? null : Boolean.TRUE));

  /** The impacts part is filled (true), or unknown when absent: {@code impacts.documented}. */
  public static final BooleanFact IMPACTS_PART =
      FACTS.add(
          new BooleanFact(
              "impacts.documented",
              Scope.USAGE,
              Text.of("Partie « Impacts » renseignée", "Impacts part filled"),
              (FactSubject s) -> s.usage().impacts() == null ? null : Boolean.TRUE));

  /** The footprint part is filled (true), or unknown when absent: {@code footprint.documented}. */
  public static final BooleanFact FOOTPRINT_PART =
      FACTS.add(
          new BooleanFact(
              "footprint.documented",
              Scope.USAGE,
              Text.of("Partie « Empreinte » renseignée", "Footprint part filled"),
              (FactSubject s) -> s.usage().footprint() == null ? null : Boolean.TRUE));

  /**
   * The governance part is filled (true), or unknown when absent: {@code governance.documented}.
   */
  public static final BooleanFact GOVERNANCE_PART =
      FACTS.add(
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
      FACTS.add(
          new BooleanFact(
              "transparency.documented",
              Scope.USAGE,
              Text.of("Partie « Transparence » renseignée", "Transparency part filled"),
              (FactSubject s) -> s.usage().transparency() == null ? null : Boolean.TRUE));

  /** The funding part is filled (true), or unknown when absent: {@code funding.documented}. */
  public static final BooleanFact FUNDING_PART =
      FACTS.add(
          new BooleanFact(
              "funding.documented",
              Scope.USAGE,
              Text.of("Partie « Financement » renseignée", "Funding part filled"),
              (FactSubject s) -> s.usage().funding() == null ? null : Boolean.TRUE));

  /** Name of the usage: {@code usage.name}. */
  public static final TextFact NAME =
      FACTS.add(
          new TextFact(
              "usage.name",
              Scope.USAGE,
              Text.of("Nom de l'usage", "Name of the usage"),
              (FactSubject s) -> s.usage().name()));

  /** Plain-language summary (at most 350 characters): {@code usage.summary}. */
  public static final TextFact SUMMARY =
      FACTS.add(
          new TextFact(
              "usage.summary",
              Scope.USAGE,
              Text.of(
                  "Résumé en langage clair (350 caractères au plus)",
                  "Plain-language summary (at most 350 characters)"),
              (FactSubject s) -> s.usage().summary()));

  /** Full description: {@code usage.description}. */
  public static final TextFact DESCRIPTION =
      FACTS.add(
          new TextFact(
              "usage.description",
              Scope.USAGE,
              Text.of("Description complète", "Full description"),
              (FactSubject s) -> s.usage().description()));

  /** Team or service in charge: {@code usage.team}. */
  public static final TextFact TEAM =
      FACTS.add(
          new TextFact(
              "usage.team",
              Scope.USAGE,
              Text.of("Équipe ou service responsable", "Team or service in charge"),
              (FactSubject s) -> s.usage().team()));

  /** Number of information links: {@code usage.linkCount}. */
  public static final NumberFact LINK_COUNT =
      FACTS.add(
          new NumberFact(
              "usage.linkCount",
              Scope.USAGE,
              Text.of("Nombre de liens d'information", "Number of information links"),
              (FactSubject s) -> sizeOrNull(s.usage().links())));

  /** Number of contacts: {@code usage.contactCount}. */
  public static final NumberFact CONTACT_COUNT =
      FACTS.add(
          new NumberFact(
              "usage.contactCount",
              Scope.USAGE,
              Text.of("Nombre de contacts", "Number of contacts"),
              (FactSubject s) -> sizeOrNull(s.usage().contacts())));

  /** A service owner is named: {@code usage.hasOwnerContact}. */
  public static final BooleanFact HAS_OWNER_CONTACT =
      FACTS.add(
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
      FACTS.add(
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
      FACTS.add(
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
      FACTS.add(
          new NumberFact(
              "usage.partnerCount",
              Scope.USAGE,
              Text.of("Nombre de partenaires", "Number of partners"),
              (FactSubject s) -> sizeOrNull(s.usage().partners())));

  /** Name of the authority: {@code authority.name}. */
  public static final TextFact AUTHORITY_NAME =
      FACTS.add(
          new TextFact(
              "authority.name",
              Scope.USAGE,
              Text.of("Nom de la collectivité", "Name of the authority"),
              (FactSubject s) -> s.usage().authority().name()));

  /** Kind of authority: {@code authority.kind}. */
  public static final EnumFact<AuthorityKind> AUTHORITY_KIND =
      FACTS.add(
          new EnumFact<>(
              "authority.kind",
              Scope.USAGE,
              AuthorityKind.class,
              Text.of("Type de collectivité", "Kind of authority"),
              (FactSubject s) -> s.usage().authority().kind()));

  /** SIRET of the authority: {@code authority.siret}. */
  public static final TextFact AUTHORITY_SIRET =
      FACTS.add(
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
      FACTS.add(
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
      FACTS.add(
          new NumberFact(
              "authority.population",
              Scope.USAGE,
              Text.of("Population de la collectivité", "Population of the authority"),
              (FactSubject s) -> s.usage().authority().population()));

  /** Number of agents (FTE) of the authority: {@code authority.agents}. */
  public static final NumberFact AUTHORITY_AGENTS =
      FACTS.add(
          new NumberFact(
              "authority.agents",
              Scope.USAGE,
              Text.of(
                  "Nombre d'agents (ETP) de la collectivité",
                  "Number of agents (FTE) of the authority"),
              (FactSubject s) -> s.usage().authority().agents()));

  /** Number of funders: {@code funding.funderCount}. */
  public static final NumberFact FUNDER_COUNT =
      FACTS.add(
          new NumberFact(
              "funding.funderCount",
              Scope.USAGE,
              Text.of("Nombre de financeurs", "Number of funders"),
              (FactSubject s) ->
                  s.usage().funding() == null ? null : sizeOrNull(s.usage().funding().funders())));

  /** Language of the record: {@code metadata.language}. */
  public static final TextFact LANGUAGE =
      FACTS.add(
          new TextFact(
              "metadata.language",
              Scope.USAGE,
              Text.of("Langue de la fiche", "Language of the record"),
              (FactSubject s) -> s.usage().metadata().language()));

  /** Date of update: {@code metadata.updatedOn}. */
  public static final DateFact UPDATED_ON =
      FACTS.add(
          new DateFact(
              "metadata.updatedOn",
              Scope.USAGE,
              Text.of("Date de mise à jour", "Date of update"),
              (FactSubject s) ->
                  s.usage().metadata().updatedAt() == null
                      ? null
                      : LocalDate.ofInstant(s.usage().metadata().updatedAt(), s.zone())));
}
