package eu.civicai.governance.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.json.internal.Errors;
import eu.civicai.governance.json.internal.GovernanceModule;
import eu.civicai.governance.json.internal.RegisterChecks;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entry point of the JSON format: writes and reads every document of the library, strictly and
 * safely.
 *
 * <p>A document is an object with three properties, in this order: {@code schemaVersion} ({@value
 * #SCHEMA_VERSION}), {@code type} (a {@link DocumentType} name) and {@code content}. Names are
 * camelCase, enums UPPER_SNAKE strings, dates ISO-8601, quantities {@code {"value": …, "unit":
 * "…"}}; absent values and empty lists are left out. Writing is deterministic: the same value gives
 * the same bytes.
 *
 * <p>Reading is strict: limits on depth and lengths ({@link JsonLimits}); duplicate keys, trailing
 * content, unknown properties, nulls for primitives, floats into integers and strings into numbers
 * or booleans are rejected; no type is ever chosen from the input (no polymorphic typing); every
 * value goes through the same checks as the builders. Every error is a {@link JsonReadException}
 * with the JSON Pointer of the bad value, whose message never quotes the input.
 *
 * <p>Immutable and thread-safe: create one instance and share it.
 */
public final class GovernanceJson {
  /** The schema version written, and the only one read. */
  public static final String SCHEMA_VERSION = "1.0";

  private final JsonLimits limits;
  private final JsonMapper mapper;
  private final ObjectWriter pretty;
  private final ObjectWriter compact;

  private GovernanceJson(JsonLimits limits) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    JsonMapper m =
        JsonMapper.builder(factory)
            .addModule(new GovernanceModule(limits))
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();
    for (LogicalType type :
        new LogicalType[] {
          LogicalType.Integer,
          LogicalType.Float,
          LogicalType.Boolean,
          LogicalType.Textual,
          LogicalType.Enum
        }) {
      m.coercionConfigFor(type)
          .setCoercion(
              CoercionInputShape.String,
              type == LogicalType.Textual || type == LogicalType.Enum
                  ? CoercionAction.TryConvert
                  : CoercionAction.Fail);
      m.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    this.mapper = m;
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    this.pretty = m.writer(printer);
    this.compact = m.writer();
  }

  /** Returns an instance with the default limits. */
  public static GovernanceJson create() {
    return new GovernanceJson(JsonLimits.DEFAULTS);
  }

  /** Returns an instance with the given limits. */
  public static GovernanceJson create(JsonLimits limits) {
    return new GovernanceJson(Check.notNull("limits", limits));
  }

  /** Returns the limits in force. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns the Jackson module of the library's types, for an application's own {@code
   * ObjectMapper} (which then has its own, not these, reading rules).
   */
  public static Module module() {
    return new GovernanceModule();
  }

  // --- documents --------------------------------------------------------------------------------

  /** Writes a document as indented UTF-8 JSON text ending with a new line. */
  public <T> String write(DocumentType<T> type, T content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(type, content, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a document to a stream (not closed), indented, ending with a new line.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public <T> void write(DocumentType<T> type, T content, OutputStream out) {
    Check.notNull("type", type);
    Check.notNull("content", content);
    Check.notNull("out", out);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("type", type.name());
      g.writeFieldName("content");
      pretty.writeValue(g, content);
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document of the given type from text. */
  public <T> T read(DocumentType<T> type, String json) {
    Check.notNull("json", json);
    return read(type, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a document of the given type from a stream (not closed).
   *
   * @throws JsonReadException with the JSON Pointer of the first bad value
   */
  public <T> T read(DocumentType<T> type, InputStream in) {
    Check.notNull("type", type);
    Check.notNull("in", in);
    try (JsonParser p = parser(in)) {
      openEnvelope(p, type);
      T content = readValue(p, type.javaType(), "/content");
      closeEnvelope(p);
      return content;
    } catch (IOException e) {
      throw Errors.translate(e, "", limits, true);
    }
  }

  /**
   * Reads any document, whatever its type, and returns its type and content: what a validator of
   * files of unknown type needs.
   */
  public Document<?> readAny(InputStream in) {
    Check.notNull("in", in);
    try (JsonParser p = parser(in)) {
      DocumentType<?> type = openEnvelope(p, null);
      Object content = readValue(p, type.javaType(), "/content");
      closeEnvelope(p);
      return Document.of(type, content);
    } catch (IOException e) {
      throw Errors.translate(e, "", limits, true);
    }
  }

  /**
   * A document's type and content.
   *
   * @param type the type
   * @param content the content
   * @param <T> the content's type
   */
  public record Document<T>(DocumentType<T> type, T content) {
    static <T> Document<T> of(DocumentType<T> type, Object content) {
      return new Document<>(type, type.javaType().cast(content));
    }
  }

  // --- streaming registers
  // ------------------------------------------------------------------------

  /**
   * Reads a register document element by element: each usage, then each dataset, is handed over as
   * soon as it is read, so that memory stays flat however large the file. Earlier revisions ({@code
   * history}) are read and checked, and not handed over; see {@link #readRegister(InputStream,
   * Consumer, Consumer, Consumer)}.
   *
   * @param in the stream (not closed)
   * @param usages receives the latest revision of each usage
   * @param datasets receives each dataset, sources first (see below)
   * @return how many usages, earlier revisions and datasets were read
   * @throws JsonReadException at the first bad value
   */
  public long readRegister(InputStream in, Consumer<AiUsage> usages, Consumer<Dataset> datasets) {
    return readRegister(in, usages, revision -> {}, datasets);
  }

  /**
   * Reads a register document element by element, its earlier revisions included: what {@link
   * Register#restore} needs to rebuild a register with its history ({@code json.readRegister(in,
   * register::restore, register::restore, register::addDataset)}).
   *
   * <p>A dataset is handed over once the datasets it derives from have been: one written before its
   * source is held back until the source is read, so that a register can add each as it comes. A
   * dataset whose source never appears is handed over at the end of the datasets, in document
   * order. Only the ids of the datasets read are kept, and the datasets held back.
   *
   * @param in the stream (not closed)
   * @param usages receives the latest revision of each usage
   * @param history receives each earlier revision
   * @param datasets receives each dataset, sources first
   * @return how many usages, earlier revisions and datasets were read
   * @throws JsonReadException at the first bad value
   */
  public long readRegister(
      InputStream in,
      Consumer<AiUsage> usages,
      Consumer<AiUsage> history,
      Consumer<Dataset> datasets) {
    Check.notNull("in", in);
    Check.notNull("usages", usages);
    Check.notNull("history", history);
    Check.notNull("datasets", datasets);
    long count = 0;
    try (JsonParser p = parser(in)) {
      openEnvelope(p, DocumentType.REGISTER);
      expect(p, JsonToken.START_OBJECT, "/content", "object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int kind = name.equals("usages") ? 0 : name.equals("history") ? 1 : 2;
        if (kind == 2 && !name.equals("datasets")) {
          throw new JsonReadException("/content/" + Errors.escape(name), "json.unknownProperty");
        }
        expect(p, JsonToken.START_ARRAY, "/content/" + name, "array");
        SourcesFirst order = kind == 2 ? new SourcesFirst(datasets) : null;
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          String at = "/content/" + name + "/" + index++;
          if (kind == 0) {
            usages.accept(readCurrent(p, AiUsage.class, at));
          } else if (kind == 1) {
            history.accept(readCurrent(p, AiUsage.class, at));
          } else {
            order.accept(readCurrent(p, Dataset.class, at));
          }
          count++;
        }
        if (order != null) {
          order.finish();
        }
      }
      closeEnvelope(p);
      return count;
    } catch (IOException e) {
      throw Errors.translate(e, "", limits, true);
    }
  }

  /**
   * Opens a writer of a register document that writes usages and datasets one at a time. Write
   * every usage before the first dataset; close the writer to finish the document.
   *
   * @param out the stream (not closed by the writer)
   * @return the writer
   */
  public RegisterWriter registerWriter(OutputStream out) {
    Check.notNull("out", out);
    try {
      JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("type", DocumentType.REGISTER.name());
      g.writeObjectFieldStart("content");
      // One flush at the end, not one per element: per-usage flushes cost a write call each.
      return new RegisterWriter(
          g,
          compact.without(
              com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a writer of a portfolio report document that writes one usage evaluation at a time and
   * the summary at the end, in flat memory, with the same bytes as {@link #write(DocumentType,
   * Object)}; close the writer to finish the document.
   *
   * @param out the stream (not closed by the writer)
   * @return the writer
   * @throws UncheckedIOException when the stream fails
   */
  public PortfolioReportWriter portfolioReportWriter(OutputStream out) {
    Check.notNull("out", out);
    try {
      return portfolioReportWriter(mapper.getFactory().createGenerator(out, JsonEncoding.UTF8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a writer of a portfolio report document on a character stream (not closed by the writer),
   * such as a terminal's; see {@link #portfolioReportWriter(OutputStream)}.
   *
   * @param out the character stream
   * @return the writer
   * @throws UncheckedIOException when the stream fails
   */
  public PortfolioReportWriter portfolioReportWriter(java.io.Writer out) {
    Check.notNull("out", out);
    try {
      return portfolioReportWriter(mapper.getFactory().createGenerator(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PortfolioReportWriter portfolioReportWriter(JsonGenerator g) {
    try {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // The calls of write(), in the same order: the envelope indented by one printer, the content
      // by a fresh one, as the indenting writer installs it for the content.
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("type", DocumentType.PORTFOLIO_REPORT.name());
      g.writeFieldName("content");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      return new PortfolioReportWriter(
          g, mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE), mapper);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- ledger lines -----------------------------------------------------------------------------

  /** The first line of a ledger file. */
  public String ledgerHeader() {
    return "{\"schemaVersion\":\"" + SCHEMA_VERSION + "\",\"type\":\"ledger\"}";
  }

  /** Checks the first line of a ledger file. */
  public void readLedgerHeader(String line) {
    Check.notNull("line", line);
    if (!line.equals(ledgerHeader())) {
      throw new JsonReadException("", "json.documentType", Messages.raw("ledger"));
    }
  }

  /** Writes a ledger entry as one compact line, without the line break. */
  public String writeLedgerEntry(LedgerEntry entry) {
    Check.notNull("entry", entry);
    try {
      return compact.writeValueAsString(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one line of a ledger file.
   *
   * @param line the line, without its line break
   * @param lineNumber its number in the file, from 1, for the pointer ({@code /3})
   * @return the entry
   */
  public LedgerEntry readLedgerEntry(String line, long lineNumber) {
    Check.notNull("line", line);
    try (JsonParser p = parser(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))) {
      p.nextToken();
      LedgerEntry entry = readCurrent(p, LedgerEntry.class, "/" + lineNumber);
      if (p.nextToken() != null) {
        throw new JsonReadException("/" + lineNumber, "json.trailingTokens");
      }
      return entry;
    } catch (IOException e) {
      throw Errors.translate(e, "/" + lineNumber, limits);
    }
  }

  // --- envelope
  // -----------------------------------------------------------------------------------

  private JsonParser parser(InputStream in) throws IOException {
    return mapper.getFactory().createParser(in);
  }

  private DocumentType<?> openEnvelope(JsonParser p, DocumentType<?> expected) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonReadException("", "json.envelope");
    }
    String version = field(p, "schemaVersion");
    if (!SCHEMA_VERSION.equals(version)) {
      throw new JsonReadException(
          "/schemaVersion", "json.schemaVersion", Messages.raw(SCHEMA_VERSION));
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

  private String field(JsonParser p, String name) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
      throw new JsonReadException("", "json.envelope");
    }
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw new JsonReadException("/" + name, "json.type", Messages.raw("string"));
    }
    return p.getText();
  }

  private void closeEnvelope(JsonParser p) throws IOException {
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

  private <T> T readValue(JsonParser p, Class<T> type, String pointer) throws IOException {
    p.nextToken();
    T content = readCurrent(p, type, pointer);
    if (content instanceof RegisterDocument register) {
      // What loading it into a register would refuse is refused here, with a pointer (issue 16).
      RegisterChecks.check(register.usages(), register.datasets(), pointer);
    }
    return content;
  }

  private <T> T readCurrent(JsonParser p, Class<T> type, String pointer) throws IOException {
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

  private static void expect(JsonParser p, JsonToken token, String pointer, String what)
      throws IOException {
    if (p.nextToken() != token) {
      throw new JsonReadException(pointer, "json.type", Messages.raw(what));
    }
  }

  /** Unused list kept for the generator of schemas: the document types in order. */
  static List<DocumentType<?>> types() {
    return DocumentType.all();
  }
}
