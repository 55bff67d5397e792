package eu.civicai.governance.exchange;

import eu.civicai.governance.usage.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The columns of the Interconnectés schema: their order, restriction, part and other names. */
final class Columns {
  private Columns() {}

  /** The schema's columns, in its order. */
  static final List<String> ALL =
      List.of(
          "coll_nom",
          "nom_projet",
          "coll_siret",
          "latitude",
          "longitude",
          "coll_type",
          "projet_date",
          "projet_status",
          "status_abandon",
          "partenaires",
          "projet_contact",
          "financement",
          "budget",
          "usage_description",
          "mise_en_oeuvre",
          "theme",
          "sous_theme",
          "audience_service",
          "herbergement",
          "nom_algorithme",
          "algorithme_description",
          "algorithme_operations",
          "type_algorithme",
          "impact_environnement",
          "donnees_source",
          "donnees_acces",
          "risque",
          "risque_categorie",
          "proportionalite",
          "decision",
          "erreur",
          "explicabilite",
          "reversibilite",
          "objection",
          "url_infos",
          "url_ressources",
          "image_url",
          "date");

  /** Columns the library restricts to its members. */
  static final Set<String> RESTRICTED =
      Set.of(
          "projet_contact",
          "financement",
          "budget",
          "herbergement",
          "nom_algorithme",
          "algorithme_description",
          "algorithme_operations",
          "type_algorithme",
          "impact_environnement",
          "donnees_source",
          "donnees_acces",
          "url_ressources",
          "risque",
          "risque_categorie",
          "proportionalite",
          "decision",
          "erreur",
          "explicabilite",
          "reversibilite",
          "objection");

  /** Columns the usage model has no field for: kept as source values. */
  static final Set<String> UNMAPPED =
      Set.of(
          "algorithme_operations",
          "risque_categorie",
          "decision",
          "erreur",
          "explicabilite",
          "reversibilite");

  /**
   * The part of a usage each column's values come from, for the per-part visibility of the public
   * profile. The authority's and the project's names, the SIRET, the kind and the update date
   * identify the row: they have no part here, and a usage whose identity is restricted is left out
   * of a public export whole.
   */
  static final Map<String, Part> PARTS =
      Map.ofEntries(
          Map.entry("latitude", Part.TRANSPARENCY),
          Map.entry("longitude", Part.TRANSPARENCY),
          Map.entry("image_url", Part.TRANSPARENCY),
          Map.entry("projet_date", Part.STATUS),
          Map.entry("projet_status", Part.STATUS),
          Map.entry("status_abandon", Part.STATUS),
          Map.entry("partenaires", Part.IDENTITY),
          Map.entry("usage_description", Part.IDENTITY),
          Map.entry("url_infos", Part.IDENTITY),
          Map.entry("url_ressources", Part.IDENTITY),
          Map.entry("projet_contact", Part.CONTACTS),
          Map.entry("financement", Part.FUNDING),
          Map.entry("budget", Part.FUNDING),
          Map.entry("mise_en_oeuvre", Part.SYSTEM),
          Map.entry("herbergement", Part.SYSTEM),
          Map.entry("nom_algorithme", Part.SYSTEM),
          Map.entry("algorithme_description", Part.SYSTEM),
          Map.entry("algorithme_operations", Part.SYSTEM),
          Map.entry("type_algorithme", Part.SYSTEM),
          Map.entry("theme", Part.PURPOSE),
          Map.entry("sous_theme", Part.PURPOSE),
          Map.entry("audience_service", Part.PURPOSE),
          Map.entry("proportionalite", Part.PURPOSE),
          Map.entry("impact_environnement", Part.IMPACTS),
          Map.entry("donnees_source", Part.DATA_USE),
          Map.entry("donnees_acces", Part.DATA_USE),
          Map.entry("risque", Part.RISKS),
          Map.entry("risque_categorie", Part.RISKS),
          Map.entry("decision", Part.DECISION),
          Map.entry("erreur", Part.DECISION),
          Map.entry("explicabilite", Part.DECISION),
          Map.entry("reversibilite", Part.DECISION),
          Map.entry("objection", Part.DECISION));

  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    for (String column : ALL) {
      ALIASES.put(Vocabulary.fold(column), column);
    }
    alias("coll_nom", "Nom_collectivite");
    alias("nom_projet", "Nom_du_projet");
    alias("coll_siret", "SIRET");
    alias("coll_type", "Type_de_collectivite");
    alias("projet_date", "Date_de_demarrage");
    alias("projet_status", "Statut_du_projet");
    alias("partenaires", "Partenaires");
    alias("usage_description", "Description_service", "usage_service");
    alias("theme", "Theme");
    alias("sous_theme", "Sous_Theme");
    alias("audience_service", "Audience", "cible_service");
    alias("algorithme_description", "description");
    alias("algorithme_operations", "operations");
    alias("donnees_acces", "donnees_collecte");
    alias("url_infos", "URL_Service");
    alias("image_url", "URL_Logo");
    alias("date", "Date_de_derniere_mise_a_jour");
    alias("latitude", "lat");
    alias("longitude", "lon", "lng", "long");
  }

  private static void alias(String column, String... names) {
    for (String name : names) {
      ALIASES.put(Vocabulary.fold(name), column);
    }
  }

  /** Returns the schema's column for a header as written, or the header itself (stripped). */
  static String canonical(String header) {
    return ALIASES.getOrDefault(Vocabulary.fold(header), header.strip());
  }
}
