package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.json.internal.Errors;
import eu.civicai.governance.json.internal.RegisterChecks;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads values of a document with the parser that reads the whole document, so that the parser's
 * position is the JSON Pointer of a bad value. Shared by whole documents, streamed registers and
 * ledger lines. Immutable and thread-safe.
 */
final class DocumentReader {
  private final ObjectMapper mapper;
  private final JsonLimits limits;

  DocumentReader(ObjectMapper mapper, JsonLimits limits) {
    this.mapper = mapper;
    this.limits = limits;
  }

  JsonLimits limits() {
    return limits;
  }

  JsonParser parser(InputStream in) throws IOException {
    return mapper.getFactory().createParser(in);
  }

  /** Reads the next value, then checks a register as loading it into a register would. */
  <T> T readValue(JsonParser p, Class<T> type, String pointer) throws IOException {
    p.nextToken();
    T content = readCurrent(p, type, pointer);
    if (content instanceof RegisterDocument register) {
      // What loading it into a register would refuse is refused here, with a pointer (issue 16).
      RegisterChecks.check(register.usages(), register.datasets(), pointer);
    }
    return content;
  }

  /** Reads the value at the parser's current token. */
  <T> T readCurrent(JsonParser p, Class<T> type, String pointer) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL || p.currentToken() == null) {
      throw new JsonReadException(pointer, "json.required");
    }
    ObjectReader reader =
        mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try {
      return reader.readValue(p);
    } catch (IOException e) {
      // Documents are read by one parser from their first byte: its position is the pointer.
      throw Errors.translate(e, pointer, limits, pointer.startsWith("/content"), p);
    }
  }

  /** Moves to the next token, which must be {@code token}. */
  static void expect(JsonParser p, JsonToken token, String pointer, String what)
      throws IOException {
    if (p.nextToken() != token) {
      throw new JsonReadException(pointer, "json.type", Messages.raw(what));
    }
  }
}
