package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Checks that documents are well-formed, whatever their type. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks that documents are well-formed (any type, detected from the content); prints each problem with file, JSON Pointer and rule.")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check.")
  List<Path> files;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    int code = GovernanceCli.OK;
    for (Path file : files) {
      try {
        var document = Inputs.document(file);
        spec.commandLine()
            .getOut()
            .println("OK " + Escape.terminal(file) + " (" + document.type().name() + ")");
      } catch (FileError e) {
        // Its message starts with the file already.
        spec.commandLine()
            .getErr()
            .println(Escape.diagnostic(e.message(root.locale()) + " [" + e.rule() + "]"));
        code = GovernanceCli.INPUT;
      } catch (GovernanceException e) {
        spec.commandLine()
            .getErr()
            .println(
                Escape.diagnostic(file + ": " + e.message(root.locale()) + " [" + e.rule() + "]"));
        code = GovernanceCli.INPUT;
      }
    }
    return code;
  }
}
