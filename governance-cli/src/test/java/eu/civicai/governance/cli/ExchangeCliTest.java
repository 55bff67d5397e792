package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCliTest {
  @TempDir Path dir;

  static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  private Path copy(String resource) throws Exception {
    Path csv = dir.resolve(resource);
    try (InputStream in = ExchangeCliTest.class.getResourceAsStream("/" + resource)) {
      Files.copy(in, csv);
    }
    return csv;
  }

  @Test
  void importInterconnectes_printsDiagnostics_exits1_andWritesARegister_thatExportsBack()
      throws Exception {
    Path csv = copy("interconnectes-drifts.csv");
    Path register = dir.resolve("register.json");

    CliTest.Run imported =
        run(
            "--lang",
            "en",
            "import",
            "interconnectes",
            csv.toString(),
            "--out",
            register.toString());

    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.err())
        .contains("row 5, column `coll_siret`: '21000004800013' fails the SIRET check digit")
        .contains("row 2, column `projet_status`: 'Terminé' read as 'Terminée'");
    assertThat(
            GovernanceJson.create()
                .read(DocumentType.REGISTER, Files.readString(register))
                .usages())
        .hasSize(5);

    CliTest.Run exported =
        run("--lang", "en", "export", "interconnectes", register.toString(), "--profile", "full");
    assertThat(exported.code()).isZero();
    assertThat(exported.out().lines().findFirst().orElseThrow())
        .startsWith("coll_nom;nom_projet;coll_siret");
    assertThat(exported.out()).contains("Détection des fuites", "fuites@val-de-brume.example");
    assertThat(run("export", "interconnectes", register.toString()).out())
        .doesNotContain("fuites@val-de-brume.example");
    assertThat(run("export", "interconnectes", register.toString(), "--profile", "secret").code())
        .isEqualTo(2);
  }

  @Test
  void importCleanExport_exits0_notesOnly() throws Exception {
    CliTest.Run imported =
        run(
            "--lang",
            "en",
            "import",
            "interconnectes",
            copy("interconnectes-clean.csv").toString());

    assertThat(imported.code()).isZero();
    assertThat(imported.err()).contains("read as 'Communauté d'agglomération'");
    assertThat(
            GovernanceJson.create()
                .read(DocumentType.REGISTER, imported.out())
                .usages()
                .get(0)
                .transparency()
                .location())
        .isNotNull();
  }

  @Test
  void export_saysWhatTheFileCannotCarry() throws Exception {
    var usage =
        eu.civicai.governance.usage.AiUsage.builder("x")
            .name("X")
            .summary("Résumé")
            .authority(
                eu.civicai.governance.org.Authority.of(
                    "Commune X", eu.civicai.governance.org.AuthorityKind.COMMUNE))
            .purpose(p -> p.theme(eu.civicai.governance.usage.Theme.OTHER))
            .build();
    Path register = dir.resolve("register.json");
    Files.writeString(
        register,
        GovernanceJson.create()
            .write(
                DocumentType.REGISTER,
                new eu.civicai.governance.json.RegisterDocument(
                    java.util.List.of(usage), java.util.List.of())));

    CliTest.Run exported = run("--lang", "en", "export", "interconnectes", register.toString());

    assertThat(exported.code()).isZero();
    assertThat(exported.err())
        .contains("row 2, column `theme`: 'Autre' (purpose.theme) has no value in the")
        .contains("row 2: the Interconnectés schema has no column for summary");
  }

  @Test
  void importUnreadableFile_exits3() {
    CliTest.Run run = run("import", "interconnectes", dir.resolve("absent.csv").toString());
    assertThat(run.code()).isEqualTo(3);
  }
}
