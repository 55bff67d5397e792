package eu.civicai.governance.cli;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Lists the built-in charters, or prints one as JSON. */
@Command(
    name = "charters",
    mixinStandardHelpOptions = true,
    description = "Lists built-in charters (id, version, criteria).",
    subcommands = ChartersCommand.Show.class)
final class ChartersCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (Charter c : BuiltInCharters.all()) {
      spec.commandLine()
          .getOut()
          .printf(
              "%-40s %-6s %3d  %s%n",
              c.id(), c.version(), c.criteria().size(), c.title().in(root.locale()));
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
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "unknown charter: " + id + "; see `governance charters`");
      }
      spec.commandLine().getOut().print(Inputs.JSON.write(DocumentType.CHARTER, charter.get()));
      return GovernanceCli.OK;
    }
  }
}
