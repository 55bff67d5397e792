package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.EndAction;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.data.RetentionRule;
import eu.civicai.governance.data.RetentionTrigger;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.json.WaiverList;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OversightLevel;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command run in-process on files written here: exit code, stdout and stderr. */
class CliTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String AT = "2026-06-01T10:00:00Z";
  @TempDir static Path dir;
  static Path registerFile;
  static Path ledgerFile;
  static Path checkpointFile;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void writeFiles() throws Exception {
    Clock clock = Clock.fixed(Instant.parse(AT), ZoneOffset.UTC);
    Register register = Register.inMemory(clock);
    register.addDataset(
        Dataset.builder("abonnes")
            .name("Abonnés")
            .personalData(PersonalDataLevel.PERSONAL)
            .retention(
                RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE))
            .build());
    register.add(
        AiUsage.builder("chatbot")
            .name("Agent conversationnel")
            .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
            .decision(d -> d.oversight(HumanOversight.builder().level(OversightLevel.NONE).build()))
            .dataUse(d -> d.datasets(DatasetUse.of("abonnes", DataRole.INPUT)))
            .build());
    registerFile = dir.resolve("register.json");
    Files.writeString(
        registerFile, JSON.write(DocumentType.REGISTER, RegisterDocument.of(register)));
    ledgerFile = dir.resolve("ledger.jsonl");
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(
            ledgerFile, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      Ledger ledger = Ledger.open(store, register, clock);
      ledger.append(
          LifecycleEvent.collected(DatasetId.of("abonnes"))
              .at(Instant.parse("2026-01-05T09:00:00Z"))
              .by("accueil"));
      ledger.append(
          LifecycleEvent.of(
                  eu.civicai.governance.data.EventKind.TRANSFORMED, DatasetId.of("abonnes"))
              .at(Instant.parse("2026-01-06T09:00:00Z"))
              .by("dsi"));
      checkpointFile = dir.resolve("checkpoint.json");
      JsonLinesLedgerStore.writeCheckpoint(checkpointFile, ledger.checkpoint(), JSON);
    }
  }

  @Test
  void help_listsCommandsAndExitCodes() {
    Run run = run("--lang", "en", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "validate",
            "evaluate",
            "classify",
            "ledger",
            "report",
            "charters",
            "3   an input that cannot be read or is ill-formed");
  }

  @Test
  void unknownOption_exits2() {
    Run run = run("evaluate", "--bogus", registerFile.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("option inconnue --bogus");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownLanguage_exits2() {
    assertThat(run("--lang", "de", "charters").code()).isEqualTo(2);
  }

  @Test
  void validate_acceptsGoodDocuments_andNamesThePointerOfABadOne() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(registerFile).replace("\"COMMUNE\"", "\"VILLAGE\""));

    Run good = run("validate", registerFile.toString(), checkpointFile.toString());
    Run wrong = run("--lang", "en", "validate", bad.toString());

    assertThat(good.code()).isZero();
    assertThat(good.out()).contains("OK " + registerFile + " (register)", "(checkpoint)");
    assertThat(wrong.code()).isEqualTo(3);
    assertThat(wrong.err())
        .contains(bad + ": `/content/usages/0/authority/kind`: the value is not one of")
        .contains("[json.enum]");
  }

  @Test
  void illFormedRegister_exits3WithAPointer_withoutStackTrace() throws Exception {
    Path bad = dir.resolve("bad-register.json");
    Files.writeString(
        bad,
        Files.readString(registerFile)
            .replace("\"name\" : \"Agent conversationnel\"", "\"name\" : \"\""));
    Run run = run("--lang", "en", "evaluate", bad.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err().strip())
        .isEqualTo(
            "governance: " + bad + ": `/content/usages/0/name`: the value breaks rule notBlank");
  }

  @Test
  void missingFile_exits3() {
    Path absent = dir.resolve("absent.json");
    Run run = run("evaluate", absent.toString());
    assertThat(run.code()).isEqualTo(3);
    // Said plainly, naming the file (issue 16), never "NoSuchFileException".
    assertThat(run.err().strip()).isEqualTo("governance: " + absent + " : fichier introuvable");
  }

  @Test
  void evaluate_blockingFinding_exits1_andJsonOutputValidatesAgainstTheSchema() throws Exception {
    Run run =
        run(
            "evaluate",
            "--format",
            "json",
            "--at",
            AT,
            "--ledger",
            ledgerFile.toString(),
            registerFile.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    var node = new ObjectMapper().readTree(run.out());
    try (InputStream in =
        GovernanceJson.class.getResourceAsStream(DocumentType.PORTFOLIO_REPORT.schemaResource())) {
      var schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(new ObjectMapper().readTree(in));
      assertThat(schema.validate(node)).isEmpty();
    }
    assertThat(JSON.read(DocumentType.PORTFOLIO_REPORT, run.out()).blockingUsages())
        .extracting(Object::toString)
        .containsExactly("chatbot");
  }

  @Test
  void evaluate_atAnInstant_isReplayedByteForByte() {
    Run first = run("evaluate", "--format", "json", "--at", AT, registerFile.toString());
    Run second = run("evaluate", "--format", "json", "--at", AT, registerFile.toString());
    assertThat(second.out()).isEqualTo(first.out()).contains("\"evaluatedAt\" : \"" + AT + "\"");
  }

  @Test
  void evaluate_failOnInfo_andOneCharter_andWaivers() throws Exception {
    Path waivers = dir.resolve("waivers.json");
    Files.writeString(
        waivers,
        JSON.write(
            DocumentType.WAIVERS,
            new WaiverList(
                List.of(
                    Waiver.builder()
                        .criterion("oversight.level")
                        .usage(eu.civicai.governance.UsageId.of("chatbot"))
                        .justification("Test encadré")
                        .grantedBy("comité de veille")
                        .grantedOn(LocalDate.of(2026, 1, 1))
                        .expiresOn(LocalDate.of(2026, 12, 31))
                        .build()))));
    Run waived =
        run(
            "--lang",
            "en",
            "evaluate",
            "--charter",
            "civicai.ethics",
            "--waivers",
            waivers.toString(),
            "--at",
            AT,
            registerFile.toString());
    assertThat(waived.out())
        .contains("civicai.ethics 1.2")
        .doesNotContain("civicai.compass")
        .doesNotContain("A person oversees the outputs");
    assertThat(
            run(
                    "evaluate",
                    "--charter",
                    "civicai.compass",
                    "--fail-on",
                    "INFO",
                    "--at",
                    AT,
                    registerFile.toString())
                .code())
        .isEqualTo(1);
  }

  @Test
  void evaluate_withACharterFile() throws Exception {
    Path charter = dir.resolve("charter.json");
    Files.writeString(charter, JSON.write(DocumentType.CHARTER, BuiltInCharters.frugalAi()));
    Run run =
        run(
            "evaluate",
            "--charter",
            charter.toString(),
            "--format",
            "markdown",
            "--at",
            AT,
            registerFile.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("# Évaluation du portefeuille").contains("civicai.frugal-ai");
  }

  @Test
  void classify_printsTierReasonsAndQuestions() {
    Run run = run("--lang", "en", "classify", registerFile.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "chatbot: Undetermined",
            "? Answer the screening questions of Art. 5(1)(a), Art. 5(1)(b)",
            "Rule set: Regulation (EU) 2024/1689");
  }

  @Test
  void classify_inFrench_citesThePointAndLetterTheFrenchWay() {
    Run run = run("--lang", "fr", "classify", registerFile.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("chatbot: Indéterminé", "art. 5, § 1, point a)", "règlement (UE) 2026/1744")
        .doesNotContain("Art. 5(1)");
  }

  @Test
  void classify_json_isAPortfolioReportDocument_withTheArticles() {
    Run run =
        run(
            "classify",
            "--format",
            "json",
            "--at",
            "2026-12-01T10:00:00Z",
            registerFile.toString());
    assertThat(JSON.read(DocumentType.PORTFOLIO_REPORT, run.out()).usages()).hasSize(1);
    assertThat(run.out())
        .contains(
            "\"articles\" : [ \"Art. 5(1)(a)\"",
            "\"assessedOn\" : \"2026-12-01\"",
            "Regulation (EU) 2026/1744");
  }

  @Test
  void ledgerVerify_intact_exits0() {
    Run run =
        run(
            "--lang",
            "en",
            "ledger",
            "verify",
            ledgerFile.toString(),
            "--checkpoint",
            checkpointFile.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo("The ledger is intact: 2 entries verified");
  }

  @Test
  void ledgerVerify_oneChangedByte_exits1_andNamesThePosition() throws Exception {
    Path tampered = dir.resolve("tampered.jsonl");
    byte[] bytes = Files.readAllBytes(ledgerFile);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf("\"dsi\"") + 2;
    bytes[at] = (byte) 't'; // "dsi" becomes "dti" on line 3, the second entry
    Files.write(tampered, bytes);

    Run run =
        run(
            "--lang",
            "en",
            "ledger",
            "verify",
            tampered.toString(),
            "--checkpoint",
            checkpointFile.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().strip())
        .isEqualTo("The ledger breaks at sequence 2: the entry was modified");
  }

  @Test
  void ledgerDeadlines_overdue_exits1() {
    Run run =
        run(
            "--lang",
            "en",
            "ledger",
            "deadlines",
            ledgerFile.toString(),
            "--register",
            registerFile.toString(),
            "--at",
            AT);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("overdue   abonnes: Deletion due on 5 February 2026 (2026-02-05T09:00:00Z)");
  }

  @Test
  void report_writesHtmlMarkdownAndJson() throws Exception {
    Path out = dir.resolve("report");
    Run run =
        run(
            "report",
            "--out",
            out.toString(),
            "--ledger",
            ledgerFile.toString(),
            "--at",
            AT,
            registerFile.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("report.md")))
        .contains(
            "### Durées de conservation dépassées (1)",
            "- Abonnés : suppression due le 5 février 2026");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<html lang=\"fr\">", "data-figure=\"decide.OVERDUE_RETENTION\">1<");
    assertThat(
            JSON.read(DocumentType.PORTFOLIO_REPORT, Files.readString(out.resolve("report.json")))
                .usages())
        .hasSize(1);
  }

  @Test
  void charters_listAndShow() {
    Run list = run("charters");
    Run show = run("charters", "show", "civicai.gdpr-crpa");
    Run unknown = run("charters", "show", "nope");
    assertThat(list.out()).contains("civicai.ethics", "civicai.completeness.atrs");
    assertThat(JSON.read(DocumentType.CHARTER, show.out())).isEqualTo(BuiltInCharters.gdprCrpa());
    assertThat(unknown.code()).isEqualTo(2);
  }
}
