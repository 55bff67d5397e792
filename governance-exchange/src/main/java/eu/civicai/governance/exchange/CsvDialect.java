package eu.civicai.governance.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * How a real export is written: UTF-8 with or without a byte-order mark, {@code ;} or {@code ,}
 * between cells. Detection looks at the header line only: the separator it uses most wins ({@code
 * ;} on a tie, the library's own export dialect).
 *
 * @param text the file's text, without its byte-order mark
 * @param separator the cell separator
 */
record CsvDialect(String text, char separator) {

  /** Reads the file and detects its dialect. */
  static CsvDialect detect(InputStream in) {
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
    return new CsvDialect(text, separator);
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }
}
