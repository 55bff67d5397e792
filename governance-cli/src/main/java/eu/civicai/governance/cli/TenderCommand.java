package eu.civicai.governance.cli;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.report.TenderPage;
import eu.civicai.governance.tender.TenderClauses;
import eu.civicai.governance.tender.TenderDossier;
import eu.civicai.governance.usage.AiUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Writes the clauses of a call for tenders generated from a charter and the draft of a usage, as
 * Markdown or as a self-contained HTML page; the clauses are in French whatever {@code --lang}.
 */
@Command(
    name = "tender",
    mixinStandardHelpOptions = true,
    description =
        "Writes the clauses of a call for tenders (CCTP requirements, RC award criteria with"
            + " weights, documents each bidder must supply), generated from a charter and a usage"
            + " draft, each traced to its criterion and sources, with the clauses left out and why.")
final class TenderCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The output formats. */
  enum Format {
    md,
    html
  }

  @Parameters(paramLabel = "DRAFT_FILE")
  Path draft;

  @Option(
      names = "--charter",
      paramLabel = "ID_OR_FILE",
      defaultValue = "civicai.frugal-ai",
      description = "A built-in charter id or a charter file (default: ${DEFAULT-VALUE}).")
  String charter;

  @Option(
      names = "--usage",
      paramLabel = "ID",
      description = "The usage of the register to write the clauses for.")
  String usage;

  @Option(
      names = "--format",
      defaultValue = "md",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Where to write the clauses, a new file (default: stdout); an existing file is refused"
              + " (exit code 3).")
  Path out;

  @Override
  public Integer call() {
    if (out != null) {
      OutputFiles.refuseExisting(out); // before the work: nothing is overwritten
    }
    Charter c = Inputs.charters(List.of(charter)).get(0);
    // A single usage document, or a register whose datasets say whether there are personal data.
    var content = Inputs.document(draft).content();
    List<AiUsage> usages;
    List<Dataset> datasets = List.of();
    if (content instanceof AiUsage u) {
      usages = List.of(u);
    } else if (content instanceof RegisterDocument r) {
      usages = r.usages();
      datasets = r.datasets();
    } else {
      usages = Inputs.usages(draft); // refuses the other types of document, naming the file
    }
    AiUsage chosen = choose(usages);
    TenderDossier dossier = TenderClauses.generate(c, chosen, datasets);
    String text = format == Format.html ? TenderPage.html(dossier, chosen) : dossier.toMarkdown();
    if (out == null) {
      spec.commandLine().getOut().print(text);
    } else {
      // To a temporary sibling moved into place, never over an existing file (issue 16).
      try (OutputFiles files = new OutputFiles()) {
        files.create(out).write(text.getBytes(StandardCharsets.UTF_8));
        files.commit();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return GovernanceCli.OK;
  }

  private AiUsage choose(List<AiUsage> usages) {
    if (usage != null) {
      return usages.stream()
          .filter(u -> u.id().value().equals(usage))
          .findFirst()
          .orElseThrow(
              () ->
                  new UsageError(
                      spec,
                      "error.unknownUsage",
                      Escape.terminal(usage),
                      String.join(", ", usages.stream().map(u -> u.id().value()).toList())));
    }
    if (usages.size() != 1) {
      throw new UsageError(spec, "error.oneUsage", usages.size());
    }
    return usages.get(0);
  }
}
