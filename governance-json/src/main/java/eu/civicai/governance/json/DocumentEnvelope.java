package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.json.internal.Errors;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of every document: {@code schemaVersion}, {@code type} and {@code content}, in this
 * order, nothing before, after or beside them. Written and checked here only, for every syntax.
 */
final class DocumentEnvelope {
  private DocumentEnvelope() {}

  /** Writes the start of the envelope, up to the {@code content} name. */
  static void start(JsonGenerator g, DocumentType<?> type) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", GovernanceJson.SCHEMA_VERSION);
    g.writeStringField("type", type.name());
    g.writeFieldName("content");
  }

  /** Ends the envelope; a JSON text ends with a line feed (YAML ends its own lines). */
  static void end(JsonGenerator g, boolean lineFeed) throws IOException {
    g.writeEndObject();
    if (lineFeed) {
      g.writeRaw('\n');
    }
  }

  /**
   * Reads the envelope up to the {@code content} name.
   *
   * @param expected the type required, or null for any
   * @return the document's type
   * @throws JsonReadException {@code json.envelope}, {@code json.schemaVersion}, {@code
   *     json.unknownType} or {@code json.documentType}
   */
  static DocumentType<?> open(JsonParser p, @Nullable DocumentType<?> expected) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonReadException("", "json.envelope");
    }
    String version = field(p, "schemaVersion");
    if (!GovernanceJson.SCHEMA_VERSION.equals(version)) {
      throw new JsonReadException(
          "/schemaVersion", "json.schemaVersion", Messages.raw(GovernanceJson.SCHEMA_VERSION));
    }
    String typeName = field(p, "type");
    DocumentType<?> type =
        DocumentType.named(typeName)
            .orElseThrow(
                () ->
                    new JsonReadException(
                        "/type", "json.unknownType", Messages.raw(DocumentType.all())));
    if (expected != null && type != expected) {
      throw new JsonReadException("/type", "json.documentType", Messages.raw(expected.name()));
    }
    if (p.nextToken() != JsonToken.FIELD_NAME || !"content".equals(p.currentName())) {
      throw new JsonReadException("", "json.envelope");
    }
    return type;
  }

  private static String field(JsonParser p, String name) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
      throw new JsonReadException("", "json.envelope");
    }
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw new JsonReadException("/" + name, "json.type", Messages.raw("string"));
    }
    return p.getText();
  }

  /** Reads the end of the envelope: nothing after the content, nothing after the document. */
  static void close(JsonParser p) throws IOException {
    JsonToken next = p.nextToken();
    if (next == JsonToken.FIELD_NAME) {
      throw new JsonReadException("/" + Errors.escape(p.currentName()), "json.unknownProperty");
    }
    if (next != JsonToken.END_OBJECT) {
      throw new JsonReadException("", "json.envelope");
    }
    if (p.nextToken() != null) {
      throw new JsonReadException("", "json.trailingTokens");
    }
  }
}
