package eu.civicai.governance.exchange;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.org.Siret;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.DatePrecision;
import eu.civicai.governance.usage.Funder;
import eu.civicai.governance.usage.GeoPoint;
import eu.civicai.governance.usage.Hosting;
import eu.civicai.governance.usage.Link;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Maps one row of an Interconnectés file to a usage: every value lands in a field of the model or
 * in the record's source values, with a {@link Diagnostic} saying why. Not thread-safe: one per
 * row.
 */
final class RowMapper {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** Partner cells that name nobody: "/", "-", "néant", "développé en régie"… */
  private static final Set<String> NO_PARTNER =
      Set.of(
          "aucun",
          "aucune",
          "neant",
          "na",
          "nc",
          "non",
          "sans",
          "sansobjet",
          "aucunpartenaire",
          "pasdepartenaire",
          "interne",
          "eninterne",
          "regie",
          "enregie",
          "developpeenregie",
          "developpeeninterne",
          "projetinterne",
          "realiseenregie");

  private final int row;
  private final Map<String, String> values = new LinkedHashMap<>(); // column → value
  private final Map<String, String> headers = new HashMap<>(); // column → header as written
  private final List<Diagnostic> diagnostics;
  private final Map<String, String> source = new TreeMap<>();

  RowMapper(int row, Map<String, String> raw, List<Diagnostic> diagnostics) {
    this.row = row;
    this.diagnostics = diagnostics;
    raw.forEach(
        (header, value) -> {
          String column = Columns.canonical(header);
          String v = value == null ? "" : Cells.unneutralise(value.strip());
          if (!v.isEmpty()) {
            values.put(column, v);
            headers.put(column, header.strip());
          }
        });
  }

  /**
   * Builds the usage, or returns null (with a diagnostic) when the row has no identity or its
   * identity breaks a rule of the model.
   */
  AiUsage read(Map<String, Integer> seenProjects, Map<String, Integer> seenIds) {
    try {
      return readOrThrow(seenProjects, seenIds);
    } catch (InvalidInputException e) {
      // A rule of the model that no cell-level reading anticipated: the row is not imported.
      diagnostics.add(
          new Diagnostic(
              row,
              headers.getOrDefault(e.field(), e.field()),
              "",
              "value.invalid",
              e.rule(),
              false));
      return null;
    }
  }

  private AiUsage readOrThrow(Map<String, Integer> seenProjects, Map<String, Integer> seenIds) {
    String authorityName = oneLine("coll_nom");
    String projectName = oneLine("nom_projet");
    if (authorityName == null || projectName == null) {
      String missing = authorityName == null ? "coll_nom" : "nom_projet";
      diagnostics.add(new Diagnostic(row, missing, "", "row.identity", missing, false));
      return null;
    }
    String key = Vocabulary.fold(authorityName) + "|" + Vocabulary.fold(projectName);
    Integer first = seenProjects.putIfAbsent(key, row);
    if (first != null) {
      diagnostics.add(new Diagnostic(row, "", "", "row.duplicate", Integer.toString(first), true));
    }
    String id = uniqueId(slug(authorityName + "-" + projectName), seenIds);

    AuthorityKind kind = enumValue("coll_type", Vocabulary.KINDS);
    Authority authority =
        Authority.of(
            cut(authorityName, 200, "coll_nom"),
            kind == null ? AuthorityKind.OTHER_PUBLIC_OPERATOR : kind);
    authority = siret(authority);
    AiUsage.Builder b =
        AiUsage.builder(id).name(cut(projectName, 100, "nom_projet")).authority(authority);

    field("usage_description", b::description);
    boolean noPartner = partners(b);
    field(
        "projet_contact",
        v ->
            b.contact(
                v.contains("@")
                    ? Contact.of(ContactRole.OWNER, null, v)
                    : Contact.of(ContactRole.OWNER, v, null)));
    status(b);
    purpose(b);
    system(b, noPartner);
    field("impact_environnement", v -> b.impacts(i -> i.onEnvironment(v)));
    field("risque", v -> b.risk(Risk.builder().description(v).build()));
    field("objection", v -> b.decision(d -> d.contestation(v)));
    funding(b);
    dataUse(b);
    link("url_infos", "Informations", b);
    link("url_ressources", "Ressources", b);
    transparency(b);
    Cells.ReadDate updated = date("date");
    if (updated != null && updated.precision() == DatePrecision.MONTH) {
      note("date", "date.month", DAY.format(updated.date()));
    }
    for (String column : values.keySet()) {
      if (Columns.UNMAPPED.contains(column) || !Columns.ALL.contains(column)) {
        source.put(column, values.get(column));
        diagnostics.add(
            new Diagnostic(
                row, headers.get(column), values.get(column), "column.unmapped", "", true));
      }
    }
    b.metadata(
        m ->
            m.language("fr")
                .sourceValues(source)
                .updatedAt(
                    updated == null ? null : updated.date().atStartOfDay(PARIS).toInstant()));
    return b.build();
  }

