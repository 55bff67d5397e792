package eu.civicai.governance.exchange;

import eu.civicai.governance.exchange.internal.FieldWalker;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatePrecision;
import eu.civicai.governance.usage.Funder;
import eu.civicai.governance.usage.Link;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Theme;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one usage into the columns of the Interconnectés schema, and says what it could not write:
 * a value the schema has no label for ({@code export.value}), fields without a column ({@code
 * export.fields}). Values kept from an import (source values) go back where they came from. Not
 * thread-safe: one per row.
 */
final class ExportRow {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");
  private static final int LISTED_FIELDS = 12;

  private final AiUsage u;
  private final int row;
  private final InterconnectesCsv.Profile profile;
  private final List<Diagnostic> diagnostics;
  private final Map<String, String> cells;
  private final Set<String> carried = new HashSet<>();

  private ExportRow(
      AiUsage u, int row, InterconnectesCsv.Profile profile, List<Diagnostic> diagnostics) {
    this.u = u;
    this.row = row;
    this.profile = profile;
    this.diagnostics = diagnostics;
    this.cells = new LinkedHashMap<>(u.metadata().sourceValues());
  }

  /** Returns whether a part of the usage may be published. */
  static boolean isPublic(AiUsage u, Part part) {
    return View.isPublic(u, part);
  }

  /**
   * Returns whether a profile writes a column of a usage: every column in the full profile; in the
   * public one, the schema's public columns whose part the usage publishes.
   */
  static boolean writes(InterconnectesCsv.Profile profile, AiUsage u, String column) {
    if (profile == InterconnectesCsv.Profile.FULL) {
      return true;
    }
    if (!Columns.ALL.contains(column) || Columns.RESTRICTED.contains(column)) {
      return false;
    }
    Part part = Columns.PARTS.get(column);
    return part == null || isPublic(u, part);
  }

  /**
   * Writes a usage's cells, column by column, and adds what it could not carry to the diagnostics.
   * The cells hold every column; the caller keeps those the profile writes.
   */
  static Map<String, String> write(
      AiUsage u, int row, InterconnectesCsv.Profile profile, List<Diagnostic> diagnostics) {
    ExportRow r = new ExportRow(u, row, profile, diagnostics);
    r.fill();
    r.reportFieldsWithoutColumn();
    return r.cells;
  }

  private void fill() {
    put("coll_nom", u.authority().name(), "authority.name");
    if (cells.containsKey("nom_projet")) {
      carried.add("name"); // cut on import: the whole name went back to the source values
    } else {
      put("nom_projet", u.name(), "name");
    }
    if (u.authority().siret() != null) {
      put("coll_siret", u.authority().siret().value(), "authority.siret", "authority.siren");
    } else if (u.authority().siren() != null) {
      put("coll_siret", u.authority().siren().value(), "authority.siren");
    }
    if (cells.containsKey("coll_type")) {
      carried.add("authority.kind");
    } else {
      put("coll_type", Vocabulary.KINDS.label(u.authority().kind()), "authority.kind");
    }
    if (u.status() != null) {
      LocalDate start = u.status().startDate();
      if (start != null) {
        boolean month = u.status().startPrecision() == DatePrecision.MONTH;
        put(
            "projet_date",
            (month ? MONTH : DAY).format(start),
            "status.startDate",
            "status.startDatePrecision");
      }
      if (u.status().stage() != null) {
        put("projet_status", Vocabulary.STAGES.label(u.status().stage()), "status.stage");
      }
      put("status_abandon", u.status().abandonReason(), "status.abandonReason");
    }
    list("partenaires", u.partners(), "partners");
    owner();
    put("usage_description", u.description(), "description");
    if (u.purpose() != null) {
      // A sub-theme that is a theme's label came from the theme column: it goes back there.
      List<String> subThemes = u.purpose().subThemes();
      List<String> themes =
          subThemes.stream().filter(t -> isThemeLabel(t) && u.purpose().theme() != null).toList();
      theme(themes);
      carried.add("purpose.subThemes");
      list(
          "sous_theme",
          subThemes.stream().filter(t -> !themes.contains(t)).toList(),
          "purpose.subThemes");
      list(
          "audience_service",
          u.purpose().audiences().stream().map(Vocabulary.AUDIENCES::label).toList(),
          "purpose.audiences");
      put("proportionalite", u.purpose().whyAi(), "purpose.whyAi");
    }
    if (u.system() != null) {
      if (u.system().sourcing() != null) {
        put("mise_en_oeuvre", Vocabulary.SOURCINGS.label(u.system().sourcing()), "system.sourcing");
      }
      if (u.system().hosting() != null && u.system().hosting().mode() != null) {
        var mode = u.system().hosting().mode();
        if (Vocabulary.HOSTINGS.writes(mode)) {
          put("herbergement", Vocabulary.HOSTINGS.label(mode), "system.hosting.mode");
        } else {
          cannotCarry("herbergement", mode.labelFr(), "system.hosting.mode");
        }
      }
      put("nom_algorithme", u.system().algorithmName(), "system.algorithmName");
      put("algorithme_description", u.system().description(), "system.description");
      List<String> techniques = new ArrayList<>();
      for (AiTechnique t : u.system().techniques()) {
        if (Vocabulary.TECHNIQUES.writes(t)) {
          techniques.add(Vocabulary.TECHNIQUES.label(t));
        } else {
          cannotCarry("type_algorithme", t.labelFr(), "system.techniques");
        }
      }
      list("type_algorithme", techniques, "system.techniques");
    }
    if (u.impacts() != null) {
      put("impact_environnement", u.impacts().onEnvironment(), "impacts.onEnvironment");
    }
    if (!u.risks().isEmpty()) {
      put("risque", u.risks().get(0).description(), "risks[0].description");
    }
    if (u.decision() != null) {
      put("objection", u.decision().contestation(), "decision.contestation");
    }
    if (u.dataUse() != null) {
      list(
          "donnees_source",
          u.dataUse().sources().stream().map(Vocabulary.SOURCES::label).toList(),
          "dataUse.sources");
      list(
          "donnees_acces",
          u.dataUse().collectionModes().stream().map(Vocabulary.COLLECTION::label).toList(),
          "dataUse.collectionModes");
    }
    if (u.funding() != null) {
      List<Funder> funders = u.funding().funders();
      for (int i = 0; i < funders.size(); i++) {
        carried.add("funding.funders[" + i + "].name");
      }
      list("financement", funders.stream().map(Funder::name).toList(), "funding.funders");
      if (u.funding().band() != null) {
        put("budget", Vocabulary.BUDGETS.label(u.funding().band()), "funding.band");
      }
    }
    links();
    if (u.transparency() != null) {
      if (u.transparency().imageUrl() != null) {
        put("image_url", u.transparency().imageUrl().toString(), "transparency.imageUrl");
      }
      if (u.transparency().location() != null) {
        put(
            "latitude",
            u.transparency().location().latitude().toPlainString(),
            "transparency.location.latitude");
        put(
            "longitude",
            u.transparency().location().longitude().toPlainString(),
            "transparency.location.longitude");
      }
    }
    if (u.metadata().updatedAt() != null) {
      put(
          "date",
          DAY.format(LocalDate.ofInstant(u.metadata().updatedAt(), ZoneId.of("Europe/Paris"))),
          "metadata.updatedAt");
    }
  }

