package eu.civicai.governance.examples;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.exchange.ImportResult;
import eu.civicai.governance.exchange.InterconnectesCsv;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A commune imports entries of the Interconnectés library (the project's own sample: invented rows
 * in the library's columns, with the drifts real exports show), and the completeness charter says
 * what each entry still lacks for publication.
 */
public final class ImportFromInterconnectes {
  private ImportFromInterconnectes() {}

  /**
   * Imports the sample and returns, for each usage, the ids of the criteria it does not satisfy.
   *
   * @param console where to print the diagnostics and what is missing
   * @return missing criteria by usage id
   */
  public static Map<String, List<String>> run(PrintStream console) {
    ImportResult result;
    try (InputStream in =
        ImportFromInterconnectes.class.getResourceAsStream("interconnectes-sample.csv")) {
      result = InterconnectesCsv.importCsv(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long problems = result.diagnostics().stream().filter(d -> d.isProblem()).count();
    console.printf(
        Locale.ROOT,
        "Import Interconnectés : %d fiches, %d problèmes signalés%n",
        result.usages().size(),
        problems);
    Clock clock = Clock.fixed(Portfolio.AT, ZoneId.of("Europe/Paris"));
    CharterEvaluator completeness =
        CharterEvaluator.of(BuiltInCharters.completenessInterconnectes());
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (AiUsage usage : result.usages()) {
      EvaluationReport report =
          completeness.evaluate(usage, EvaluationContext.of(clock, Locale.FRENCH)).get(0);
      List<String> unmet =
          report.findings(Outcome.NOT_SATISFIED).stream().map(Finding::criterionId).toList();
      missing.put(usage.id().value(), unmet);
      String fields =
          String.join(", ", unmet.stream().map(id -> id.substring(id.indexOf('.') + 1)).toList());
      console.printf(
          Locale.ROOT,
          "  %-48s %s%n",
          usage.id(),
          unmet.isEmpty()
              ? "fiche complète"
              : "manque "
                  + unmet.size()
                  + (unmet.size() == 1 ? " champ : " : " champs : ")
                  + fields);
    }
    return missing;
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
