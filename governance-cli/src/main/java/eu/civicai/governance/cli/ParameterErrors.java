package eu.civicai.governance.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Wrong uses of the command line said in the chosen language: picocli's own errors (unknown option
 * or command, with the nearest names; a missing parameter or option, with its description; a value
 * that cannot be converted, with what is expected and an example; an option given twice) and the
 * commands' own ({@link UsageError}). One line for the problem, one pointing to the command's help;
 * exit code 2.
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
  private final Locale locale;

  ParameterErrors(Locale locale) {
    this.locale = locale;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("governance: " + Escape.diagnostic(message(ex)));
    err.println(CliText.get(locale, "error.help", cmd.getCommandSpec().qualifiedName()));
    err.flush();
    return GovernanceCli.USAGE;
  }

  /** The message of a wrong use, in the chosen language. */
  String message(ParameterException ex) {
    if (ex instanceof UsageError u) {
      return u.message(locale);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return unmatched(u);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return CliText.get(locale, "error.twice", name(o.getOverwritten()));
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      return missing(m);
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return CliText.get(
          locale, "error.invalid", name(arg), Escape.terminal(ex.getValue()), expected(arg, ex));
    }
    if (String.valueOf(ex.getMessage()).startsWith("Missing required subcommand")) {
      return CliText.get(
          locale, "error.subcommand", String.join(", ", subcommands(ex.getCommandLine())));
    }
    // Another error of picocli's: its own words, as a last resort.
    return String.valueOf(ex.getMessage());
  }

  private String unmatched(CommandLine.UnmatchedArgumentException u) {
    List<String> unmatched = u.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    List<String> suggestions = new ArrayList<>(u.getSuggestions());
    if (suggestions.isEmpty() && first.startsWith("-")) {
      suggestions.addAll(nearestOptions(u.getCommandLine(), first));
    }
    String text;
    if (first.startsWith("-")) {
      text = CliText.get(locale, "error.unknownOption", Escape.terminal(first));
    } else if (u.getCommandLine().getSubcommands().size() > 0
        && u.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
      text =
          CliText.get(
              locale,
              "error.unknownCommand",
              Escape.terminal(first),
              String.join(", ", subcommands(u.getCommandLine())));
    } else {
      text = CliText.get(locale, "error.unexpected", Escape.terminal(String.join(" ", unmatched)));
    }
    if (!suggestions.isEmpty()) {
      text +=
          CliText.get(
              locale,
              "error.didYouMean",
              suggestions.stream()
                  .limit(3)
                  .map(s -> "`" + s + "`")
                  .collect(Collectors.joining(", ")));
    }
    return text;
  }

  /** The command's options nearest to an unknown one: at most two edits away, nearest first. */
  static List<String> nearestOptions(CommandLine cmd, String unknown) {
    String given = unknown.contains("=") ? unknown.substring(0, unknown.indexOf('=')) : unknown;
    List<String> names = new ArrayList<>();
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      names.add(o.longestName());
    }
    return names.stream()
        .filter(n -> distance(given, n) <= 2)
        .sorted(
            java.util.Comparator.<String>comparingInt(n -> distance(given, n))
                .thenComparing(java.util.Comparator.naturalOrder()))
        .limit(3)
        .toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private String missing(CommandLine.MissingParameterException m) {
    List<String> parts = new ArrayList<>();
    for (ArgSpec arg : m.getMissing()) {
      String description = String.join(" ", arg.description());
      parts.add(description.isBlank() ? name(arg) : name(arg) + " (" + description + ")");
    }
    boolean value = String.valueOf(m.getMessage()).startsWith("Missing required parameter for");
    if (value && !m.getMissing().isEmpty()) {
      ArgSpec arg = m.getMissing().get(0);
      return CliText.get(locale, "error.missingValue", name(arg), expected(arg, null));
    }
    return CliText.get(locale, "error.missing", String.join("; ", parts));
  }

  /** {@code --at} or {@code FILE}, as the help names them. */
  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    return ((PositionalParamSpec) arg).paramLabel();
  }

  /** What a value of the argument looks like, with an example. */
  private String expected(ArgSpec arg, ParameterException ex) {
    Class<?> type = arg.type();
    if (type.isEnum()) {
      return CliText.get(
          locale,
          "expect.oneOf",
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ")));
    }
    if (type == Instant.class) {
      return CliText.get(locale, "expect.instant");
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return CliText.get(locale, "expect.integer");
    }
    if (ex != null && ex.getCause() instanceof CommandLine.TypeConversionException t) {
      return Escape.terminal(t.getMessage());
    }
    return CliText.get(locale, "expect.value", arg.paramLabel());
  }

  private static List<String> subcommands(CommandLine cmd) {
    return new ArrayList<>(cmd.getSubcommands().keySet());
  }

  /** Reads an instant as ISO-8601 only; the message says what is expected (see above). */
  static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("ISO-8601 instant expected");
    }
  }
}
