package eu.civicai.governance.exchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
    String text;
    try {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<AiUsage> usages = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Integer> seenProjects = new HashMap<>();
    Map<String, Integer> seenIds = new HashMap<>();
    try (MappingIterator<Map<String, String>> rows = rows(text)) {
      int row = 1;
      while (next(rows)) {
        Map<String, String> raw = value(rows);
        row++;
        AiUsage usage = new RowMapper(row, raw, diagnostics).read(seenProjects, seenIds);
        if (usage != null) {
          usages.add(usage);
        }
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    return new ImportResult(usages, diagnostics);
  }

  /**
   * Opens the rows, the separator being the one the header line uses most ({@code ;} or {@code ,}).
   */
  private static MappingIterator<Map<String, String>> rows(String text) {
    int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String header = text.substring(0, firstLineEnd);
    char separator = count(header, ';') >= count(header, ',') ? ';' : ',';
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
    try {
      return mapper.readerFor(Map.class).with(schema).readValues(new StringReader(text));
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  // The parser's own failures, and only those, mean the file is not CSV.
  private static boolean next(MappingIterator<Map<String, String>> rows) {
    try {
      return rows.hasNextValue();
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  private static Map<String, String> value(MappingIterator<Map<String, String>> rows) {
    try {
      return rows.nextValue();
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  private static InvalidInputException unreadable(Exception e) {
    return new InvalidInputException(
        "", "csv.unreadable", Messages.raw(e.getClass().getSimpleName()));
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
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
    Check.notNull("usages", usages);
    Check.notNull("profile", profile);
    List<String> columns =
        new ArrayList<>(
            Columns.ALL.stream()
                .filter(c -> profile == Profile.FULL || !Columns.RESTRICTED.contains(c))
                .toList());
    if (profile == Profile.FULL) {
      // Columns outside the schema, kept from an import, go back after the schema's own.
      new TreeSet<>(
              usages.stream().flatMap(u -> u.metadata().sourceValues().keySet().stream()).toList())
          .stream().filter(c -> !Columns.ALL.contains(c)).forEach(columns::add);
    }
    CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(';').setUseHeader(true);
    columns.forEach(schema::addColumn);
    List<Map<String, String>> rows = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (AiUsage usage : Check.list("usages", usages)) {
      if (profile == Profile.PUBLIC && !ExportRow.isPublic(usage, Part.IDENTITY)) {
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
