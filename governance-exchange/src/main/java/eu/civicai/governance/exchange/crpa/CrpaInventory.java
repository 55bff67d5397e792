package eu.civicai.governance.exchange.crpa;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.Exporter;
import eu.civicai.governance.exchange.internal.Formulas;
import eu.civicai.governance.exchange.internal.Language;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatasetUse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inventory of the main algorithmic processing an administration uses to take individual
 * decisions (CRPA L312-1-3, for bodies of more than 50 agents), as a {@code ;}-separated CSV with
 * one line per usage used for decisions about individuals ({@code decision.concernsIndividuals}
 * true; the others are left out with the note {@code export.notIndividual}).
 *
 * <p>The columns are those Etalab's practical guide proposes ("Fiche pratique : l'inventaire des
 * principaux traitements algorithmiques", guides.data.gouv.fr, updated 11 February 2021):
 * administration, service, contact, update date; name of the algorithm, context, purpose, when and
 * how it intervenes, level of automation, legal bases; decisions per year, scope, population
 * concerned; data, sources, collection; type of algorithm, operations. Headers are in French, the
 * inventory's language; texts stay in the record's language. A column {@link #REQUIRED} the record
 * does not fill gets {@code export.missing}. Cells that a spreadsheet would read as a formula get a
 * leading apostrophe. Stateless and thread-safe.
 */
public final class CrpaInventory {
  /** The format's name on the command line. */
  public static final String FORMAT = "crpa-inventory";

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "Administration",
          "Service",
          "Contact",
          "Date de mise à jour",
          "Nom de l'algorithme",
          "Contexte",
          "Finalité",
          "Moment et mode d'intervention",
          "Niveau d'automatisation",
          "Bases légales",
          "Décisions par an",
          "Périmètre",
          "Population concernée",
          "Données",
          "Sources des données",
          "Modalités de collecte",
          "Type d'algorithme",
          "Opérations");

  /** The columns an inventory line cannot do without (what L312-1-3 asks to publish). */
  public static final Set<String> REQUIRED =
      Set.of(
          "Administration",
          "Contact",
          "Nom de l'algorithme",
          "Finalité",
          "Niveau d'automatisation",
          "Type d'algorithme");

  private CrpaInventory() {}

  /** Returns this format's exporter. */
  public static Exporter exporter() {
    return CrpaInventory::export;
  }

  /**
   * Exports the inventory lines of the usages used for individual decisions.
   *
   * @param usages the usages
   * @param profile which parts to write
   * @param datasets where the usages' datasets are found (names and legal bases)
   * @return the CSV (UTF-8, header line first) and its diagnostics, by line (the first usage's line
   *     being 1)
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static Export export(List<AiUsage> usages, ExportProfile profile, DatasetLookup datasets) {
    Check.notNull("usages", usages);
    Check.notNull("profile", profile);
    Check.notNull("datasets", datasets);
    List<Map<String, String>> rows = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (AiUsage usage : Check.list("usages", usages)) {
      if (usage.decision() == null
          || !Boolean.TRUE.equals(usage.decision().concernsIndividuals())) {
        diagnostics.add(
            new Diagnostic(0, "", "", "export.notIndividual", usage.id().value(), false));
        continue;
      }
      View view = View.of(usage, profile);
      if (view == null) {
        diagnostics.add(new Diagnostic(0, "", "", "export.withheld", usage.id().value(), false));
        continue;
      }
      rows.add(line(new RecordOut(view, rows.size() + 1, diagnostics), datasets));
    }
    CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(';').setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    try {
      StringWriter out = new StringWriter();
      new CsvMapper()
          .writer(schema.build().withLineSeparator("\n"))
          .writeValues(out)
          .writeAll(rows)
          .close();
      return new Export(FORMAT, "text/csv", out.toString(), diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
  }

  private static Map<String, String> line(RecordOut out, DatasetLookup datasets) {
    AiUsage u = out.usage();
    boolean fr = Language.french(u);
    Map<String, String> c = new LinkedHashMap<>();
    c.put("Administration", u.authority().name());
    out.carried("authority.name");
    c.put("Service", u.team());
    out.carried("team");
    for (int i = 0; i < u.contacts().size(); i++) {
      if (u.contacts().get(i).email() != null) {
        c.put("Contact", u.contacts().get(i).email());
        out.carried("contacts[" + i + "].email", "contacts[" + i + "].role");
        break;
      }
    }
    if (u.metadata().updatedAt() != null) {
      c.put(
          "Date de mise à jour",
          LocalDate.ofInstant(u.metadata().updatedAt(), ZoneOffset.UTC).toString());
    }
    String name = u.name();
    if (u.system() != null && u.system().algorithmName() != null) {
      name = u.system().algorithmName();
      out.carried("system.algorithmName");
    }
    c.put("Nom de l'algorithme", name);
    out.carried("name");
    c.put("Contexte", u.description());
    out.carried("description");
    if (u.purpose() != null) {
      c.put("Finalité", u.purpose().goal());
      out.carried("purpose.goal");
      List<String> scope = new ArrayList<>();
      if (u.purpose().theme() != null) {
        scope.add(Language.label(u, u.purpose().theme()));
      }
      scope.addAll(u.purpose().subThemes());
      u.purpose().audiences().forEach(a -> scope.add(Language.label(u, a)));
      c.put("Périmètre", join(scope, ", "));
      out.carried("purpose.theme", "purpose.subThemes", "purpose.audiences");
    }
    var d = u.decision();
    if (d != null) {
      if (d.outputRole() != null) {
        c.put("Moment et mode d'intervention", Language.label(u, d.outputRole()));
        out.carried("decision.outputRole");
      }
      List<String> automation = new ArrayList<>();
      if (d.outputRole() != null) {
        automation.add(Language.label(u, d.outputRole()));
      }
      if (d.oversight() != null && d.oversight().level() != null) {
        automation.add(Language.label(u, d.oversight().level()));
        out.carried("decision.oversight.level");
      }
      c.put("Niveau d'automatisation", join(automation, " — "));
      if (d.decisionsPerYear() != null) {
        c.put("Décisions par an", d.decisionsPerYear().toString());
        out.carried("decision.decisionsPerYear");
      }
      List<String> population = new ArrayList<>();
      if (d.affectedPersons() != null) {
        population.add(d.affectedPersons() + (fr ? " personnes" : " persons"));
        out.carried("decision.affectedPersons");
      }
      population.addAll(d.vulnerableGroups());
      out.carried("decision.vulnerableGroups", "decision.concernsIndividuals");
      c.put("Population concernée", join(population, ", "));
    }
    if (u.dataUse() != null) {
      List<String> names = new ArrayList<>();
      Set<String> bases = new LinkedHashSet<>();
      for (int i = 0; i < u.dataUse().datasets().size(); i++) {
        DatasetUse use = u.dataUse().datasets().get(i);
        Dataset ds = datasets.findDataset(use.dataset()).orElse(null);
        names.add(ds == null ? use.dataset().value() : ds.name());
        if (ds != null && ds.legalBasis() != null) {
          bases.add(
              (fr ? "RGPD, art. 6 : " : "GDPR Art. 6: ") + Language.label(u, ds.legalBasis()));
        }
        out.carried("dataUse.datasets[" + i + "]");
      }
      c.put("Bases légales", join(new ArrayList<>(bases), " ; "));
      c.put("Données", join(names, ", "));
      c.put(
          "Sources des données",
          join(u.dataUse().sources().stream().map(s -> Language.label(u, s)).toList(), ", "));
      c.put(
          "Modalités de collecte",
          join(
              u.dataUse().collectionModes().stream().map(m -> Language.label(u, m)).toList(),
              ", "));
      out.carried("dataUse.sources", "dataUse.collectionModes");
    }
    if (u.system() != null) {
      List<AiTechnique> techniques = u.system().techniques();
      if (!techniques.isEmpty()) {
        boolean rules = techniques.stream().allMatch(t -> t == AiTechnique.RULE_BASED);
        String kind =
            rules
                ? (fr ? "Règles" : "Rules")
                : (fr ? "Apprentissage automatique" : "Machine learning");
        c.put(
            "Type d'algorithme",
            kind
                + " ("
                + String.join(", ", techniques.stream().map(t -> Language.label(u, t)).toList())
                + ")");
        out.carried("system.techniques");
      }
      c.put("Opérations", u.system().description());
      out.carried("system.description");
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (String column : COLUMNS) {
      String v = c.get(column);
      if ((v == null || v.isBlank()) && REQUIRED.contains(column)) {
        out.missing(column, "CRPA L312-1-3");
      }
      row.put(column, v == null ? "" : Formulas.neutralise(v));
    }
    out.reportUnmapped();
    return row;
  }

  private static String join(List<String> parts, String separator) {
    return parts.isEmpty() ? null : String.join(separator, parts);
  }
}
