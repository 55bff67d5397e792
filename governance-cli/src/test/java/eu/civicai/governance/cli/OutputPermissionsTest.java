package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the command line writes are for sharing: they get the permissions of any new file in
 * their directory (what {@code Files.newOutputStream} creates, the umask's), not the owner-only
 * 0600 that a temporary file moved into place had (report.html, the --out files). POSIX file
 * systems (the test machines run Linux).
 */
class OutputPermissionsTest {
  private static final String AT = "2026-11-27T16:00:00Z";

  @TempDir Path dir;

  private Set<PosixFilePermission> newFile(Path directory) throws Exception {
    Path reference = directory.resolve(".reference");
    Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW).close();
    try {
      return Files.getPosixFilePermissions(reference);
    } finally {
      Files.delete(reference);
    }
  }

  @Test
  void everyOutputFile_hasThePermissionsOfANewFileInItsDirectory() throws Exception {
    Path register = dir.resolve("register.json");
    Files.writeString(
        register,
        GovernanceJson.create()
            .write(
                DocumentType.REGISTER,
                new RegisterDocument(
                    List.of(
                        AiUsage.builder("fuites")
                            .name("Détection des fuites")
                            .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
                            .build()),
                    List.of())));
    Path csv = dir.resolve("inventaire.csv");
    try (InputStream in = getClass().getResourceAsStream("/interconnectes-clean.csv")) {
      Files.copy(in, csv);
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path db = dir.resolve("governance.db");
    String r = register.toString();
    List<String[]> commands =
        List.of(
            new String[] {"export", "nl-register", "--out", out.resolve("nl.json").toString(), r},
            new String[] {"export", "atrs", "--out", out.resolve("atrs.json").toString(), r},
            new String[] {
              "import",
              "interconnectes",
              "--out",
              out.resolve("imported.json").toString(),
              csv.toString()
            },
            new String[] {"tender", "--out", out.resolve("clauses.md").toString(), r},
            new String[] {"store", "--store", db.toString(), "import", "--tenant", "243100633", r},
            new String[] {
              "store",
              "--store",
              db.toString(),
              "export",
              "--tenant",
              "243100633",
              "--out",
              out.resolve("exported.json").toString()
            },
            new String[] {"report", "--public", "--at", AT, "--out", out.toString(), r},
            // Run again, the report replaces its own files: the new ones get the same permissions.
            new String[] {"report", "--public", "--at", AT, "--out", out.toString(), r});
    for (String[] command : commands) {
      assertThat(ExchangeCliTest.run(command).code()).as(String.join(" ", command)).isIn(0, 1);
    }

    List<Path> written;
    try (Stream<Path> walk = Files.walk(out)) {
      written = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(written)
        .extracting(p -> out.relativize(p).toString())
        .contains(
            "nl.json",
            "atrs.json",
            "imported.json",
            "clauses.md",
            "exported.json",
            "report.html",
            "report.md",
            "report-data.json",
            "report.json",
            "fiches/fuites.html");
    for (Path file : written) {
      assertThat(Files.getPosixFilePermissions(file))
          .as(file.toString())
          .isEqualTo(newFile(file.getParent()));
    }
  }
}
