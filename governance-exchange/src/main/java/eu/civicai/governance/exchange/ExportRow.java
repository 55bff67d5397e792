package eu.civicai.governance.exchange;

import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Funder;
import eu.civicai.governance.usage.Link;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Writes a usage's fields into the columns of the Interconnectés schema. */
final class ExportRow {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private ExportRow() {}

  static void fill(AiUsage u, Map<String, String> row) {
    put(row, "coll_nom", u.authority().name());
    put(row, "nom_projet", row.containsKey("nom_projet") ? row.get("nom_projet") : u.name());
    if (u.authority().siret() != null) {
      put(row, "coll_siret", u.authority().siret().value());
    } else if (u.authority().siren() != null) {
      put(row, "coll_siret", u.authority().siren().value());
    }
    if (!row.containsKey("coll_type")) {
      put(row, "coll_type", Vocabulary.label(Vocabulary.KINDS, u.authority().kind()));
    }
    if (u.status() != null) {
      if (u.status().startDate() != null) {
        put(row, "projet_date", DATE.format(u.status().startDate()));
      }
      if (u.status().stage() != null) {
        put(row, "projet_status", Vocabulary.label(Vocabulary.STAGES, u.status().stage()));
      }
      put(row, "status_abandon", u.status().abandonReason());
    }
    put(row, "partenaires", join(u.partners()));
    u.contact(eu.civicai.governance.org.ContactRole.OWNER)
        .ifPresent(c -> put(row, "projet_contact", c.email() != null ? c.email() : c.name()));
    put(row, "usage_description", u.description());
    if (u.purpose() != null) {
      if (u.purpose().theme() != null
          && u.purpose().theme() != eu.civicai.governance.usage.Theme.OTHER) {
        put(row, "theme", Vocabulary.label(Vocabulary.THEMES, u.purpose().theme()));
      }
      put(row, "sous_theme", join(u.purpose().subThemes()));
      if (!row.containsKey("audience_service")) {
        put(
            row,
            "audience_service",
            join(
                u.purpose().audiences().stream()
                    .map(a -> Vocabulary.label(Vocabulary.AUDIENCES, a))
                    .toList()));
      }
      put(row, "proportionalite", u.purpose().whyAi());
    }
    if (u.system() != null) {
      if (u.system().sourcing() != null) {
        put(row, "mise_en_oeuvre", Vocabulary.label(Vocabulary.SOURCINGS, u.system().sourcing()));
      }
      if (u.system().hosting() != null
          && u.system().hosting().mode() != null
          && Vocabulary.HOSTINGS.containsValue(u.system().hosting().mode())) {
        put(
            row,
            "herbergement",
            Vocabulary.label(Vocabulary.HOSTINGS, u.system().hosting().mode()));
      }
      put(row, "nom_algorithme", u.system().algorithmName());
      put(row, "algorithme_description", u.system().description());
      List<String> techniques =
          u.system().techniques().stream()
              .filter(Vocabulary.TECHNIQUES::containsValue)
              .map(t -> Vocabulary.label(Vocabulary.TECHNIQUES, t))
              .toList();
      if (!row.containsKey("type_algorithme")) {
        put(row, "type_algorithme", join(techniques));
      }
    }
    if (u.impacts() != null) {
      put(row, "impact_environnement", u.impacts().onEnvironment());
    }
    if (!u.risks().isEmpty()) {
      put(row, "risque", u.risks().get(0).description());
    }
    if (u.decision() != null) {
      put(row, "objection", u.decision().contestation());
    }
    if (u.dataUse() != null) {
      if (!row.containsKey("donnees_source")) {
        put(
            row,
            "donnees_source",
            join(
                u.dataUse().sources().stream()
                    .map(v -> Vocabulary.label(Vocabulary.SOURCES, v))
                    .toList()));
      }
      if (!row.containsKey("donnees_acces")) {
        put(
            row,
            "donnees_acces",
            join(
                u.dataUse().collectionModes().stream()
                    .map(v -> Vocabulary.label(Vocabulary.COLLECTION, v))
                    .toList()));
      }
    }
    if (u.funding() != null) {
      put(row, "financement", join(u.funding().funders().stream().map(Funder::name).toList()));
      if (u.funding().band() != null) {
        put(row, "budget", Vocabulary.label(Vocabulary.BUDGETS, u.funding().band()));
      }
    }
    for (Link link : u.links()) {
      put(
          row,
          link.label().equals("Ressources") ? "url_ressources" : "url_infos",
          link.uri().toString());
    }
    if (u.transparency() != null && u.transparency().imageUrl() != null) {
      put(row, "image_url", u.transparency().imageUrl().toString());
    }
    if (u.metadata().updatedAt() != null) {
      put(
          row,
          "date",
          DATE.format(LocalDate.ofInstant(u.metadata().updatedAt(), ZoneId.of("Europe/Paris"))));
    }
  }

  private static void put(Map<String, String> row, String column, String value) {
    if (value != null && !value.isEmpty()) {
      row.put(column, value);
    }
  }

  /**
   * Joins values with commas; a single value with a hyphen gets a trailing comma, so that importing
   * does not split it.
   */
  private static String join(List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    String joined = String.join(", ", values);
    return values.size() == 1 && joined.contains("-") ? joined + "," : joined;
  }
}
