package eu.civicai.governance.exchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.org.Siret;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.Funder;
import eu.civicai.governance.usage.Hosting;
import eu.civicai.governance.usage.Link;
import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Import and export of the Interconnectés "Bibliothèque IA territoriale" CSV files (Table Schema
 * {@code interconnectes_IA-schema.json}).
 *
 * <p>Import accepts what real exports look like: {@code ,} or {@code ;} separators, UTF-8 with or
 * without BOM, quoted multi-line values, trailing spaces, the schema's field names or the public
 * site's export headers, dates as MM/AAAA or JJ/MM/AAAA, multi-valued cells separated by commas or
 * hyphens, values that drift from the schema. Every value lands in a field of the usage model or,
 * when none fits or it cannot be read, in the record's source values, with a {@link Diagnostic}:
 * nothing is lost silently. A row is skipped only when its identity (authority name, project name)
 * is missing. Ids are stable: the same file gives the same ids.
 *
 * <p>Export writes the schema's columns, {@code ;}-separated, in the {@link Profile#PUBLIC} profile
 * (restricted columns left out) or {@link Profile#FULL}; export then import gives back every
 * mappable field. Stateless and thread-safe.
 */
public final class InterconnectesCsv {

  /** Which columns an export writes. */
  public enum Profile {
    /** The public columns only, for open data. */
    PUBLIC,
    /** Every column, restricted ones included, for the network's members. */
    FULL
  }

  private static final List<String> COLUMNS =
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

  private static final Set<String> RESTRICTED =
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
  private static final Set<String> UNMAPPED =
      Set.of(
          "latitude",
          "longitude",
          "algorithme_operations",
          "risque_categorie",
          "decision",
          "erreur",
          "explicabilite",
          "reversibilite");

  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    for (String column : COLUMNS) {
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
  }

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private InterconnectesCsv() {}

  private static void alias(String column, String... names) {
    for (String name : names) {
      ALIASES.put(Vocabulary.fold(name), column);
    }
  }

  // --- import
  // -------------------------------------------------------------------------------------

  /**
   * Imports a CSV file.
   *
   * @param in the file's bytes (not closed)
   * @return the usages and the diagnostics
   * @throws InvalidInputException {@code csv.unreadable} when the file is not CSV at all
   */
  public static ImportResult importCsv(InputStream in) {
    Check.notNull("in", in);
    String text;
    try {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String header = text.substring(0, firstLineEnd);
    char separator = count(header, ';') >= count(header, ',') ? ';' : ',';
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
    List<AiUsage> usages = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Integer> seenProjects = new HashMap<>();
    Map<String, Integer> seenIds = new HashMap<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerFor(Map.class).with(schema).readValues(new StringReader(text))) {
      int row = 1;
      while (rows.hasNextValue()) {
        Map<String, String> raw = rows.nextValue();
        row++;
        RowReader reader = new RowReader(row, raw, diagnostics);
        AiUsage usage = reader.read(seenProjects, seenIds);
        if (usage != null) {
          usages.add(usage);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof GovernanceException g) {
        throw g;
      }
      throw new InvalidInputException(
          "",
          "csv.unreadable",
          eu.civicai.governance.internal.Messages.raw(e.getClass().getSimpleName()));
    }
    return new ImportResult(usages, diagnostics);
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }

  /** Reads one row. */
  private static final class RowReader {
    final int row;
    final Map<String, String> values = new LinkedHashMap<>(); // canonical column → value
    final Map<String, String> headers = new HashMap<>(); // canonical column → header as written
    final List<Diagnostic> diagnostics;
    final Map<String, String> source = new TreeMap<>();
    boolean duplicate;

    RowReader(int row, Map<String, String> raw, List<Diagnostic> diagnostics) {
      this.row = row;
      this.diagnostics = diagnostics;
      raw.forEach(
          (header, value) -> {
            String column = ALIASES.getOrDefault(Vocabulary.fold(header), header.strip());
            String v = value == null ? "" : value.strip();
            if (!v.isEmpty()) {
              values.put(column, v);
              headers.put(column, header.strip());
            }
          });
    }

    AiUsage read(Map<String, Integer> seenProjects, Map<String, Integer> seenIds) {
      String authorityName = values.get("coll_nom");
      String projectName = values.get("nom_projet");
      if (authorityName == null || projectName == null) {
        String missing = authorityName == null ? "coll_nom" : "nom_projet";
        diagnostics.add(new Diagnostic(row, missing, "", "row.identity", missing, false));
        return null;
      }
      String key = Vocabulary.fold(authorityName) + "|" + Vocabulary.fold(projectName);
      Integer first = seenProjects.putIfAbsent(key, row);
      if (first != null) {
        diagnostics.add(
            new Diagnostic(row, "", "", "row.duplicate", Integer.toString(first), true));
      }
      String id = uniqueId(slug(authorityName + "-" + projectName), seenIds);

      AuthorityKind kind = Vocabulary.find(Vocabulary.KINDS, values.getOrDefault("coll_type", ""));
      if (kind == null) {
        if (values.containsKey("coll_type")) {
          unknown("coll_type", Vocabulary.labels(Vocabulary.KINDS));
        }
        kind = AuthorityKind.OTHER_PUBLIC_OPERATOR;
      }
      Authority authority = Authority.of(cut(authorityName, 200, "coll_nom"), kind);
      authority = siret(authority);
      AiUsage.Builder b =
          AiUsage.builder(id).name(cut(projectName, 100, "nom_projet")).authority(authority);

      field("usage_description", v -> b.description(v));
      List<String> partners = split(values.get("partenaires"));
      field("partenaires", v -> b.partners(partners));
      field(
          "projet_contact",
          v ->
              b.contact(
                  v.contains("@")
                      ? Contact.of(ContactRole.OWNER, null, v)
                      : Contact.of(ContactRole.OWNER, v, null)));
      Stage stage = enumValue("projet_status", Vocabulary.STAGES);
      LocalDate start = date("projet_date");
      String abandon = values.get("status_abandon");
      if (stage != null || start != null || abandon != null) {
        try {
          b.status(s -> s.stage(stage).startDate(start).abandonReason(abandon));
        } catch (InvalidInputException e) {
          invalid("status_abandon", e);
        }
      }
      purpose(b);
      system(b);
      field("impact_environnement", v -> b.impacts(i -> i.onEnvironment(v)));
      field("risque", v -> b.risk(Risk.builder().description(v).build()));
      field("objection", v -> b.decision(d -> d.contestation(v)));
      funding(b);
      dataUse(b);
      link("url_infos", "Informations", b);
      link("url_ressources", "Ressources", b);
      if (values.containsKey("image_url")) {
        URI uri = uri("image_url");
        if (uri != null) {
          b.transparency(t -> t.imageUrl(uri));
        }
      }
      LocalDate updated = date("date");
      for (String column : values.keySet()) {
        if (UNMAPPED.contains(column) || !COLUMNS.contains(column)) {
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
                  .updatedAt(updated == null ? null : updated.atStartOfDay(PARIS).toInstant()));
      return b.build();
    }

    private void purpose(AiUsage.Builder b) {
      List<String> themeValues = split(values.get("theme"));
      Theme theme =
          themeValues.isEmpty() ? null : Vocabulary.find(Vocabulary.THEMES, themeValues.get(0));
      List<String> subThemes = new ArrayList<>();
      if (!themeValues.isEmpty() && theme == null) {
        unknown("theme", Vocabulary.labels(Vocabulary.THEMES));
        theme = Theme.OTHER;
      } else if (theme != null) {
        subThemes.addAll(
            themeValues.subList(1, themeValues.size())); // further themes become sub-themes
      }
      subThemes.addAll(split(values.get("sous_theme")));
      List<Audience> audiences = new ArrayList<>();
      for (String a : split(values.get("audience_service"))) {
        Audience mapped = Vocabulary.find(Vocabulary.AUDIENCES, a);
        if (mapped == null) {
          unknown("audience_service", Vocabulary.labels(Vocabulary.AUDIENCES));
          audiences.clear();
          break;
        }
        if (!audiences.contains(mapped)) {
          audiences.add(mapped);
        }
      }
      Theme finalTheme = theme;
      String whyAi = values.get("proportionalite");
      if (finalTheme != null || !subThemes.isEmpty() || !audiences.isEmpty() || whyAi != null) {
        try {
          b.purpose(
              p -> p.theme(finalTheme).subThemes(subThemes).audiences(audiences).whyAi(whyAi));
        } catch (InvalidInputException e) {
          invalid("sous_theme", e);
        }
      }
    }

    private void system(AiUsage.Builder b) {
      var sourcing = enumValue("mise_en_oeuvre", Vocabulary.SOURCINGS);
      var hostingMode = enumValue("herbergement", Vocabulary.HOSTINGS);
      List<AiTechnique> techniques = new ArrayList<>();
      if (values.containsKey("type_algorithme")
          && !Vocabulary.unknownAnswer(values.get("type_algorithme"))) {
        for (String t : split(values.get("type_algorithme"))) {
          AiTechnique mapped = Vocabulary.find(Vocabulary.TECHNIQUES, t);
          if (mapped == null) {
            unknown("type_algorithme", Vocabulary.labels(Vocabulary.TECHNIQUES));
            techniques.clear();
            break;
          }
          techniques.add(mapped);
        }
      }
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
      var sources = enumList("donnees_source", Vocabulary.SOURCES, true);
      var modes = enumList("donnees_acces", Vocabulary.COLLECTION, false);
      if (!sources.isEmpty() || !modes.isEmpty()) {
        b.dataUse(d -> d.sources(sources).collectionModes(modes));
      }
    }

    /** Maps every value of a multi-valued cell, or none and a diagnostic when one is unknown. */
    private <E> List<E> enumList(String column, Map<String, E> vocabulary, boolean sensors) {
      String cell = values.get(column);
      if (cell == null || Vocabulary.unknownAnswer(cell)) {
        return List.of();
      }
      List<E> mapped = new ArrayList<>();
      for (String v : split(cell)) {
        E e = Vocabulary.find(vocabulary, v);
        if (e == null && sensors && Vocabulary.fold(v).startsWith("capteur")) {
          e = vocabulary.get("capteurs"); // "Capteurs IoT", "Capteurs de trafic": sensors
        }
        if (e == null) {
          unknown(column, Vocabulary.labels(vocabulary));
          return List.of();
        }
        if (!mapped.contains(e)) {
          mapped.add(e);
        }
      }
      return mapped;
    }

    private void funding(AiUsage.Builder b) {
      var band = enumValue("budget", Vocabulary.BUDGETS);
      List<String> funders = split(values.get("financement"));
      if (band != null || !funders.isEmpty()) {
        try {
          b.funding(
              f -> f.band(band).funders(funders.stream().map(n -> Funder.of(n, null)).toList()));
        } catch (InvalidInputException e) {
          invalid("financement", e);
        }
      }
    }

    private void link(String column, String label, AiUsage.Builder b) {
      if (values.containsKey(column)) {
        URI uri = uri(column);
        if (uri != null) {
          b.link(new Link(label, uri));
        }
      }
    }

    private URI uri(String column) {
      String v = values.get(column);
      try {
        URI uri = new URI(v);
        if (uri.isAbsolute()) {
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
        return new Authority(
            authority.name(), authority.kind(), null, Siret.of(digits), null, null);
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

    private <E> E enumValue(String column, Map<String, E> vocabulary) {
      String v = values.get(column);
      if (v == null || Vocabulary.unknownAnswer(v)) {
        return null;
      }
      E mapped = Vocabulary.find(vocabulary, v);
      if (mapped == null) {
        unknown(column, Vocabulary.labels(vocabulary));
      }
      return mapped;
    }

    private void unknown(String column, List<String> allowed) {
      source.put(column, values.get(column));
      diagnostics.add(
          new Diagnostic(
              row,
              headers.get(column),
              values.get(column),
              "enum.unknown",
              allowed.toString(),
              true));
    }

    private LocalDate date(String column) {
      String v = values.get(column);
      if (v == null) {
        return null;
      }
      LocalDate parsed = parseDate(v);
      if (parsed == null) {
        source.put(column, v);
        diagnostics.add(new Diagnostic(row, headers.get(column), v, "date.format", "", true));
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
      diagnostics.add(
          new Diagnostic(row, headers.get(column), value, "value.invalid", "size", true));
      return value.substring(0, max).strip();
    }
  }

  static LocalDate parseDate(String text) {
    String v = text.strip();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(v);
      }
      String[] parts = v.split("/");
      if (parts.length == 2 && parts[1].length() == 4) {
        return LocalDate.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]), 1);
      }
      if (parts.length == 3 && parts[2].length() == 4) {
        return LocalDate.of(
            Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  /** Splits a multi-valued cell on commas, or on hyphens when there is no comma. */
  static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    String separator = cell.contains(",") ? "," : "-";
    List<String> out = new ArrayList<>();
    for (String part : cell.split(separator)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  static String slug(String text) {
    String folded =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
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

  // --- export
  // -------------------------------------------------------------------------------------

  /**
   * Exports usages as a {@code ;}-separated CSV in the schema's columns.
   *
   * @param usages the usages
   * @param profile which columns to write
   * @return the CSV text, UTF-8, with a header line
   */
  public static String export(List<AiUsage> usages, Profile profile) {
    Check.notNull("usages", usages);
    Check.notNull("profile", profile);
    List<String> columns =
        new ArrayList<>(
            COLUMNS.stream()
                .filter(c -> profile == Profile.FULL || !RESTRICTED.contains(c))
                .toList());
    if (profile == Profile.FULL) {
      // Columns outside the schema, kept from an import, go back after the schema's own.
      new java.util.TreeSet<>(
              usages.stream().flatMap(u -> u.metadata().sourceValues().keySet().stream()).toList())
          .stream().filter(c -> !COLUMNS.contains(c)).forEach(columns::add);
    }
    CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(';').setUseHeader(true);
    columns.forEach(schema::addColumn);
    List<Map<String, String>> rows = new ArrayList<>();
    for (AiUsage usage : Check.list("usages", usages)) {
      Map<String, String> row = new LinkedHashMap<>(usage.metadata().sourceValues());
      ExportRow.fill(usage, row);
      Map<String, String> kept = new LinkedHashMap<>();
      for (String c : columns) {
        kept.put(c, row.getOrDefault(c, ""));
      }
      rows.add(kept);
    }
    try {
      StringWriter out = new StringWriter();
      new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows).close();
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Exports to bytes (UTF-8). */
  public static byte[] exportBytes(List<AiUsage> usages, Profile profile) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(export(usages, profile).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
