package eu.civicai.governance.cli;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Lists the built-in charters, prints one as JSON, or writes a starter charter. */
@Command(
    name = "charters",
    mixinStandardHelpOptions = true,
    description = "Lists built-in charters (id, version, criteria).",
    subcommands = {ChartersCommand.Show.class, ChartersCommand.Init.class})
final class ChartersCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (Charter c : BuiltInCharters.all()) {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT, // ASCII digits whatever the machine's locale
              "%-40s %-6s %3d  %s%n",
              c.id(),
              c.version(),
              c.criteria().size(),
              c.title().in(root.locale()));
    }
    return GovernanceCli.OK;
  }

  /** Prints one built-in charter as a JSON document. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Prints a built-in charter as JSON.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "ID")
    String id;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      var charter = BuiltInCharters.find(id);
      if (charter.isEmpty()) {
        throw new UsageError(spec, "error.unknownCharter", Escape.terminal(id));
      }
      spec.commandLine().getOut().print(Inputs.JSON.write(DocumentType.CHARTER, charter.get()));
      return GovernanceCli.OK;
    }
  }

  /**
   * Writes a starter charter that validates as written (see {@link StarterCharter} for how it
   * explains itself without comments). Never overwrites: an existing file is refused with exit code
   * 3 and a message naming it, and nothing is written.
   */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a starter charter (JSON) that validates as written; its source and rationale fields"
            + " explain what to change. Ids and source follow --lang. Never overwrites a file"
            + " (exit code 3).",
        "Example: governance charters init ma-charte.json && governance validate ma-charte.json"
      })
  static final class Init implements Callable<Integer> {
    @ParentCommand ChartersCommand parent;

    @Parameters(
        arity = "0..1",
        paramLabel = "FILE",
        description = "The file to create; standard output when left out.")
    Path file;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      boolean french = parent.root.lang != GovernanceCli.Lang.en;
      String json = Inputs.JSON.write(DocumentType.CHARTER, StarterCharter.of(french));
      if (file == null) {
        spec.commandLine().getOut().print(json);
        return GovernanceCli.OK;
      }
      if (Files.isDirectory(file)) {
        throw FileError.directory(file);
      }
      // CREATE_NEW: the check that the file does not exist and its creation are one step.
      try (OutputStream out =
          Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      } catch (FileAlreadyExistsException e) {
        throw FileError.exists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      spec.commandLine()
          .getOut()
          .println(
              french
                  ? "Charte de départ écrite dans "
                      + Escape.terminal(file)
                      + " ; vérifiez-la avec : governance validate "
                      + Escape.terminal(file)
                  : "Starter charter written to "
                      + Escape.terminal(file)
                      + "; check it with: governance validate "
                      + Escape.terminal(file));
      return GovernanceCli.OK;
    }
  }
}
