package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22, "the CLI accepts .yaml and .yml": the same commands on YAML files. */
class YamlCliIssue22Test {
  @TempDir Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private static AiUsage usage(String id) {
    return AiUsage.builder(id)
        .name("Agent " + id)
        .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
        .build();
  }

  @Test
  void yamlFiles_areValidatedEvaluatedAndExported() throws Exception {
    GovernanceJson yaml = GovernanceJson.yaml();
    Path usage = dir.resolve("fiche.yaml");
    Files.writeString(usage, yaml.write(DocumentType.USAGE, usage("a")));
    Path register = dir.resolve("registre.yml");
    Files.writeString(
        register,
        yaml.write(
            DocumentType.REGISTER,
            new RegisterDocument(List.of(usage("a"), usage("b")), List.of())));
    assertThat(run("validate", usage.toString(), register.toString())[1])
        .contains("OK " + usage + " (usage)", "OK " + register + " (register)");
    String[] evaluated = run("--lang", "en", "evaluate", "--format", "json", register.toString());
    assertThat(evaluated[2]).doesNotContain("governance:");
    assertThat(evaluated[1]).contains("\"usage\" : \"a\"", "\"usage\" : \"b\"");
    assertThat(run("export", "interconnectes", usage.toString())[1]).contains("Agent a");
  }

  @Test
  void yamlErrors_sayLineAndColumn() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, "schemaVersion: \"1.0\"\ntype: usage\ncontent:\n  id: a\n  name: \"unclosed\n");
    String[] fr = run("validate", bad.toString());
    assertThat(fr[0]).isEqualTo("3");
    assertThat(fr[2]).contains("n'est pas un YAML bien formé (ligne ").contains("[yaml.syntax]");
    Path alias = dir.resolve("alias.yml");
    Files.writeString(
        alias,
        "schemaVersion: \"1.0\"\ntype: usage\ncontent:\n  id: a\n  name: &n Agent\n  team: *n\n");
    assertThat(run("--lang", "en", "validate", alias.toString())[2])
        .contains(
            "`/content/team`: YAML aliases (*name) are not accepted: write the value out (line 6,"
                + " column 9) [yaml.alias]");
  }
}
