package eu.civicai.governance.cli;

import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.json.PortfolioReportWriter;
import eu.civicai.governance.usage.AiUsage;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the evaluations of a portfolio go, one usage at a time, so that no output is ever built
 * whole in memory (issue 16): {@link #usage} for each usage in the input's order, then {@link
 * #finish} with the summary once every usage is written.
 */
interface PortfolioSink extends AutoCloseable {

  /** Writes one usage's evaluation. */
  void usage(AiUsage usage, PortfolioReport.UsageEvaluation evaluation);

  /** Writes what follows the usages; {@code summary} is the portfolio report without usages. */
  void finish(PortfolioReport summary);

  /** Releases what the sink holds (a spool file); the output stream stays open. */
  @Override
  default void close() {}

  /** Plain text for a terminal. */
  static PortfolioSink text(Writer out, Locale locale) {
    return new PortfolioSink() {
      @Override
      public void usage(AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
        write(out, Text.portfolio(PortfolioReport.of(List.of(evaluation)), locale));
      }

      @Override
      public void finish(PortfolioReport summary) {
        flush(out);
      }
    };
  }

  /** The portfolio report document, with the bytes of the document writer. */
  static PortfolioSink json(PortfolioReportWriter writer) {
    return new PortfolioSink() {
      @Override
      public void usage(AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
        writer.usage(evaluation);
      }

      @Override
      public void finish(PortfolioReport summary) {
        writer.close();
      }
    };
  }

  /** JSON on a byte stream. */
  static PortfolioSink json(OutputStream out) {
    return json(Inputs.JSON.portfolioReportWriter(out));
  }

  /** JSON on a character stream. */
  static PortfolioSink json(Writer out) {
    return json(Inputs.JSON.portfolioReportWriter(out));
  }

  /**
   * Markdown for a watch committee: the table's rows are written as usages come, their sections go
   * to a spool file (in {@code spoolDirectory}, or the system's temporary directory when null)
   * copied after the table and the summary.
   */
  static PortfolioSink markdown(Writer out, Locale locale, Path spoolDirectory) {
    return new MarkdownSink(out, locale, spoolDirectory);
  }

  /** Markdown on a byte stream, in UTF-8. */
  static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Markdown sink; see {@link PortfolioSink#markdown}. */
  final class MarkdownSink implements PortfolioSink {
    private final Writer out;
    private final Locale locale;
    private final Path spool;
    private final Writer sections;

    MarkdownSink(Writer out, Locale locale, Path spoolDirectory) {
      this.out = out;
      this.locale = locale;
      try {
        this.spool =
            spoolDirectory == null
                ? Files.createTempFile("governance-", ".md.tmp")
                : Files.createTempFile(spoolDirectory, ".governance-", ".md.tmp");
        this.sections = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      write(out, Markdown.head(locale));
    }

    @Override
    public void usage(AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
      write(out, Markdown.row(usage, evaluation, locale));
      write(sections, Markdown.section(evaluation, locale));
    }

    @Override
    public void finish(PortfolioReport summary) {
      write(out, Markdown.unmet(summary, locale));
      try {
        sections.close();
        try (Reader in =
            new BufferedReader(Files.newBufferedReader(spool, StandardCharsets.UTF_8))) {
          in.transferTo(out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      flush(out);
    }

    @Override
    public void close() {
      try {
        sections.close();
        Files.deleteIfExists(spool);
      } catch (IOException ignored) {
        // A spool file left in a temporary directory holds no more than the output did.
      }
    }
  }
}
