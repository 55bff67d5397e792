package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.AiActFacts.*;
import static eu.civicai.governance.charter.DataFacts.*;
import static eu.civicai.governance.charter.DecisionFacts.*;
import static eu.civicai.governance.charter.ImpactFacts.*;
import static eu.civicai.governance.charter.PurposeFacts.*;
import static eu.civicai.governance.charter.RiskFacts.*;
import static eu.civicai.governance.charter.StatusFacts.*;
import static eu.civicai.governance.charter.SystemFacts.*;
import static eu.civicai.governance.charter.TransparencyFacts.*;
import static eu.civicai.governance.charter.UsageFacts.*;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.usage.Sourcing;
import java.util.List;

/**
 * Documentation completeness for publication: one criterion per required field of each public
 * standard. An absent field is not satisfied (absence is the gap these profiles report), so these
 * criteria are never unknown. Their minimum score is 100 %: a usage that lacks a required field is
 * not compliant with that profile (see the verdict rule of {@link Charter}).
 */
final class CompletenessCharters {
  static final String INTERCONNECTES = "civicai.completeness.interconnectes";
  static final String DUTCH = "civicai.completeness.algoritmeregister";
  static final String ATRS = "civicai.completeness.atrs";

  private CompletenessCharters() {}

  /** A required field: its criterion id, the condition that it is filled, and its names. */
  private record Field(String id, Condition filled, String fr, String en) {}

  private static void add(Principle.Builder p, String standard, String reference, Field f) {
    p.criterion(
        f.id(),
        Severity.MAJOR,
        c ->
            c.title("Champ « " + f.fr() + " » renseigné", "Field '" + f.en() + "' is filled")
                .requires(f.filled())
                .rationale(
                    "Requis par " + standard + " pour publier.",
                    "Required by " + standard + " to publish.")
                .remediation(
                    CompletenessRemediations.of(f.id())[0], CompletenessRemediations.of(f.id())[1])
                .references(reference));
  }

  private static Field field(String id, Condition filled, String fr, String en) {
    return new Field(id, filled, fr, en);
  }

  private static final List<Field> INTERCONNECTES_FIELDS =
      List.of(
          field(
              "interconnectes.coll-nom",
              AUTHORITY_NAME.known(),
              "Porteur (coll_nom)",
              "Owner (coll_nom)"),
          field(
              "interconnectes.nom-projet",
              NAME.known(),
              "Projet (nom_projet)",
              "Project (nom_projet)"),
          field(
              "interconnectes.coll-siret",
              AUTHORITY_SIRET.known(),
              "SIRET (coll_siret)",
              "SIRET (coll_siret)"),
          field(
              "interconnectes.coll-type",
              AUTHORITY_KIND.known(),
              "Type de collectivité (coll_type)",
              "Authority kind (coll_type)"),
          field(
              "interconnectes.projet-date",
              START_DATE.known(),
              "Date de démarrage (projet_date)",
              "Start date (projet_date)"),
          field(
              "interconnectes.projet-status",
              STAGE.known(),
              "Maturité (projet_status)",
              "Stage (projet_status)"),
          field(
              "interconnectes.projet-contact",
              CONTACT_COUNT.known(),
              "Contact (projet_contact)",
              "Contact (projet_contact)"),
          field(
              "interconnectes.usage-description",
              DESCRIPTION.known(),
              "Description (usage_description)",
              "Description (usage_description)"),
          field(
              "interconnectes.mise-en-oeuvre",
              SOURCING.known(),
              "Mise en œuvre (mise_en_oeuvre)",
              "Implementation (mise_en_oeuvre)"),
          field("interconnectes.theme", THEME.known(), "Thème (theme)", "Theme (theme)"),
          field(
              "interconnectes.audience-service",
              AUDIENCE_COUNT.known(),
              "Audience (audience_service)",
              "Audience (audience_service)"),
          field(
              "interconnectes.herbergement",
              HOSTING_MODE.known(),
              "Hébergement (herbergement)",
              "Hosting (herbergement)"),
          field(
              "interconnectes.nom-algorithme",
              ALGORITHM_NAME.known(),
              "Nom de l'algorithme (nom_algorithme)",
              "Algorithm name (nom_algorithme)"),
          field(
              "interconnectes.type-algorithme",
              TECHNIQUE_COUNT.known(),
              "Type d'algorithme (type_algorithme)",
              "Algorithm type (type_algorithme)"),
          field(
              "interconnectes.donnees-source",
              DATA_SOURCES
                  .known()
                  .or(
                      DATASETS
                          .known()
                          .and(DATASETS.countAtLeast(1))
                          .and(UNRESOLVED_DATASETS.equalTo(0)) // so that `all` is decided
                          .and(DATASETS.all(DATASET_SOURCE.known()))),
              "Source des données (donnees_source)",
              "Data source (donnees_source)"),
          field(
              "interconnectes.donnees-acces",
              COLLECTION_MODES
                  .known()
                  .or(
                      DATASETS
                          .known()
                          .and(DATASETS.countAtLeast(1))
                          .and(UNRESOLVED_DATASETS.equalTo(0)) // so that `all` is decided
                          .and(DATASETS.all(DATASET_COLLECTION_MODE.known()))),
              "Mode de collecte (donnees_acces)",
              "Collection mode (donnees_acces)"),
          field(
              "interconnectes.image-url",
              IMAGE_URL.known(),
              "Image (image_url)",
              "Image (image_url)"),
          field(
              "interconnectes.date",
              UPDATED_ON.known(),
              "Date de mise à jour (date)",
              "Update date (date)"));

