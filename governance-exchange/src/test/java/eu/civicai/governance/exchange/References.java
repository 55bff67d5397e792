package eu.civicai.governance.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the project keeps the public standards: {@code ../shared/reference/} next to the project
 * root (always there in CI), read by the tests and never copied into the project.
 */
public final class References {
  private References() {}

  /** Returns a file of the references; skips the test when the references are not here. */
  public static Path file(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("governance-exchange"))
          && Files.exists(dir.resolve("pom.xml"))) {
        Path parent = dir.getParent();
        Path file = parent == null ? null : parent.resolve("shared/reference").resolve(relative);
        Assumptions.assumeTrue(file != null && Files.exists(file), "no reference " + relative);
        return file;
      }
    }
    Assumptions.abort("no project root above " + Path.of("").toAbsolutePath());
    return null;
  }
}
