package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import eu.civicai.governance.ConflictException;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a register document element by element, in flat memory: every usage, then every dataset;
 * {@link #close()} ends the document. Not thread-safe.
 */
public final class RegisterWriter implements AutoCloseable {
  private final JsonGenerator generator;
  private final ObjectWriter usages;
  private final ObjectWriter datasets;
  private int state; // 0: nothing written, 1: in usages, 2: in datasets, 3: closed

  RegisterWriter(JsonGenerator generator, ObjectWriter writer) {
    this.generator = generator;
    // Writers bound to their type find their serializer once, not once per element.
    this.usages = writer.forType(AiUsage.class);
    this.datasets = writer.forType(Dataset.class);
  }

  /**
   * Writes a usage.
   *
   * @throws ConflictException when a dataset was already written, or the writer is closed
   */
  public RegisterWriter usage(AiUsage usage) {
    Check.notNull("usage", usage);
    if (state > 1) {
      throw new ConflictException("usages", "json.writeOrder");
    }
    try {
      if (state == 0) {
        generator.writeArrayFieldStart("usages");
        state = 1;
      }
      usages.writeValue(generator, usage);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a dataset (after every usage). */
  public RegisterWriter dataset(Dataset dataset) {
    Check.notNull("dataset", dataset);
    if (state == 3) {
      throw new ConflictException("datasets", "json.writeOrder");
    }
    try {
      if (state == 1) {
        generator.writeEndArray();
      }
      if (state < 2) {
        generator.writeArrayFieldStart("datasets");
        state = 2;
      }
      datasets.writeValue(generator, dataset);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the document and flushes; the underlying stream stays open. */
  @Override
  public void close() {
    if (state == 3) {
      return;
    }
    try {
      if (state == 1 || state == 2) {
        generator.writeEndArray();
      }
      state = 3;
      generator.writeEndObject();
      generator.writeEndObject();
      generator.writeRaw('\n');
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
