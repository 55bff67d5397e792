package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An input file the command line cannot use, said plainly and naming the file: not found, a
 * directory, CSV where JSON is expected, unreadable; or a document whose content breaks a rule, its
 * message prefixed with the file. Never the name of a Java exception, never a stack trace.
 */
final class FileError extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient GovernanceException content;

  private FileError(String file, String rule, GovernanceException content) {
    super(content == null ? "" : content.field(), rule);
    this.file = file;
    this.content = content;
  }

  static FileError notFound(Path file) {
    return new FileError(String.valueOf(file), "file.notFound", null);
  }

  static FileError directory(Path file) {
    return new FileError(String.valueOf(file), "file.directory", null);
  }

  static FileError notRegular(Path file) {
    return new FileError(String.valueOf(file), "file.notRegular", null);
  }

  /** A file the command would overwrite: nothing is written. */
  static FileError exists(Path file) {
    return new FileError(String.valueOf(file), "file.exists", null);
  }

  static FileError csv(Path file) {
    return new FileError(String.valueOf(file), "file.csv", null);
  }

  static FileError unreadable(Path file) {
    return new FileError(String.valueOf(file), "file.unreadable", null);
  }

  /** A document that breaks a rule: its message, after the file's name. */
  static FileError in(Path file, GovernanceException content) {
    return new FileError(String.valueOf(file), content.rule(), content);
  }

  /**
   * An I/O error on a file, said plainly; the file is the one the error names when it names one.
   */
  static FileError of(IOException e, Path fallback) {
    // A write or a move onto a folder (report.json being a directory, say): name the folder.
    if (e instanceof FileSystemException f) {
      for (String named : new String[] {f.getOtherFile(), f.getFile()}) {
        if (named != null && Files.isDirectory(Path.of(named))) {
          return directory(Path.of(named));
        }
      }
    }
    String file =
        e instanceof FileSystemException f && f.getFile() != null
            ? f.getFile()
            : fallback == null ? null : fallback.toString();
    String rule =
        e instanceof NoSuchFileException
            ? "file.notFound"
            : e instanceof AccessDeniedException
                ? "file.unreadable"
                : e instanceof NotDirectoryException ? "file.notDirectory" : "file.io";
    return new FileError(file, rule, null);
  }

  /** The file concerned, as given on the command line. */
  String file() {
    return file;
  }

  @Override
  public String message(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    if (content != null) {
      return file + (fr ? " : " : ": ") + content.message(locale);
    }
    String what =
        switch (rule()) {
          case "file.notFound" -> fr ? "fichier introuvable" : "not found";
          case "file.directory" ->
              fr ? "est un dossier, pas un fichier" : "is a directory, not a file";
          case "file.csv" ->
              fr
                  ? "ressemble à du CSV, pas à du JSON (pour un CSV Interconnectés : governance import)"
                  : "looks like CSV, not JSON (for an Interconnectés CSV: governance import)";
          case "file.exists" ->
              fr
                  ? "existe déjà ; rien n'a été écrit (choisissez un autre nom ou supprimez ce fichier)"
                  : "already exists; nothing was written (choose another name or remove that file)";
          case "file.notRegular" -> fr ? "n'est pas un fichier ordinaire" : "is not a regular file";
          case "file.notDirectory" ->
              fr
                  ? "un élément du chemin n'est pas un dossier"
                  : "a part of the path is not a directory";
          case "file.unreadable" -> fr ? "lecture refusée" : "cannot be read (permission denied)";
          default -> fr ? "n'a pas pu être lu ou écrit" : "could not be read or written";
        };
    if (file == null) {
      return (fr ? "un fichier " : "a file ") + what;
    }
    return file + (fr ? " : " : ": ") + what;
  }
}
