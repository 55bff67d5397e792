package eu.civicai.governance.cli;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.template.OpenQuestion;
import eu.civicai.governance.template.TypicalDataset;
import eu.civicai.governance.template.UsageTemplate;
import eu.civicai.governance.template.UsageTemplates;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Risk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The catalogue of usage templates (issue 21): lists them, shows one, and writes a commune's usage
 * record made from one, its open questions left for the commune to answer.
 */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = "Lists the usage templates a commune copies and adapts.",
    subcommands = {
      TemplatesCommand.ListTemplates.class,
      TemplatesCommand.Show.class,
      TemplatesCommand.New.class
    })
final class TemplatesCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    list(spec.commandLine().getOut(), root.locale());
    return GovernanceCli.OK;
  }

  /**
   * One line per template, its columns as wide as their longest cell (themes differ by language).
   */
  static void list(PrintWriter out, Locale locale) {
    int idWidth = 0;
    int themeWidth = 0;
    for (UsageTemplate t : UsageTemplates.all()) {
      idWidth = Math.max(idWidth, t.id().length());
      themeWidth = Math.max(themeWidth, t.theme().label(locale).length());
    }
    String line = "%-" + idWidth + "s  %-" + themeWidth + "s  %2d  %s%n";
    for (UsageTemplate t : UsageTemplates.all()) {
      // Locale.ROOT: the count in ASCII digits whatever the machine's locale.
      out.print(
          String.format(
              Locale.ROOT,
              line,
              t.id(),
              t.theme().label(locale),
              t.openQuestions().size(),
              t.title(locale)));
    }
  }

  private static UsageTemplate template(picocli.CommandLine.Model.CommandSpec spec, String id) {
    return UsageTemplates.find(id)
        .orElseThrow(() -> new UsageError(spec, "error.unknownTemplate", Escape.terminal(id)));
  }

  /** Lists the templates: id, theme, number of open questions, title. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the usage templates.")
  static final class ListTemplates implements Callable<Integer> {
    @ParentCommand TemplatesCommand parent;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      list(spec.commandLine().getOut(), parent.root.locale());
      return GovernanceCli.OK;
    }
  }

  /** Shows one template: what it carries and the questions it leaves open. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows a template: datasets, risks, oversight, open questions.")
  static final class Show implements Callable<Integer> {
    @ParentCommand TemplatesCommand parent;

    @Parameters(paramLabel = "ID", description = "The template's id.")
    String id;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      UsageTemplate t = template(spec, id);
      Locale locale = parent.root.locale();
      boolean fr = locale.getLanguage().equals("fr");
      PrintWriter out = spec.commandLine().getOut();
      out.println(t.title(locale) + " (" + t.id() + ")");
      out.println(t.summary().in(locale));
      out.println((fr ? "D'après : " : "Drawn from: ") + t.inspiredBy());
      out.println(fr ? "Jeux de données types :" : "Typical datasets:");
      for (TypicalDataset d : t.typicalDatasets()) {
        out.println(
            "  - "
                + d.name().in(locale)
                + " ("
                + d.role().label(locale)
                + ", "
                + d.personalData().label(locale)
                + ")");
      }
      out.println(fr ? "Risques :" : "Risks:");
      for (Risk r : t.risks()) {
        out.println(
            "  - "
                + (r.category() == null ? "" : r.category().label(locale) + " : ")
                + r.description()
                + (r.mitigations().isEmpty() ? "" : " → " + String.join(" ; ", r.mitigations())));
      }
      t.oversight()
          .ifPresent(
              o ->
                  out.println(
                      (fr ? "Supervision humaine : " : "Human oversight: ")
                          + (o.level() == null ? "" : o.level().label(locale))
                          + (o.description() == null ? "" : " — " + o.description())));
      questions(out, t, locale);
      return GovernanceCli.OK;
    }
  }

  static void questions(PrintWriter out, UsageTemplate t, Locale locale) {
    boolean fr = locale.getLanguage().equals("fr");
    out.println(fr ? "Questions à trancher par la commune :" : "Questions left for the commune:");
    for (OpenQuestion q : t.openQuestions()) {
      out.println("  - " + q.question(locale) + " [" + q.fact() + "]");
    }
  }

  /** Writes a usage made from a template, for one authority. */
  @Command(
      name = "new",
      mixinStandardHelpOptions = true,
      description = "Writes a usage record made from a template.")
  static final class New implements Callable<Integer> {
    @ParentCommand TemplatesCommand parent;

    @Parameters(paramLabel = "ID", description = "The template's id.")
    String id;

    @Option(
        names = "--authority",
        required = true,
        paramLabel = "NAME",
        description = "The authority's name.")
    String authority;

    @Option(
        names = "--authority-kind",
        defaultValue = "COMMUNE",
        paramLabel = "KIND",
        description = "The authority's kind.")
    AuthorityKind kind;

    @Option(
        names = "--authority-siren",
        paramLabel = "SIREN",
        description = "The authority's SIREN.")
    String siren;

    @Option(names = "--population", paramLabel = "N", description = "The authority's population.")
    Long population;

    @Option(names = "--id", paramLabel = "SLUG", description = "The usage's id.")
    String usageId;

    @Option(names = "--at", paramLabel = "INSTANT", description = "The instant of creation.")
    Instant at;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "The file to create; standard output when left out.")
    Path out;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      UsageTemplate t = template(spec, id);
      Locale locale = parent.root.locale();
      if (population != null && population < 0) {
        throw new UsageError(spec, "error.negativePopulation", population);
      }
      Authority owner = Authority.of(authority, kind);
      if (siren != null) {
        owner = owner.withSiren(siren);
      }
      if (population != null) {
        owner = owner.withPopulation(population);
      }
      AiUsage usage = t.instantiate(owner, usageId == null ? t.id() : usageId, Inputs.clock(at));
      String json = Inputs.JSON.write(DocumentType.USAGE, usage);
      boolean fr = locale.getLanguage().equals("fr");
      if (out == null) {
        spec.commandLine().getOut().print(json);
        questions(spec.commandLine().getErr(), t, locale);
        return GovernanceCli.OK;
      }
      if (Files.isDirectory(out)) {
        throw FileError.directory(out);
      }
      // CREATE_NEW: the check that the file does not exist and its creation are one step.
      try (OutputStream stream =
          Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        stream.write(json.getBytes(StandardCharsets.UTF_8));
      } catch (FileAlreadyExistsException e) {
        throw FileError.exists(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PrintWriter console = spec.commandLine().getOut();
      console.println(
          (fr ? "Usage écrit dans " : "Usage written to ")
              + Escape.terminal(out)
              + (fr
                  ? " ; vérifiez-le avec : governance evaluate "
                  : "; check it with: governance evaluate ")
              + Escape.terminal(out));
      questions(console, t, locale);
      return GovernanceCli.OK;
    }
  }
}
