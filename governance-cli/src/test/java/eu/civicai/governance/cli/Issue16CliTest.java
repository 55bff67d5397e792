package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16 at the command line: hostile inputs end with an exit code of 3 and one plain line naming
 * the file, the place and the rule; never a Java exception's name, a stack trace, a control
 * character from the document, or a large output; {@code validate} refuses whatever {@code
 * evaluate} refuses.
 */
class Issue16CliTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String AT = "2026-06-01T10:00:00Z";
  @TempDir Path dir;

  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertPlain(Run run) {
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.all())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
    assertThat(run.all().length()).isLessThan(2_000);
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static String usage(String id) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"N\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}}";
  }

  private static String usageDocument(String extra) {
    return "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":"
        + "{\"id\":\"u\",\"name\":\"N\",\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}"
        + extra
        + "}}";
  }

  // --- file errors ------------------------------------------------------------------------------

  @Test
  void issue16_directoryGivenAsAFile_isSaidPlainly_inFrenchAndEnglish() {
    for (String command : new String[] {"validate", "evaluate"}) {
      Run fr = run(command, dir.toString());
      Run en = run("--lang", "en", command, dir.toString());

      assertPlain(fr);
      assertPlain(en);
      assertThat(fr.err()).contains(dir + " : est un dossier, pas un fichier");
      assertThat(en.err()).contains(dir + ": is a directory, not a file");
    }
  }

  @Test
  void issue16_missingFile_isSaidPlainly_inFrenchAndEnglish() {
    Path absent = dir.resolve("absent.json");
    assertThat(run("validate", absent.toString()).err().strip())
        .isEqualTo(absent + " : fichier introuvable [file.notFound]");
    assertThat(run("--lang", "en", "evaluate", absent.toString()).err().strip())
        .isEqualTo("governance: " + absent + ": not found");
    assertPlain(run("--lang", "en", "ledger", "verify", absent.toString()));
    assertThat(run("--lang", "en", "ledger", "verify", absent.toString()).err())
        .contains(absent + ": not found");
    assertPlain(run("evaluate", "--charter", absent.toString(), absent.toString()));
  }

  @Test
  void issue16_csvGivenWhereJsonIsExpected_isNamedAsCsv() throws Exception {
    Path csv = write("export.json", "nom;commune;statut\nDétection de fuites;Valmont;Déployé\n");

    Run validate = run("--lang", "en", "validate", csv.toString());
    Run evaluate = run("evaluate", csv.toString());

    assertPlain(validate);
    assertPlain(evaluate);
    assertThat(validate.err()).contains(csv + ": looks like CSV, not JSON").contains("[file.csv]");
    assertThat(evaluate.err()).contains(csv + " : ressemble à du CSV, pas à du JSON");
  }

  @Test
  void issue16_jsonErrors_nameTheFileThePointerAndTheRule() throws Exception {
    Path bad = write("bad.json", usageDocument(",\"bogus\":1"));

    Run run = run("--lang", "en", "evaluate", bad.toString());
    assertPlain(run);
    assertThat(run.err().strip())
        .isEqualTo(
            "governance: " + bad + ": `/content/bogus`: this property is not part of the format");
  }

  // --- validate refuses what evaluate refuses ---------------------------------------------------

  @Test
  void issue16_duplicateUsageIds_areRefusedByValidateAndEvaluate_withThePointerOfTheSecond()
      throws Exception {
    Path register =
        write(
            "dup.json",
            "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"usages\":["
                + usage("a")
                + ","
                + usage("a")
                + "]}}");

    Run validate = run("--lang", "en", "validate", register.toString());
    Run evaluate = run("--lang", "en", "evaluate", "--at", AT, register.toString());

    assertPlain(validate);
    assertPlain(evaluate);
    assertThat(validate.err())
        .contains(register + ": `/content/usages/1/id`: this id appears earlier in the document")
        .contains("[json.duplicateId]");
    assertThat(evaluate.err()).contains("`/content/usages/1/id`");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ",\"footprint\":{\"inferenceEnergyPerYear\":{\"value\":1e999999999,\"unit\":\"KWH\"}}",
        ",\"footprint\":{\"inferenceEnergyPerYear\":{\"value\":1e-999999999,\"unit\":\"KWH\"}}",
        ",\"footprint\":{\"inferenceEnergyPerYear\":{\"value\":1e2147483647,\"unit\":\"KWH\"}}",
        ",\"footprint\":{\"carbonPerYear\":{\"value\":-1e999999999,\"unit\":\"KG_CO2E\"}}",
        ",\"benefits\":[{\"name\":\"B\",\"measured\":{\"value\":1e1000000,\"unit\":\"EUR\"}}]",
        ",\"name\":\"x\"",
        ",\"links\":[{\"label\":\"L\",\"uri\":\"javascript:alert(1)\"}]",
        ",\"transparency\":{\"imageUrl\":\"data:image/png;base64,AAAA\"}",
        ",\"description\":\"\\u001b]0;owned\\u0007\"",
        ",\"team\":\"X\\ud800Y\""
      })
  void issue16_hostileValues_validateAndEvaluateAgree_inBoundedOutput(String extra)
      throws Exception {
    Path file = write("hostile.json", usageDocument(extra));

    Run validate = run("--lang", "en", "validate", file.toString());
    Run evaluate = run("--lang", "en", "evaluate", "--at", AT, file.toString());
    Run markdown = run("evaluate", "--format", "markdown", "--at", AT, file.toString());

    assertPlain(validate);
    assertPlain(evaluate);
    assertPlain(markdown);
    String pointer = validate.err().substring(validate.err().indexOf('`'));
    pointer = pointer.substring(0, pointer.indexOf('`', 1) + 1);
    assertThat(pointer).startsWith("`/content/");
    assertThat(evaluate.err()).contains(pointer);
  }

  @Test
  void issue16_hugeRetentionPeriod_isRefusedByValidateEvaluateAndLedgerDeadlines()
      throws Exception {
    Path register =
        write(
            "register.json",
            "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"usages\":["
                + usage("a")
                + "],\"datasets\":[{\"id\":\"d\",\"name\":\"D\",\"personalData\":\"NONE\","
                + "\"retention\":{\"duration\":\"P999999999Y\",\"trigger\":\"COLLECTION\","
                + "\"endAction\":\"DELETE\"}}]}}");
    Path ledger = write("ledger.jsonl", JSON.ledgerHeader() + "\n");

    Run validate = run("--lang", "en", "validate", register.toString());
    Run evaluate = run("--lang", "en", "evaluate", "--at", AT, register.toString());
    Run deadlines =
        run(
            "--lang",
            "en",
            "ledger",
            "deadlines",
            "--register",
            register.toString(),
            "--at",
            AT,
            ledger.toString());

    for (Run run : new Run[] {validate, evaluate, deadlines}) {
      assertPlain(run);
      assertThat(run.err())
          .contains(
              "`/content/datasets/0/retention/duration`: a period must be at most 1000 years");
    }
  }

  // --- outputs ----------------------------------------------------------------------------------

  @Test
  void issue16_markdownTable_keepsEachNameInItsCell_andShowsNoMarkup() throws Exception {
    AiUsage usage =
        AiUsage.builder("tableau")
            .name("Fuites | <img src=x onerror=alert(1)> **gras**")
            .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
            .build();
    Path file = write("usage.json", JSON.write(DocumentType.USAGE, usage));

    Run run = run("evaluate", "--format", "markdown", "--at", AT, file.toString());

    String row = run.out().lines().filter(l -> l.startsWith("| Fuites")).findFirst().orElseThrow();
    // Three columns: four unescaped pipes, whatever the name holds.
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(4);
    assertThat(row)
        .startsWith("| Fuites \\| &lt;img src=x onerror=alert(1)&gt; \\*\\*gras\\*\\* |")
        .doesNotContain("<img");
  }

  @Test
  void issue16_propertyNameWithControlCharacters_neverReachesTheTerminal() throws Exception {
    Path file = write("esc.json", usageDocument(",\"\\u001b[2J\\u001b]0;pwned\\u0007\":1"));

    Run validate = run("--lang", "en", "validate", file.toString());
    Run evaluate = run("--lang", "en", "evaluate", file.toString());

    assertPlain(validate);
    assertPlain(evaluate);
    assertThat(validate.err()).contains("\\u001b[2J");
  }
}
