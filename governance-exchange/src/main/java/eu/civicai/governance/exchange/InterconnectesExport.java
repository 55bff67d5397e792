package eu.civicai.governance.exchange;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Part;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes usages as an Interconnectés CSV: chooses the columns of the profile, asks {@link
 * ExportRow} for each usage's cells, neutralises formulas and writes the file.
 */
final class InterconnectesExport {
  private InterconnectesExport() {}

  static ExportResult export(List<AiUsage> usages, InterconnectesCsv.Profile profile) {
    Check.notNull("usages", usages);
    Check.notNull("profile", profile);
    List<String> columns = columns(usages, profile);
    CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(';').setUseHeader(true);
    columns.forEach(schema::addColumn);
    List<Map<String, String>> rows = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (AiUsage usage : Check.list("usages", usages)) {
      if (profile == InterconnectesCsv.Profile.PUBLIC
          && !ExportRow.isPublic(usage, Part.IDENTITY)) {
        diagnostics.add(new Diagnostic(0, "", "", "export.withheld", usage.id().value(), false));
        continue;
      }
      Map<String, String> cells = ExportRow.write(usage, rows.size() + 2, profile, diagnostics);
      Map<String, String> kept = new LinkedHashMap<>();
      for (String c : columns) {
        String value = ExportRow.writes(profile, usage, c) ? cells.getOrDefault(c, "") : "";
        kept.put(c, Cells.neutralise(value));
      }
      rows.add(kept);
    }
    try {
      StringWriter out = new StringWriter();
      new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows).close();
      return new ExportResult(out.toString(), diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
  }

  /** The schema's columns the profile writes; in full, the columns kept from an import after. */
  private static List<String> columns(List<AiUsage> usages, InterconnectesCsv.Profile profile) {
    List<String> columns =
        new ArrayList<>(
            Columns.ALL.stream()
                .filter(
                    c ->
                        profile == InterconnectesCsv.Profile.FULL
                            || !Columns.RESTRICTED.contains(c))
                .toList());
    if (profile == InterconnectesCsv.Profile.FULL) {
      new TreeSet<>(
              usages.stream().flatMap(u -> u.metadata().sourceValues().keySet().stream()).toList())
          .stream().filter(c -> !Columns.ALL.contains(c)).forEach(columns::add);
    }
    return columns;
  }
}
