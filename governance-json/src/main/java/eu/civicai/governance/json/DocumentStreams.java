package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.json.internal.Errors;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Documents read and written element by element, in flat memory: registers read usage by usage,
 * register and portfolio report writers. The bytes written are those of the whole-document writer
 * for the same value (same envelope, same printer).
 */
final class DocumentStreams {
  private final ObjectMapper mapper;
  private final DocumentReader reader;
  private final boolean lineFeed;

  DocumentStreams(ObjectMapper mapper, DocumentReader reader, boolean lineFeed) {
    this.mapper = mapper;
    this.reader = reader;
    this.lineFeed = lineFeed;
  }

  long readRegister(
      InputStream in,
      Consumer<AiUsage> usages,
      Consumer<AiUsage> history,
      Consumer<Dataset> datasets,
      Consumer<Strategy> strategies) {
    long count = 0;
    try (JsonParser p = reader.parser(in)) {
      DocumentEnvelope.open(p, DocumentType.REGISTER);
      DocumentReader.expect(p, JsonToken.START_OBJECT, "/content", "object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int kind =
            switch (name) {
              case "usages" -> 0;
              case "history" -> 1;
              case "datasets" -> 2;
              case "strategies" -> 3;
              default ->
                  throw new JsonReadException(
                      "/content/" + Errors.escape(name), "json.unknownProperty");
            };
        DocumentReader.expect(p, JsonToken.START_ARRAY, "/content/" + name, "array");
        SourcesFirst order = kind == 2 ? new SourcesFirst(datasets) : null;
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          String at = "/content/" + name + "/" + index++;
          if (kind == 0) {
            usages.accept(reader.readCurrent(p, AiUsage.class, at));
          } else if (kind == 1) {
            history.accept(reader.readCurrent(p, AiUsage.class, at));
          } else if (kind == 3) {
            strategies.accept(reader.readCurrent(p, Strategy.class, at));
          } else {
            order.accept(reader.readCurrent(p, Dataset.class, at));
          }
          count++;
        }
        if (order != null) {
          order.finish();
        }
      }
      DocumentEnvelope.close(p);
      return count;
    } catch (IOException e) {
      throw Errors.translate(e, "", reader.limits(), true);
    }
  }

  /** A register writer on a generator: the envelope is written, the content object opened. */
  RegisterWriter registerWriter(JsonGenerator g) throws IOException {
    start(g, DocumentType.REGISTER);
    g.writeStartObject();
    return new RegisterWriter(g, elements(), lineFeed);
  }

  /** A portfolio report writer on a generator, likewise. */
  PortfolioReportWriter portfolioReportWriter(JsonGenerator g) throws IOException {
    start(g, DocumentType.PORTFOLIO_REPORT);
    g.writeStartObject();
    return new PortfolioReportWriter(g, elements(), mapper, lineFeed);
  }

  private void start(JsonGenerator g, DocumentType<?> type) throws IOException {
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (lineFeed) {
      g.setPrettyPrinter(MapperSetup.printer()); // JSON; YAML lays itself out
    }
    DocumentEnvelope.start(g, type);
  }

  /** Elements go through the generator's printer; one flush at the end, not one per element. */
  private ObjectWriter elements() {
    return mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }
}
