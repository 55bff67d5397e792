package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.Library;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code governance} command line: reads the library's JSON documents and answers with reports
 * and exit codes for scripts and CI.
 *
 * <p>Exit codes: 0 success and nothing to report; 1 the check found problems; 2 wrong usage of the
 * command line; 3 an input that cannot be read or is ill-formed. Machine output ({@code --format
 * json}) goes to stdout and nothing else does; diagnostics go to stderr.
 */
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCli.Version.class,
    description = {
      "CivicAI Governance: documents, charters and data-lifecycle ledgers of AI usages."
    },
    subcommands = {
      ValidateCommand.class,
      EvaluateCommand.class,
      ClassifyCommand.class,
      LedgerCommand.class,
      ReportCommand.class,
      ChartersCommand.class,
      TemplatesCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      TenderCommand.class,
      StoreCommand.class,
      BarometerCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, nothing to report",
      "1:the check found problems (findings at or above --fail-on, a ledger that does not verify, overdue deadlines)",
      "2:wrong usage of the command line",
      "3:an input that cannot be read or is ill-formed"
    })
public final class GovernanceCli implements Runnable {
  static final int OK = 0;
  static final int PROBLEMS = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      defaultValue = "fr",
      description =
          "Language of messages and reports: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang;

  /** The languages of the command line. */
  enum Lang {
    fr,
    en
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Returns the locale chosen with {@code --lang}. */
  Locale locale() {
    return lang == Lang.en ? Locale.ENGLISH : Locale.FRENCH;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UsageError(spec, "error.command");
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J (no-op here) so that
    // stderr carries only the command's own diagnostics.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line in-process, writing to the given streams.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    GovernanceCli root = new GovernanceCli();
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    // The language is read before parsing, so that picocli's help and errors are in it as well
    // as the commands' own texts; the same default as --lang's.
    Locale locale = CliText.scan(java.util.Arrays.asList(args));
    cli.setResourceBundle(CliText.bundle(locale));
    cli.setParameterExceptionHandler(new ParameterErrors(locale));
    cli.registerConverter(java.time.Instant.class, ParameterErrors::instant);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
          if (root.verbose) {
            e.printStackTrace(err);
          }
          if (cause instanceof GovernanceException g) {
            err.println("governance: " + Escape.diagnostic(g.message(root.locale())));
          } else if (cause instanceof IOException io) {
            // Said plainly, naming the file: never the name of a Java exception (issue 16).
            err.println(
                "governance: " + Escape.diagnostic(FileError.of(io, null).message(root.locale())));
          } else {
            err.println("governance: " + e);
            return PROBLEMS + 9; // 10: an internal error, a bug to report
          }
          return INPUT;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Prints the library version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"governance " + Library.version()};
    }
  }
}
