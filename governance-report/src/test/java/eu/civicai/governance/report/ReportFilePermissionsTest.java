package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's files are for sharing: they get the permissions of any new file in their directory
 * (the umask's), not the owner-only 0600 of a temporary file moved into place. POSIX file systems.
 */
class ReportFilePermissionsTest {
  @TempDir Path dir;

  @Test
  void everyFile_hasThePermissionsOfANewFileInItsDirectory() throws Exception {
    Fixtures.write(dir, Locale.FRENCH);
    Path reference = dir.resolve("reference");
    Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW).close();
    var expected = Files.getPosixFilePermissions(reference);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.equals(reference)).toList();
    }

    assertThat(files)
        .extracting(p -> dir.relativize(p).toString())
        .contains("report.html", "report.md", "report-data.json");
    for (Path file : files) {
      assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(expected);
    }
  }
}