  /** The required fields of the Interconnectés library's Table Schema. */
  static Charter interconnectes() {
    String std = "la Bibliothèque IA territoriale (Interconnectés)";
    String ref = "Interconnectés, table-schema, champ ";
    return Charter.builder(INTERCONNECTES, "1.1")
        .minimumScore(100) // a required field missing prevents publication
        .title(
            "Complétude pour la Bibliothèque IA territoriale",
            "Completeness for the territorial AI library")
        .source(
            "Les Interconnectés, France urbaine, Intercommunalités de France: table-schema (required fields)")
        .principle(
            "required-fields",
            "Champs obligatoires",
            "Required fields",
            p -> {
              for (Field f : INTERCONNECTES_FIELDS) {
                add(p, std, ref + f.id().substring(f.id().indexOf('.') + 1), f);
              }
            })
        .build();
  }

  private static final List<Field> DUTCH_FIELDS =
      List.of(
          field("algoritmeregister.name", NAME.known(), "Nom (name)", "Name (name)"),
          field(
              "algoritmeregister.description-short",
              SUMMARY.known(),
              "Résumé (description_short)",
              "Short description (description_short)"),
          field(
              "algoritmeregister.organization",
              AUTHORITY_NAME.known(),
              "Organisation (organization)",
              "Organisation (organization)"),
          field(
              "algoritmeregister.category",
              THEME.known(),
              "Catégorie (category)",
              "Category (category)"),
          field("algoritmeregister.status", STAGE.known(), "Statut (status)", "Status (status)"),
          field("algoritmeregister.goal", GOAL.known(), "Objectif (goal)", "Goal (goal)"),
          field(
              "algoritmeregister.proportionality",
              WHY_AI.known(),
              "Proportionnalité (proportionality)",
              "Proportionality (proportionality)"),
          field(
              "algoritmeregister.human-intervention",
              OVERSIGHT_LEVEL.known(),
              "Intervention humaine (human_intervention)",
              "Human intervention (human_intervention)"),
          field("algoritmeregister.risks", RISKS.known(), "Risques (risks)", "Risks (risks)"),
          field(
              "algoritmeregister.lawful-basis",
              DATASETS
                  .known()
                  .and(DATASETS.countAtLeast(1))
                  .and(UNRESOLVED_DATASETS.equalTo(0)) // so that `all` is decided
                  .and(DATASETS.all(DATASET_PERSONAL.isFalse().or(DATASET_LEGAL_BASIS.known()))),
              "Base légale (lawful_basis)",
              "Lawful basis (lawful_basis)"),
          field(
              "algoritmeregister.process-index-url",
              PROCESSING_RECORD.known(),
              "Registre des traitements (process_index_url)",
              "Processing index (process_index_url)"),
          field(
              "algoritmeregister.impact-assessment",
              DPIA.known(),
              "Analyses d'impact (impacttoetsen)",
              "Impact assessments (impacttoetsen)"),
          field(
              "algoritmeregister.source-data",
              DATASETS.known().and(DATASETS.countAtLeast(1)),
              "Données sources (source_data)",
              "Source data (source_data)"),
          field(
              "algoritmeregister.methods-and-models",
              TECHNIQUE_COUNT.known().and(SELF_LEARNING.known()),
              "Méthodes et modèles, dont auto-apprentissage (methods_and_models)",
              "Methods and models, incl. self-learning (methods_and_models)"),
          field(
              "algoritmeregister.provider",
              SOURCING.known(),
              "Fournisseur (provider)",
              "Provider (provider)"),
          field(
              "algoritmeregister.contact-email",
              HAS_CONTACT_EMAIL.known().and(HAS_CONTACT_EMAIL.isTrue()),
              "Adresse de contact (contact_email)",
              "Contact email (contact_email)"),
          field(
              "algoritmeregister.website",
              LINK_COUNT.known().or(PUBLICATION_URL.known()),
              "Site (website)",
              "Website (website)"),
          field("algoritmeregister.lang", LANGUAGE.known(), "Langue (lang)", "Language (lang)"));