  /** Names are single lines: line breaks and runs of spaces become one space, with a note. */
  private String oneLine(String column) {
    String v = values.get(column);
    if (v == null) {
      return null;
    }
    String line = v.replaceAll("[\\s\\p{Cc}]+", " ").strip();
    if (!line.equals(v)) {
      note(column, "value.oneLine", line);
    }
    return line.isEmpty() ? null : line;
  }

  private void status(AiUsage.Builder b) {
    Stage stage = enumValue("projet_status", Vocabulary.STAGES);
    Cells.ReadDate start = date("projet_date");
    String abandon = values.get("status_abandon");
    if (stage != null || start != null || abandon != null) {
      try {
        b.status(
            s ->
                s.stage(stage)
                    .startDate(start == null ? null : start.date())
                    .startDatePrecision(start == null ? null : start.precision())
                    .abandonReason(abandon));
      } catch (InvalidInputException e) {
        invalid("status_abandon", e);
      }
    }
  }

  /** Reads the partners; returns whether the cell was a placeholder for "no partner". */
  private boolean partners(AiUsage.Builder b) {
    String cell = values.get("partenaires");
    if (cell == null) {
      return false;
    }
    if (cell.matches("[-/–—_.\\s]+") || NO_PARTNER.contains(Vocabulary.fold(cell))) {
      String sourcing =
          values.containsKey("mise_en_oeuvre")
              ? values.get("mise_en_oeuvre")
              : Vocabulary.SOURCINGS.label(Sourcing.IN_HOUSE);
      note("partenaires", "partners.placeholder", sourcing);
      return true;
    }
    List<String> partners = Cells.split(cell);
    if (!Cells.isList(cell) && Cells.hasUnspacedJoin(cell)) {
      note("partenaires", "partners.hyphen", "");
    }
    field("partenaires", v -> b.partners(partners));
    return false;
  }

  private void purpose(AiUsage.Builder b) {
    Theme theme = null;
    List<String> subThemes = new ArrayList<>();
    List<String> unknownThemes = new ArrayList<>();
    for (String t :
        Cells.splitValues(values.get("theme"), v -> Vocabulary.THEMES.match(v) != null)) {
      Vocabulary.Match<Theme> m = Vocabulary.THEMES.match(t);
      if (m == null) {
        unknownThemes.add(t);
        unknownPiece("theme", t, Vocabulary.THEMES.labels());
        continue;
      }
      drift("theme", t, m, Vocabulary.THEMES);
      if (theme == null) {
        theme = m.value();
      } else {
        subThemes.add(Vocabulary.THEMES.label(m.value())); // further themes become sub-themes
      }
    }
    if (theme == null && !unknownThemes.isEmpty()) {
      theme = Theme.OTHER;
    }
    keepUnknown("theme", unknownThemes);
    subThemes.addAll(
        Cells.splitValues(
            values.get("sous_theme"), v -> Vocabulary.SUB_THEMES.contains(Vocabulary.fold(v))));
    List<Audience> audiences = enumList("audience_service", Vocabulary.AUDIENCES);
    Theme finalTheme = theme;
    String whyAi = values.get("proportionalite");
    if (finalTheme != null || !subThemes.isEmpty() || !audiences.isEmpty() || whyAi != null) {
      try {
        b.purpose(p -> p.theme(finalTheme).subThemes(subThemes).audiences(audiences).whyAi(whyAi));
      } catch (InvalidInputException e) {
        invalid("sous_theme", e);
      }
    }
  }

