package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code governance charters init}: a starter charter that validates as written (issue 19). */
class ChartersInitTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void init_inFrenchByDefault_writesACharterThatValidatesAsWritten() throws Exception {
    Path file = dir.resolve("ma-charte.json");

    Run init = run("charters", "init", file.toString());
    Run validate = run("validate", file.toString());

    assertThat(init.code()).isZero();
    assertThat(init.err()).isEmpty();
    assertThat(init.out())
        .isEqualTo(
            "Charte de départ écrite dans "
                + file
                + " ; vérifiez-la avec : governance validate "
                + file
                + System.lineSeparator());
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).isEqualTo("OK " + file + " (charter)" + System.lineSeparator());
    Charter charter = JSON.read(DocumentType.CHARTER, Files.readString(file));
    assertThat(charter.id()).isEqualTo("ma-collectivite.charte");
    assertThat(charter.principles())
        .extracting(p -> p.id())
        .containsExactly("controle-humain", "transparence");
    assertThat(charter.source())
        .startsWith("Charte de départ écrite par « governance charters init »");
  }

  @Test
  void init_inEnglish_usesEnglishIdsAndMessages_andValidates() throws Exception {
    Path file = dir.resolve("my-charter.json");

    Run init = run("--lang", "en", "charters", "init", file.toString());
    Run validate = run("--lang", "en", "validate", file.toString());

    assertThat(init.code()).isZero();
    assertThat(init.out())
        .isEqualTo(
            "Starter charter written to "
                + file
                + "; check it with: governance validate "
                + file
                + System.lineSeparator());
    assertThat(validate.code()).as(validate.err()).isZero();
    Charter charter = JSON.read(DocumentType.CHARTER, Files.readString(file));
    assertThat(charter.id()).isEqualTo("my-authority.charter");
    assertThat(charter.criteria())
        .extracting(Criterion::id)
        .containsExactly("human-oversight.level", "transparency.goal", "transparency.contact");
    assertThat(charter.source())
        .startsWith("Starter charter written by \"governance charters init\"");
  }

  @Test
  void init_refusesToOverwrite_exits3NamingTheFile_andLeavesItUnchanged() throws Exception {
    Path file = dir.resolve("existing.json");
    Files.writeString(file, "mine");

    Run fr = run("charters", "init", file.toString());
    Run en = run("--lang", "en", "charters", "init", file.toString());

    assertThat(fr.code()).isEqualTo(3);
    assertThat(fr.out()).isEmpty();
    assertThat(fr.err())
        .isEqualTo(
            "governance: "
                + file
                + " : existe déjà ; rien n'a été écrit (choisissez un autre nom ou supprimez ce"
                + " fichier)"
                + System.lineSeparator());
    assertThat(en.code()).isEqualTo(3);
    assertThat(en.err())
        .isEqualTo(
            "governance: "
                + file
                + ": already exists; nothing was written (choose another name or remove that"
                + " file)"
                + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void init_onAFolder_isRefusedAsAFolder() throws Exception {
    Run run = run("--lang", "en", "charters", "init", dir.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains(dir + ": is a directory, not a file");
  }

  @Test
  void init_withoutFile_printsTheCharter_whichTheSchemaInTheJarAccepts() throws Exception {
    Run run = run("charters", "init");

    assertThat(run.code()).isZero();
    JsonNode node = new ObjectMapper().readTree(run.out());
    try (InputStream in =
        GovernanceJson.class.getResourceAsStream(DocumentType.CHARTER.schemaResource())) {
      var schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(new ObjectMapper().readTree(in));
      assertThat(schema.validate(node)).isEmpty();
    }
    // The last criterion shows that rationale and remediation are optional.
    JsonNode last = node.at("/content/principles/1/criteria/1");
    assertThat(last.path("id").asText()).isEqualTo("transparence.contact");
    assertThat(last.has("rationale")).isFalse();
    assertThat(last.has("remediation")).isFalse();
  }

  @Test
  void validate_acceptsAMinimalCharter_withoutSourceRationaleOrRemediation() throws Exception {
    Path file = dir.resolve("minimal.json");
    Files.writeString(
        file,
        """
        {"schemaVersion": "1.0", "type": "charter", "content": {
          "id": "mini", "version": "1", "title": {"fr": "Mini", "en": "Mini"},
          "principles": [{"id": "p", "title": {"fr": "P", "en": "P"}, "criteria": [
            {"id": "p.goal", "severity": "MAJOR", "title": {"fr": "But", "en": "Goal"},
             "requirement": {"known": "purpose.goal"}}]}]}}
        """);

    Run run = run("validate", file.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("OK " + file + " (charter)" + System.lineSeparator());
  }
}
