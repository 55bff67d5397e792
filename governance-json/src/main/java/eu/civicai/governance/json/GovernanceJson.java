package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.json.internal.Errors;
import eu.civicai.governance.json.internal.GovernanceModule;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Strategy;
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
 *
 * <p>Example:
 *
 * <pre class="example">{@code
 * AiUsage usage =
 *     AiUsage.builder("detection-fuites")
 *         .name("Détection des fuites du réseau d'eau")
 *         .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
 *         .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2019, 1, 1)))
 *         .build();
 * GovernanceJson json = GovernanceJson.create(); // immutable: create one and share it
 * String text = json.write(DocumentType.USAGE, usage); // deterministic: same usage, same bytes
 * AiUsage back = json.read(DocumentType.USAGE, text); // equal to usage
 * GovernanceJson yaml = GovernanceJson.yaml(); // the same documents as YAML
 * }</pre>
 */
public final class GovernanceJson {
  /** The schema version written, and the only one read. */
  public static final String SCHEMA_VERSION = "1.0";

  private final JsonLimits limits;
  private final ObjectMapper mapper;
  private final ObjectWriter compact;
  private final DocumentReader reader;
  private final DocumentStreams streams;
  private final LedgerEntryLines ledgerLines;

  // The parts, each in its own file: MapperSetup (limits, strictness, layout), DocumentEnvelope
  // (schemaVersion, type, content), DocumentReader (values read at a pointer), DocumentStreams
  // (registers and reports element by element) and LedgerEntryLines (the JSON Lines of a ledger).
  private final boolean yaml;

  private GovernanceJson(JsonLimits limits, boolean yaml) {
    this.limits = limits;
    this.yaml = yaml;
    JsonMapper json = MapperSetup.json(limits);
    this.mapper = yaml ? MapperSetup.yaml(limits) : json;
    this.compact = mapper.writer();
    this.reader = new DocumentReader(mapper, limits);
    this.streams = new DocumentStreams(mapper, reader, !yaml);
    // A ledger file is JSON Lines whatever the documents' syntax.
    this.ledgerLines = new LedgerEntryLines(json.writer(), new DocumentReader(json, limits));
  }

  /** Returns an instance with the default limits. */
  public static GovernanceJson create() {
    return new GovernanceJson(JsonLimits.DEFAULTS, false);
  }

  /** Returns an instance with the given limits. */
  public static GovernanceJson create(JsonLimits limits) {
    return new GovernanceJson(Check.notNull("limits", limits), false);
  }

  /**
   * Returns an instance that reads and writes the same documents as YAML, with the default limits:
   * the same envelope, schema version, names, strictness and checks as JSON, so that a hand-written
   * record or charter can be kept in the friendlier syntax. YAML's anchors, aliases and explicit
   * tags are refused ({@code yaml.anchor}, {@code yaml.alias}, {@code yaml.tag}, with line and
   * column), which bounds a "billion laughs" document; write values out instead. Quote texts that
   * YAML would read as numbers or booleans ({@code version: "1.0"}): a number is refused where a
   * text is expected. Ledger lines stay JSON Lines.
   *
   * <p>Example: {@code GovernanceJson.yaml().read(DocumentType.USAGE, Files.newInputStream(path))}.
   *
   * @return a YAML instance, immutable and thread-safe
   */
  public static GovernanceJson yaml() {
    return new GovernanceJson(JsonLimits.DEFAULTS, true);
  }

  /**
   * Returns a YAML instance with the given limits; see {@link #yaml()}.
   *
   * @param limits the limits, also set as SnakeYAML's code point and nesting limits
   * @return a YAML instance
   * @throws InvalidInputException when {@code limits} is null
   */
  public static GovernanceJson yaml(JsonLimits limits) {
    return new GovernanceJson(Check.notNull("limits", limits), true);
  }

  /** Whether this instance reads and writes YAML rather than JSON. */
  public boolean isYaml() {
    return yaml;
  }

  /**
   * The instance for a file's name: YAML for {@code .yaml} and {@code .yml} (any case), this one
   * otherwise; same limits.
   *
   * @param fileName the file's name
   * @return this instance or its YAML (or JSON) sibling
   */
  public GovernanceJson forFileName(String fileName) {
    String name = Check.notNull("fileName", fileName).toLowerCase(java.util.Locale.ROOT);
    boolean wantsYaml = name.endsWith(".yaml") || name.endsWith(".yml");
    if (wantsYaml == yaml) {
      return this;
    }
    return new GovernanceJson(limits, wantsYaml);
  }