  private void system(AiUsage.Builder b, boolean noPartner) {
    Sourcing read = enumValue("mise_en_oeuvre", Vocabulary.SOURCINGS);
    Sourcing sourcing =
        read == null && noPartner && !values.containsKey("mise_en_oeuvre")
            ? Sourcing.IN_HOUSE
            : read;
    var hostingMode = enumValue("herbergement", Vocabulary.HOSTINGS);
    List<AiTechnique> techniques = enumList("type_algorithme", Vocabulary.TECHNIQUES);
    String name = values.get("nom_algorithme");
    String description = values.get("algorithme_description");
    if (sourcing != null
        || hostingMode != null
        || !techniques.isEmpty()
        || name != null
        || description != null) {
      try {
        b.system(
            s ->
                s.sourcing(sourcing)
                    .techniques(techniques)
                    .algorithmName(name)
                    .description(description)
                    .hosting(
                        hostingMode == null ? null : new Hosting(hostingMode, null, null, null)));
      } catch (InvalidInputException e) {
        invalid("nom_algorithme", e);
      }
    }
  }

  private void dataUse(AiUsage.Builder b) {
    var sources = enumList("donnees_source", Vocabulary.SOURCES);
    var modes = enumList("donnees_acces", Vocabulary.COLLECTION);
    if (!sources.isEmpty() || !modes.isEmpty()) {
      b.dataUse(d -> d.sources(sources).collectionModes(modes));
    }
  }

  private void funding(AiUsage.Builder b) {
    var band = enumValue("budget", Vocabulary.BUDGETS);
    List<String> funders = Cells.split(values.get("financement"));
    if (band != null || !funders.isEmpty()) {
      try {
        b.funding(
            f -> f.band(band).funders(funders.stream().map(n -> Funder.of(n, null)).toList()));
      } catch (InvalidInputException e) {
        invalid("financement", e);
      }
    }
  }

  private void transparency(AiUsage.Builder b) {
    URI image = values.containsKey("image_url") ? uri("image_url") : null;
    GeoPoint location = location();
    if (image != null || location != null) {
      try {
        b.transparency(t -> t.imageUrl(image).location(location));
      } catch (InvalidInputException e) {
        invalid("image_url", e);
      }
    }
  }

  private GeoPoint location() {
    String lat = values.get("latitude");
    String lon = values.get("longitude");
    if (lat == null && lon == null) {
      return null;
    }
    if (lat == null || lon == null) {
      String present = lat == null ? "longitude" : "latitude";
      source.put(present, values.get(present));
      diagnostics.add(
          new Diagnostic(
              row, headers.get(present), values.get(present), "geo.incomplete", "", true));
      return null;
    }
    BigDecimal latitude = Cells.decimal(lat);
    BigDecimal longitude = Cells.decimal(lon);
    for (String column : List.of("latitude", "longitude")) {
      if ((column.equals("latitude") ? latitude : longitude) == null) {
        source.put("latitude", lat);
        source.put("longitude", lon);
        diagnostics.add(
            new Diagnostic(
                row, headers.get(column), values.get(column), "value.invalid", "decimal", true));
        return null;
      }
    }
    try {
      return GeoPoint.of(latitude, longitude);
    } catch (InvalidInputException e) {
      source.put("latitude", lat);
      source.put("longitude", lon);
      invalid(e.field(), e);
      return null;
    }
  }

