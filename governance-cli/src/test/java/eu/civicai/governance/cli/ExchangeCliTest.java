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

  @Test
  void importInterconnectes_printsDiagnostics_exits1_andWritesARegister_thatExportsBack()
      throws Exception {
    Path csv = dir.resolve("sample.csv");
    try (InputStream in =
        ExchangeCliTest.class.getResourceAsStream("/sample-beta-2025-01-13.csv")) {
      Files.copy(in, csv);
    }
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
        .contains("row 2, column `coll_siret`: '21750000000000' fails the SIRET check digit");
    assertThat(
            GovernanceJson.create()
                .read(DocumentType.REGISTER, Files.readString(register))
                .usages())
        .hasSize(10);

    CliTest.Run exported =
        run("export", "interconnectes", register.toString(), "--profile", "full");
    assertThat(exported.code()).isZero();
    assertThat(exported.out().lines().findFirst().orElseThrow())
        .startsWith("coll_nom;nom_projet;coll_siret");
    assertThat(exported.out()).contains("SmartWaste", "dechets@coll-cyz.fr");
    assertThat(run("export", "interconnectes", register.toString()).out())
        .doesNotContain("dechets@coll-cyz.fr");
    assertThat(run("export", "interconnectes", register.toString(), "--profile", "secret").code())
        .isEqualTo(2);
  }

  @Test
  void importUnreadableFile_exits3() {
    CliTest.Run run = run("import", "interconnectes", dir.resolve("absent.csv").toString());
    assertThat(run.code()).isEqualTo(3);
  }
}