  /** The tree of a document read with the strict parser (for {@link DocumentProblems}). */
  com.fasterxml.jackson.databind.JsonNode treeOf(byte[] document) throws IOException {
    try (JsonParser p = reader.parser(new ByteArrayInputStream(document))) {
      return mapper.readTree(p);
    }
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

  /**
   * Writes a document as indented UTF-8 JSON text ending with a new line (YAML for {@link
   * #yaml()}).
   */
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
      // One printer for the envelope and the content: the content is indented under "content".
      if (!yaml) {
        g.setPrettyPrinter(MapperSetup.printer());
      }
      DocumentEnvelope.start(g, type);
      compact.writeValue(g, content);
      DocumentEnvelope.end(g, !yaml);
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
    try (JsonParser p = reader.parser(in)) {
      DocumentEnvelope.open(p, type);
      T content = reader.readValue(p, type.javaType(), "/content");
      DocumentEnvelope.close(p);
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
    try (JsonParser p = reader.parser(in)) {
      DocumentType<?> type = DocumentEnvelope.open(p, null);
      Object content = reader.readValue(p, type.javaType(), "/content");
      DocumentEnvelope.close(p);
      return Document.of(type, content);
    } catch (IOException e) {
      throw Errors.translate(e, "", limits, true);
    }
  }

  /**
   * Reads any document and returns every problem found in it, up to {@code limit}, in document
   * order, instead of the first only: for a person fixing a file by hand. An empty list means that
   * {@link #readAny} reads the document. A problem of the text itself (syntax, a limit, the
   * envelope) comes alone, since nothing after it can be read; problems inside the content are
   * found part by part (each property, each element), each with its own pointer. The document is
   * held in memory while it is checked.
   *
   * <p>Example: {@code json.problems(in, 20).forEach(p -> err.println(p.message(Locale.FRENCH)))}.
   *
   * @param in the stream (not closed)
   * @param limit the most problems returned, at least 1
   * @return the problems, empty when the document is well-formed; never null
   * @throws InvalidInputException when {@code limit} is under 1
   * @throws UncheckedIOException when the stream fails
   */
  public List<JsonReadException> problems(InputStream in, int limit) {
    Check.notNull("in", in);
    if (limit < 1) {
      throw new InvalidInputException("limit", "positive", limit);
    }
    byte[] document;
    try {
      // No more than the limit lets through: a longer text is refused by readAny, unread.
      long max = limits.maxDocumentLength();
      document =
          max > 0 && max < (Integer.MAX_VALUE - 8) / 4
              ? in.readNBytes((int) (4 * max + 4))
              : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DocumentProblems(mapper, this).find(document, limit);
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

  // --- streaming
  // ----------------------------------------------------------------------------------

  /**
   * Reads a register document element by element: each usage, then each dataset, is handed over as
   * soon as it is read, so that memory stays flat however large the file. Earlier revisions ({@code
   * history}) and strategies are read and checked, and not handed over; see {@link
   * #readRegister(InputStream, Consumer, Consumer, Consumer, Consumer)}.
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
   * Reads a register document element by element, its earlier revisions included (strategies are
   * read and checked, not handed over): what {@link Register#restore} needs to rebuild a register
   * with its history ({@code json.readRegister(in, register::restore, register::restore,
   * register::addDataset)}).
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
    return streams.readRegister(in, usages, history, datasets, strategy -> {});
  }

  /**
   * Reads a register document element by element, its earlier revisions and its authorities'
   * strategies included: everything a register holds ({@code json.readRegister(in,
   * register::restore, register::restore, register::addDataset, register::putStrategy)}). See
   * {@link #readRegister(InputStream, Consumer, Consumer, Consumer)} for the order of datasets.
   *
   * @param in the stream (not closed)
   * @param usages receives the latest revision of each usage
   * @param history receives each earlier revision
   * @param datasets receives each dataset, sources first
   * @param strategies receives each authority's strategy
   * @return how many usages, earlier revisions, datasets and strategies were read
   * @throws JsonReadException at the first bad value
   */
  public long readRegister(
      InputStream in,
      Consumer<AiUsage> usages,
      Consumer<AiUsage> history,
      Consumer<Dataset> datasets,
      Consumer<Strategy> strategies) {
    Check.notNull("in", in);
    Check.notNull("usages", usages);
    Check.notNull("history", history);
    Check.notNull("datasets", datasets);
    Check.notNull("strategies", strategies);
    return streams.readRegister(in, usages, history, datasets, strategies);
  }

  /**
   * Opens a writer of a register document that writes usages and datasets one at a time, with the
   * bytes of {@link #write(DocumentType, Object)} for the same register. Write every usage before
   * the first dataset; close the writer to finish the document.
   *
   * @param out the stream (not closed by the writer)
   * @return the writer
   * @throws UncheckedIOException when the stream fails
   */
  public RegisterWriter registerWriter(OutputStream out) {
    Check.notNull("out", out);
    try {
      return streams.registerWriter(mapper.getFactory().createGenerator(out, JsonEncoding.UTF8));
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
      return streams.portfolioReportWriter(
          mapper.getFactory().createGenerator(out, JsonEncoding.UTF8));
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
      return streams.portfolioReportWriter(mapper.getFactory().createGenerator(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- ledger lines -----------------------------------------------------------------------------

  /** The first line of a ledger file. */
  public String ledgerHeader() {
    return LedgerEntryLines.HEADER;
  }

  /**
   * Checks the first line of a ledger file.
   *
   * @throws JsonReadException {@code json.documentType} when it is not a ledger header
   */
  public void readLedgerHeader(String line) {
    Check.notNull("line", line);
    LedgerEntryLines.checkHeader(line);
  }

  /** Writes a ledger entry as one compact line, without the line break. */
  public String writeLedgerEntry(LedgerEntry entry) {
    Check.notNull("entry", entry);
    return ledgerLines.write(entry);
  }

  /**
   * Reads one line of a ledger file.
   *
   * @param line the line, without its line break
   * @param lineNumber its number in the file, from 1, for the pointer ({@code /3})
   * @return the entry
   * @throws JsonReadException with the pointer {@code /lineNumber} and below
   */
  public LedgerEntry readLedgerEntry(String line, long lineNumber) {
    Check.notNull("line", line);
    return ledgerLines.read(line, lineNumber);
  }

  /** Unused list kept for the generator of schemas: the document types in order. */
  static List<DocumentType<?>> types() {
    return DocumentType.all();
  }
}
