package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import eu.civicai.governance.ConflictException;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a register document element by element, in flat memory: the latest revision of every
 * usage, then every dataset, then the earlier revisions of the usages ({@link #history}), then the
 * authorities' strategies ({@link #strategy}); {@link #close()} ends the document. Datasets are
 * written sources first: one given before a dataset it derives from is held back until that source
 * is written (and written at the end of the datasets if it never is), so that a streaming reader
 * can add each dataset as it comes. Not thread-safe.
 */
public final class RegisterWriter implements AutoCloseable {
  private final JsonGenerator generator;
  private final ObjectWriter usages;
  private final ObjectWriter datasets;
  private final SourcesFirst order;
  private final boolean lineFeed;
  // 0: nothing written, 1: in usages, 2: in datasets, 3: in history, 4: in strategies, 5: closed
  private static final int CLOSED = 5;
  private final ObjectWriter strategies;
  private int state;

  RegisterWriter(JsonGenerator generator, ObjectWriter writer, boolean lineFeed) {
    this.generator = generator;
    this.lineFeed = lineFeed;
    // Writers bound to their type find their serializer once, not once per element.
    this.usages = writer.forType(AiUsage.class);
    this.datasets = writer.forType(Dataset.class);
    this.strategies = writer.forType(Strategy.class);
    this.order = new SourcesFirst(this::write);
  }

  /**
   * Writes the latest revision of a usage.
   *
   * @throws ConflictException ({@code json.writeOrder}) when a dataset or an earlier revision was
   *     already written, or the writer is closed
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

  /**
   * Writes a dataset (after every usage), or holds it back until its sources are written.
   *
   * @throws ConflictException ({@code json.writeOrder}) when an earlier revision was already
   *     written, or the writer is closed
   */
  public RegisterWriter dataset(Dataset dataset) {
    Check.notNull("dataset", dataset);
    if (state > 2) {
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
      order.accept(dataset);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an earlier revision of a usage (after every usage and dataset), so that the register's
   * history survives the file.
   *
   * @throws ConflictException ({@code json.writeOrder}) when a strategy was already written, or the
   *     writer is closed
   */
  public RegisterWriter history(AiUsage earlier) {
    Check.notNull("earlier", earlier);
    if (state > 3) {
      throw new ConflictException("history", "json.writeOrder");
    }
    try {
      if (state < 3) {
        endArray();
        generator.writeArrayFieldStart("history");
        state = 3;
      }
      usages.writeValue(generator, earlier);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the strategy of an authority (after every usage, dataset and earlier revision). The
   * writer does not check that each authority has one strategy: a reader refuses a document that
   * lists one twice.
   *
   * @throws ConflictException ({@code json.writeOrder}) when the writer is closed
   */
  public RegisterWriter strategy(Strategy strategy) {
    Check.notNull("strategy", strategy);
    if (state > 4) {
      throw new ConflictException("strategies", "json.writeOrder");
    }
    try {
      if (state < 4) {
        endArray();
        generator.writeArrayFieldStart("strategies");
        state = 4;
      }
      strategies.writeValue(generator, strategy);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the document and flushes; the underlying stream stays open. */
  @Override
  public void close() {
    if (state == CLOSED) {
      return;
    }
    try {
      endArray();
      state = CLOSED;
      generator.writeEndObject();
      DocumentEnvelope.end(generator, lineFeed);
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the array being written, first writing the datasets still held back. */
  private void endArray() throws IOException {
    if (state == 2) {
      order.finish();
    }
    if (state >= 1 && state <= 4) {
      generator.writeEndArray();
    }
  }

  private void write(Dataset dataset) {
    try {
      datasets.writeValue(generator, dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
