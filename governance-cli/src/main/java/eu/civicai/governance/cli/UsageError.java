package eu.civicai.governance.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * A wrong use of the command line found by a command itself (two sources given, a value out of
 * range): exit code 2, its message from the command line's bundle in the chosen language.
 */
final class UsageError extends CommandLine.ParameterException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] arguments;

  UsageError(CommandLine.Model.CommandSpec spec, String key, Object... arguments) {
    super(spec.commandLine(), CliText.get(Locale.ENGLISH, key, arguments));
    this.key = key;
    this.arguments = arguments;
  }

  /** The message in a language. */
  String message(Locale locale) {
    return CliText.get(locale, key, arguments);
  }
}