  /** Maps every item of a multi-valued cell: the known ones are kept, each unknown one reported. */
  private <E> List<E> enumList(String column, Vocabulary<E> vocabulary) {
    String cell = values.get(column);
    if (cell == null || notStated(column, cell)) {
      return List.of();
    }
    List<E> mapped = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String v : Cells.splitValues(cell, t -> vocabulary.match(t) != null)) {
      if (notStated(column, v)) {
        continue;
      }
      Vocabulary.Match<E> m = vocabulary.match(v);
      if (m == null) {
        unknown.add(v);
        unknownPiece(column, v, vocabulary.labels());
        continue;
      }
      drift(column, v, m, vocabulary);
      if (!mapped.contains(m.value())) {
        mapped.add(m.value());
      }
    }
    keepUnknown(column, unknown);
    return mapped;
  }

  private <E> E enumValue(String column, Vocabulary<E> vocabulary) {
    String v = values.get(column);
    if (v == null || notStated(column, v)) {
      return null;
    }
    Vocabulary.Match<E> m = vocabulary.match(v);
    if (m == null) {
      source.put(column, v);
      unknownPiece(column, v, vocabulary.labels());
      return null;
    }
    drift(column, v, m, vocabulary);
    return m.value();
  }

  /** "NSP" (ne sait pas) says nothing: read as not stated, with a note. */
  private boolean notStated(String column, String cell) {
    if (Vocabulary.unknownAnswer(cell)) {
      note(column, "value.notStated", "");
      return true;
    }
    return false;
  }

  private <E> void drift(String column, String value, Vocabulary.Match<E> m, Vocabulary<E> v) {
    if (m.drift()) {
      diagnostics.add(
          new Diagnostic(row, headers.get(column), value, "value.drift", v.label(m.value()), true));
    }
  }

  private void unknownPiece(String column, String value, List<String> allowed) {
    diagnostics.add(
        new Diagnostic(row, headers.get(column), value, "enum.unknown", allowed.toString(), true));
  }

  /** Keeps the unknown items of a multi-valued cell as its source value, to be written back. */
  private void keepUnknown(String column, List<String> unknown) {
    if (!unknown.isEmpty()) {
      source.put(column, String.join(", ", unknown));
    }
  }

  private void note(String column, String rule, String detail) {
    diagnostics.add(
        new Diagnostic(row, headers.get(column), values.get(column), rule, detail, true));
  }

  private void link(String column, String label, AiUsage.Builder b) {
    if (values.containsKey(column)) {
      URI uri = uri(column);
      if (uri != null) {
        try {
          b.link(new Link(label, uri));
        } catch (InvalidInputException e) {
          invalid(column, e);
        }
      }
    }
  }

  private URI uri(String column) {
    String v = values.get(column);
    try {
      URI uri = new URI(v);
      // Web addresses only: javascript:, file:, data: and the like are refused (issue 16).
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("http".equalsIgnoreCase(uri.getScheme())
              || "https".equalsIgnoreCase(uri.getScheme()))) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    source.put(column, v);
    diagnostics.add(new Diagnostic(row, headers.get(column), v, "url.format", "", true));
    return null;
  }

  private Authority siret(Authority authority) {
    String v = values.get("coll_siret");
    if (v == null) {
      return authority;
    }
    String digits = v.replace(" ", "");
    try {
      if (digits.length() == 9) {
        return new Authority(
            authority.name(), authority.kind(), Siren.of(digits), null, null, null);
      }
      return new Authority(authority.name(), authority.kind(), null, Siret.of(digits), null, null);
    } catch (InvalidInputException e) {
      source.put("coll_siret", v);
      String rule =
          e.rule().equals("siret.luhn") || e.rule().equals("siren.luhn")
              ? "siret.luhn"
              : "siret.format";
      diagnostics.add(new Diagnostic(row, headers.get("coll_siret"), v, rule, "", true));
      return authority;
    }
  }

  private Cells.ReadDate date(String column) {
    String v = values.get(column);
    if (v == null) {
      return null;
    }
    Cells.ReadDate parsed = Cells.date(v);
    if (parsed == null) {
      source.put(column, v);
      diagnostics.add(new Diagnostic(row, headers.get(column), v, "date.format", "", true));
    } else if (parsed.serial()) {
      note(column, "date.serial", DAY.format(parsed.date()));
    }
    return parsed;
  }

  private void field(String column, Consumer<String> set) {
    String v = values.get(column);
    if (v == null) {
      return;
    }
    try {
      set.accept(v);
    } catch (InvalidInputException e) {
      invalid(column, e);
    }
  }

  private void invalid(String column, InvalidInputException e) {
    source.put(column, values.get(column));
    diagnostics.add(
        new Diagnostic(
            row,
            headers.getOrDefault(column, column),
            values.get(column),
            "value.invalid",
            e.rule(),
            true));
  }

  private String cut(String value, int max, String column) {
    if (value.length() <= max) {
      return value;
    }
    source.put(column, value);
    diagnostics.add(new Diagnostic(row, headers.get(column), value, "value.invalid", "size", true));
    return value.substring(0, max).strip();
  }

  static String slug(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (folded.length() > 60) {
      folded = folded.substring(0, 60).replaceAll("-+$", "");
    }
    return folded.isEmpty() ? "usage" : folded;
  }

  private static String uniqueId(String base, Map<String, Integer> seen) {
    int n = seen.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }
}