  /** The fields the Dutch algorithm register's publication standard v1.0 requires. */
  static Charter algoritmeregister() {
    String std = "le registre néerlandais des algorithmes";
    String ref = "Algoritmeregister v1.0, ";
    return Charter.builder(DUTCH, "1.1")
        .minimumScore(100) // a required field missing prevents publication
        .title(
            "Complétude pour le registre néerlandais des algorithmes",
            "Completeness for the Dutch algorithm register")
        .source(
            "MinBZK/Algoritmeregister, publication standard v1.0 (backend/app/schemas/config/v1_0_0.json)")
        .principle(
            "required-fields",
            "Champs obligatoires",
            "Required fields",
            p -> {
              for (Field f : DUTCH_FIELDS) {
                add(p, std, ref + f.id().substring(f.id().indexOf('.') + 1), f);
              }
            })
        .build();
  }

  private static final List<Field> ATRS_TIER_1 =
      List.of(
          field("atrs.tier1.name", NAME.known(), "Nom", "Name"),
          field(
              "atrs.tier1.description",
              DESCRIPTION.known().or(SUMMARY.known()),
              "Description",
              "Description"),
          field(
              "atrs.tier1.website",
              LINK_COUNT.known().or(PUBLICATION_URL.known()),
              "Site",
              "Website"),
          field(
              "atrs.tier1.contact",
              HAS_CONTACT_EMAIL.known().and(HAS_CONTACT_EMAIL.isTrue()),
              "Adresse de contact",
              "Contact email"));

  private static final List<Field> ATRS_TIER_2 =
      List.of(
          field("atrs.tier2.organisation", AUTHORITY_NAME.known(), "Organisation", "Organisation"),
          field("atrs.tier2.team", TEAM.known(), "Équipe", "Team"),
          field(
              "atrs.tier2.senior-responsible-owner",
              HAS_OWNER_CONTACT.known().and(HAS_OWNER_CONTACT.isTrue()),
              "Responsable senior",
              "Senior responsible owner"),
          field(
              "atrs.tier2.suppliers",
              SOURCING.known().and(SOURCING.is(Sourcing.IN_HOUSE).or(SUPPLIER_COUNT.known())),
              "Fournisseurs et rôle",
              "Suppliers and their role"),
          field(
              "atrs.tier2.procurement",
              SOURCING
                  .known()
                  .and(
                      SOURCING
                          .isNot(Sourcing.PUBLIC_PROCUREMENT)
                          .or(PROCUREMENT_PROCEDURE.known())),
              "Procédure d'achat",
              "Procurement procedure"),
          field("atrs.tier2.scope", GOAL.known(), "Périmètre", "Scope"),
          field("atrs.tier2.benefit", BENEFITS.known(), "Bénéfice", "Benefit"),
          field(
              "atrs.tier2.alternatives",
              ALTERNATIVES.known(),
              "Alternatives étudiées",
              "Alternatives considered"),
          field("atrs.tier2.model-type", TECHNIQUE_COUNT.known(), "Type de modèle", "Model type"),
          field("atrs.tier2.phase", STAGE.known(), "Phase", "Phase"),
          field(
              "atrs.tier2.process-integration",
              OUTPUT_ROLE.known(),
              "Intégration au processus",
              "Process integration"),
          field(
              "atrs.tier2.human-decisions",
              OVERSIGHT_LEVEL.known(),
              "Décisions humaines",
              "Human decisions"),
          field(
              "atrs.tier2.training",
              OVERSEERS_TRAINED.known(),
              "Formation requise",
              "Training required"),
          field(
              "atrs.tier2.appeals",
              CONTESTATION.known(),
              "Recours et révision",
              "Appeals and review"),
          field(
              "atrs.tier2.data-source",
              DATASETS.known().and(DATASETS.countAtLeast(1)),
              "Source des données",
              "Data source"),
          field(
              "atrs.tier2.risks",
              RISKS.known(),
              "Risques et atténuations",
              "Risks and mitigations"),
          field(
              "atrs.tier2.impact-assessments",
              DPIA.known().or(FRIA_REFERENCE.known()),
              "Analyses d'impact",
              "Impact assessments"));

  /** UK ATRS tier 1 and tier 2 fields. */
  static Charter atrs() {
    String std = "le standard britannique ATRS";
    return Charter.builder(ATRS, "1.1")
        .minimumScore(100) // a required field missing prevents publication
        .title(
            "Complétude pour le standard ATRS (niveaux 1 et 2)",
            "Completeness for the ATRS (tiers 1 and 2)")
        .source("UK Algorithmic Transparency Recording Standard, tier 1 and tier 2")
        .principle(
            "tier-1",
            "Niveau 1",
            "Tier 1",
            p -> {
              for (Field f : ATRS_TIER_1) {
                add(p, std, "UK ATRS tier 1", f);
              }
            })
        .principle(
            "tier-2",
            "Niveau 2",
            "Tier 2",
            p -> {
              for (Field f : ATRS_TIER_2) {
                add(p, std, "UK ATRS tier 2", f);
              }
            })
        .build();
  }
}
