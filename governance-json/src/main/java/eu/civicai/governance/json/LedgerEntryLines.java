package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectWriter;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.json.internal.Errors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a ledger file (JSON Lines, always JSON): a header line, then one compact entry per
 * line. The pointer of a bad line is its number ({@code /3}).
 */
final class LedgerEntryLines {
  static final String HEADER =
      "{\"schemaVersion\":\"" + GovernanceJson.SCHEMA_VERSION + "\",\"type\":\"ledger\"}";

  private final ObjectWriter compact;
  private final DocumentReader reader;

  LedgerEntryLines(ObjectWriter compact, DocumentReader reader) {
    this.compact = compact;
    this.reader = reader;
  }

  static void checkHeader(String line) {
    if (!line.equals(HEADER)) {
      throw new JsonReadException("", "json.documentType", Messages.raw("ledger"));
    }
  }

  String write(LedgerEntry entry) {
    try {
      return compact.writeValueAsString(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LedgerEntry read(String line, long lineNumber) {
    try (JsonParser p =
        reader.parser(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))) {
      p.nextToken();
      LedgerEntry entry = reader.readCurrent(p, LedgerEntry.class, "/" + lineNumber);
      if (p.nextToken() != null) {
        throw new JsonReadException("/" + lineNumber, "json.trailingTokens");
      }
      return entry;
    } catch (IOException e) {
      throw Errors.translate(e, "/" + lineNumber, reader.limits());
    }
  }
}
