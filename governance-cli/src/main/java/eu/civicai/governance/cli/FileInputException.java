package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import java.nio.file.Path;
import java.util.Locale;

/** A library error about one input file, whose message starts with the file's name. */
final class FileInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient GovernanceException cause;

  FileInputException(Path file, GovernanceException cause) {
    super(cause, cause.field(), cause.rule());
    this.file = String.valueOf(file);
    this.cause = cause;
  }

  @Override
  public String message(Locale locale) {
    return file + ": " + cause.message(locale);
  }
}