  private static boolean isThemeLabel(String text) {
    return Vocabulary.THEMES.labels().contains(text);
  }

  private void theme(List<String> furtherThemes) {
    Theme theme = u.purpose().theme();
    if (theme == null) {
      return;
    }
    carried.add("purpose.theme");
    String unknown = cells.get("theme"); // unknown themes read on import, written back as read
    if (theme == Theme.OTHER) {
      if (unknown == null) {
        cannotCarry("theme", theme.labelFr(), "purpose.theme");
      }
      return;
    }
    List<String> labels = new ArrayList<>();
    labels.add(Vocabulary.THEMES.label(theme));
    labels.addAll(furtherThemes);
    if (unknown != null) {
      labels.add(unknown);
    }
    cells.put("theme", String.join(", ", labels));
  }

  private void owner() {
    List<Contact> contacts = u.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (c.role() == ContactRole.OWNER) {
        String path = "contacts[" + i + "]." + (c.email() != null ? "email" : "name");
        carried.add("contacts[" + i + "].role");
        put("projet_contact", c.email() != null ? c.email() : c.name(), path);
        return;
      }
    }
  }

  private void links() {
    List<Link> links = u.links();
    boolean infos = false;
    boolean resources = false;
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      boolean isResource = link.label().equals("Ressources");
      if (isResource ? resources : infos) {
        continue; // one link per column: the others are reported with the fields left out
      }
      carried.add("links[" + i + "].label");
      put(
          isResource ? "url_ressources" : "url_infos",
          link.uri().toString(),
          "links[" + i + "].uri");
      resources |= isResource;
      infos |= !isResource;
    }
  }

  private void put(String column, String value, String... paths) {
    if (value != null && !value.isEmpty()) {
      cells.put(column, value);
      carried.addAll(List.of(paths));
    }
  }

  /** Writes a list, the unknown items kept from an import after the known ones. */
  private void list(String column, List<String> values, String path) {
    if (values.isEmpty()) {
      return;
    }
    carried.add(path);
    for (int i = 0; i < values.size(); i++) {
      carried.add(path + "[" + i + "]");
      if (Cells.isList(values.get(i)) && writes(profile, u, column)) {
        // "Dupont, Durand et associés" would read back as two values.
        diagnostics.add(
            new Diagnostic(row, column, values.get(i), "export.split", path + "[" + i + "]", true));
      }
    }
    String unknown = cells.get(column);
    String joined = String.join(", ", values);
    cells.put(column, unknown == null ? joined : joined + ", " + unknown);
  }

  private void cannotCarry(String column, String value, String path) {
    carried.add(path);
    if (writes(profile, u, column)) {
      diagnostics.add(new Diagnostic(row, column, value, "export.value", path, true));
    }
  }

  /** Reports, in one diagnostic, the fields of published parts that no column can carry. */
  private void reportFieldsWithoutColumn() {
    List<String> left = new ArrayList<>();
    for (var c : AiUsage.class.getRecordComponents()) {
      Part part = partOf(c.getName());
      if (part == null || (profile == InterconnectesCsv.Profile.PUBLIC && !isPublic(u, part))) {
        continue;
      }
      FieldWalker.leaves(c.getName(), FieldWalker.value(c, u), left::add);
    }
    left.removeIf(path -> carried.contains(path) || carried.contains(withoutIndex(path)));
    if (left.isEmpty()) {
      return;
    }
    String listed = String.join(", ", left.subList(0, Math.min(LISTED_FIELDS, left.size())));
    if (left.size() > LISTED_FIELDS) {
      listed += " (+" + (left.size() - LISTED_FIELDS) + ")";
    }
    diagnostics.add(new Diagnostic(row, "", "", "export.fields", listed, true));
  }

  private static String withoutIndex(String path) {
    return path.replaceAll("\\[\\d+]$", "");
  }

  private static Part partOf(String component) {
    return View.partOf(component);
  }
}
