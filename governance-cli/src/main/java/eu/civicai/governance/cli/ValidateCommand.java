package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.json.JsonReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Checks that documents are well-formed, whatever their type: every problem of a document (up to
 * {@code --max-problems}), not only the first, so that one run shows what to fix.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks that documents are well-formed (any type, detected from the content); prints each problem with file, JSON Pointer and rule.")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check.")
  List<Path> files;

  @Option(
      names = "--max-problems",
      defaultValue = "20",
      paramLabel = "N",
      description = "The most problems told per document (default: ${DEFAULT-VALUE}).")
  int maxProblems;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (maxProblems < 1) {
      throw new UsageError(spec, "error.atLeastOne", "--max-problems", maxProblems);
    }
    int code = GovernanceCli.OK;
    var err = spec.commandLine().getErr();
    for (Path file : files) {
      try {
        List<JsonReadException> problems;
        try (InputStream in = Inputs.openJson(file)) {
          problems = Inputs.syntax(file).problems(in, maxProblems + 1);
        } catch (IOException e) {
          throw FileError.of(e, file);
        }
        if (problems.isEmpty()) {
          var document = Inputs.document(file);
          spec.commandLine()
              .getOut()
              .println("OK " + Escape.terminal(file) + " (" + document.type().name() + ")");
          continue;
        }
        code = GovernanceCli.INPUT;
        for (JsonReadException p : problems.subList(0, Math.min(maxProblems, problems.size()))) {
          err.println(
              Escape.diagnostic(
                  file
                      + CliText.get(root.locale(), "validate.separator")
                      + p.message(root.locale())
                      + " ["
                      + p.rule()
                      + "]"));
        }
        if (problems.size() > maxProblems) {
          err.println(
              Escape.diagnostic(file + CliText.get(root.locale(), "validate.more", maxProblems)));
        }
      } catch (FileError e) {
        // Its message starts with the file already.
        err.println(Escape.diagnostic(e.message(root.locale()) + " [" + e.rule() + "]"));
        code = GovernanceCli.INPUT;
      } catch (GovernanceException e) {
        err.println(
            Escape.diagnostic(
                file
                    + CliText.get(root.locale(), "validate.separator")
                    + e.message(root.locale())
                    + " ["
                    + e.rule()
                    + "]"));
        code = GovernanceCli.INPUT;
      }
    }
    return code;
  }
}
