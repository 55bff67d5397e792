package eu.civicai.governance.exchange;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.exchange.internal.Completeness;
import eu.civicai.governance.exchange.internal.RecordOut;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * <p>Values that drift from the schema are read by a rule, not a list of cases (see {@code
 * Vocabulary}): case, accents, spaces, plural and feminine endings, small words, known synonyms, a
 * label's words held in a longer value ("Transition écologique et énergétique"); each drift is
 * reported ({@code value.drift}) with the value read. A multi-valued cell keeps every known value
 * and reports each unknown one, kept as a source value. Dates keep their precision ("01/2024" is a
 * month); spreadsheet serial day numbers are read as dates ({@code date.serial}).
 *
 * <p>Export writes the schema's columns, {@code ;}-separated, in the {@link Profile#PUBLIC} profile
 * or {@link Profile#FULL}; {@link #exportCsv} reports every value the file cannot carry. The public
 * profile writes the schema's public columns of the parts each usage publishes ({@link
 * eu.civicai.governance.usage.Transparency#visibilityOf}); a usage whose identity is restricted is
 * left out. Cells that a spreadsheet would read as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, plain numbers such as {@code -1.55} excepted)
 * get a leading apostrophe, which import removes again. Export then import gives back every
 * mappable field. Stateless and thread-safe.
 *
 * <p>Inside, each step has its own class: {@code CsvDialect} detects the encoding mark and the
 * separator, {@code CsvRows} reads the rows, {@code RowMapper} maps a row to a usage (with {@code
 * Columns}, {@code Cells} and {@code Vocabulary}), {@code InterconnectesExport} and {@code
 * ExportRow} write the file.
 */
public final class InterconnectesCsv {

  /** Which columns an export writes. */
  public enum Profile {
    /**
     * The public columns only, for open data, of the parts each usage publishes: a part marked
     * {@link eu.civicai.governance.Visibility#RESTRICTED} (or restricted by default, such as the
     * system) is not written, and a usage whose identity is restricted is left out.
     */
    PUBLIC,
    /** Every column, restricted ones included, for the network's members. */
    FULL
  }

  private InterconnectesCsv() {}

  // --- import
  // -------------------------------------------------------------------------------------

  /**
   * Imports a CSV file.
   *
   * @param in the file's bytes (not closed)
   * @return the usages and the diagnostics
   * @throws InvalidInputException {@code csv.unreadable} when the file is not CSV at all
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static ImportResult importCsv(InputStream in) {
    Check.notNull("in", in);
    CsvDialect dialect = CsvDialect.detect(in);
    List<AiUsage> usages = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Integer> seenProjects = new HashMap<>();
    Map<String, Integer> seenIds = new HashMap<>();
    CsvRows.forEach(
        dialect,
        (row, raw) -> {
          AiUsage usage = new RowMapper(row, raw, diagnostics).read(seenProjects, seenIds);
          if (usage != null) {
            usages.add(usage);
          }
        });
    return new ImportResult(usages, diagnostics);
  }

  /** Splits a cell the way import does (for tests). */
  static List<String> split(String cell) {
    return Cells.split(cell);
  }

  /** Returns the id import gives a text (for tests). */
  static String slug(String text) {
    return RowMapper.slug(text);
  }

  // --- export
  // -------------------------------------------------------------------------------------

  /**
   * Exports usages as a {@code ;}-separated CSV in the schema's columns. Same as {@link
   * #exportCsv}{@code .csv()}: use that method to learn what the file could not carry.
   *
   * @param usages the usages
   * @param profile which columns to write
   * @return the CSV text, UTF-8, with a header line
   * @throws InvalidInputException when an argument is null
   */
  public static String export(List<AiUsage> usages, Profile profile) {
    return exportCsv(usages, profile).csv();
  }

  /**
   * Exports usages as a {@code ;}-separated CSV in the schema's columns, and reports every value
   * the file cannot carry (see {@link ExportResult}).
   *
   * @param usages the usages
   * @param profile which columns to write
   * @return the CSV text, UTF-8, with a header line, and the diagnostics
   * @throws InvalidInputException when an argument is null
   */
  public static ExportResult exportCsv(List<AiUsage> usages, Profile profile) {
    return InterconnectesExport.export(usages, profile);
  }

  /**
   * Returns this format as an {@link Exporter} ({@code interconnectes}): the same file as {@link
   * #exportCsv}, with what each usage lacks for the library's required fields ({@code
   * export.incomplete}, from the completeness charter {@code civicai.completeness.interconnectes},
   * evaluated on what the profile lets through) added to the diagnostics, by row of the file.
   *
   * @return the exporter
   */
  public static Exporter exporter() {
    return (usages, profile, datasets) -> {
      Check.notNull("profile", profile);
      Check.notNull("datasets", datasets);
      ExportResult r = exportCsv(usages, profile.interconnectes());
      List<Diagnostic> diagnostics = new ArrayList<>(r.diagnostics());
      int row = 2;
      for (AiUsage u : usages) {
        View view = View.of(u, profile);
        if (view != null) {
          Completeness.gaps(
              new RecordOut(view, row++, diagnostics),
              BuiltInCharters.completenessInterconnectes(),
              datasets);
        }
      }
      return new Export("interconnectes", "text/csv", r.csv(), diagnostics);
    };
  }

  /**
   * Exports to bytes (UTF-8).
   *
   * @param usages the usages
   * @param profile which columns to write
   * @return the CSV's bytes
   * @throws InvalidInputException when an argument is null
   */
  public static byte[] exportBytes(List<AiUsage> usages, Profile profile) {
    return export(usages, profile).getBytes(StandardCharsets.UTF_8);
  }
}
