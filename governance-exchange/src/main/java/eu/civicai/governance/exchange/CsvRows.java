package eu.civicai.governance.exchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the rows of a CSV text, header first, each row as a map from header to cell (trimmed, empty
 * lines skipped). The parser's own failures, and only those, mean the file is not CSV: they become
 * {@code csv.unreadable}.
 */
final class CsvRows {
  private CsvRows() {}

  /**
   * Calls {@code row} with each row's number in the file (the header being row 1) and its cells.
   *
   * @throws InvalidInputException {@code csv.unreadable} when the text is not CSV
   */
  static void forEach(CsvDialect dialect, BiConsumer<Integer, Map<String, String>> row) {
    try (MappingIterator<Map<String, String>> rows = open(dialect)) {
      int number = 1;
      while (next(rows)) {
        Map<String, String> raw = value(rows);
        number++;
        row.accept(number, raw);
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static MappingIterator<Map<String, String>> open(CsvDialect dialect) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
    CsvSchema schema =
        CsvSchema.emptySchema().withHeader().withColumnSeparator(dialect.separator());
    try {
      return mapper.readerFor(Map.class).with(schema).readValues(new StringReader(dialect.text()));
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

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
}
