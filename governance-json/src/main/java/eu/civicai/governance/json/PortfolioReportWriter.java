package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import eu.civicai.governance.ConflictException;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charter.PortfolioTally;
import eu.civicai.governance.internal.Check;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a portfolio report document one usage evaluation at a time, in flat memory: each
 * evaluation is written as it is given, and {@link #close()} writes the summary (verdicts counted,
 * criteria most often unmet, blocking usages), counted on the way. The bytes are those of {@link
 * GovernanceJson#write(DocumentType, Object)} for the same report. Not thread-safe.
 */
public final class PortfolioReportWriter implements AutoCloseable {
  private final JsonGenerator generator;
  private final ObjectWriter evaluations;
  private final ObjectMapper mapper;
  private final PortfolioTally tally = new PortfolioTally();
  private final boolean lineFeed;
  private int state; // 0: nothing written, 1: in usages, 2: closed

  PortfolioReportWriter(
      JsonGenerator generator, ObjectWriter writer, ObjectMapper mapper, boolean lineFeed) {
    this.generator = generator;
    this.lineFeed = lineFeed;
    this.evaluations = writer.forType(PortfolioReport.UsageEvaluation.class);
    this.mapper = mapper;
  }

  /**
   * Writes one usage's evaluation and counts it in the summary.
   *
   * @param usage the evaluation
   * @return this writer
   * @throws ConflictException when the writer is closed
   * @throws UncheckedIOException when the stream fails
   */
  public PortfolioReportWriter usage(PortfolioReport.UsageEvaluation usage) {
    Check.notNull("usage", usage);
    if (state == 2) {
      throw new ConflictException("usages", "json.writeOrder");
    }
    try {
      if (state == 0) {
        generator.writeArrayFieldStart("usages");
        state = 1;
      }
      evaluations.writeValue(generator, usage);
      tally.add(usage);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the summary counted so far (a report without its usages). */
  public PortfolioReport summary() {
    return tally.summary();
  }

  /** Writes the summary, ends the document and flushes; the underlying stream stays open. */
  @Override
  public void close() {
    if (state == 2) {
      return;
    }
    try {
      if (state == 1) {
        generator.writeEndArray();
      }
      state = 2;
      // The summary's properties as the report's own serializer writes them (absent when empty).
      JsonNode summary = mapper.valueToTree(tally.summary());
      for (Iterator<Map.Entry<String, JsonNode>> it = summary.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        generator.writeFieldName(field.getKey());
        generator.writeTree(field.getValue());
      }
      generator.writeEndObject();
      DocumentEnvelope.end(generator, lineFeed);
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
