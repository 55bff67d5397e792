package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
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
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "Read commands never write; outputs are all or nothing": the commands that read a
 * ledger leave the file system as it was, report a missing or empty ledger without creating it, and
 * a report whose second file fails leaves the previous report whole.
 */
class ReadCommandsIssue16Test {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String AT = "2026-06-01T10:00:00Z";

  @TempDir Path dir;
  Path inputs;
  Path register;
  Path ledger;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void writeInputs() throws Exception {
    inputs = Files.createDirectories(dir.resolve("inputs"));
    Clock clock = Clock.fixed(Instant.parse(AT), ZoneOffset.UTC);
    Register reg = Register.inMemory(clock);
    reg.addDataset(
        Dataset.builder("abonnes")
            .name("Abonnés")
            .personalData(PersonalDataLevel.PERSONAL)
            .retention(
                RetentionRule.of(Period.ofMonths(1), RetentionTrigger.COLLECTION, EndAction.DELETE))
            .build());
    reg.add(
        AiUsage.builder("chatbot")
            .name("Agent conversationnel")
            .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
            .dataUse(d -> d.datasets(DatasetUse.of("abonnes", DataRole.INPUT)))
            .build());
    register = inputs.resolve("register.json");
    Files.writeString(register, JSON.write(DocumentType.REGISTER, RegisterDocument.of(reg)));
    ledger = inputs.resolve("ledger.jsonl");
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(ledger, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      Ledger.open(store, reg, clock)
          .append(
              LifecycleEvent.collected(DatasetId.of("abonnes"))
                  .at(Instant.parse("2026-01-05T09:00:00Z"))
                  .by("accueil"));
    }
    Files.createFile(inputs.resolve("empty.jsonl"));
  }

  /** Every file under a directory: its path, size, modification time and digest. */
  static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String key = root.relativize(p).toString();
        if (Files.isDirectory(p)) {
          files.put(key + "/", "dir");
        } else {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
          files.put(
              key,
              Files.size(p)
                  + " "
                  + Files.getLastModifiedTime(p).toMillis()
                  + " "
                  + HexFormat.of().formatHex(digest));
        }
      }
    }
    return files;
  }

  @Test
  void issue16_readCommands_leaveTheFileSystemUnchanged() throws Exception {
    Map<String, String> before = snapshot(inputs);
    String l = ledger.toString();
    String r = register.toString();
    Path out = dir.resolve("out");

    assertThat(run("--lang", "en", "ledger", "verify", l).code()).isZero();
    assertThat(run("ledger", "deadlines", l, "--register", r, "--at", AT).code()).isEqualTo(1);
    assertThat(run("evaluate", "--ledger", l, "--at", AT, r).code()).isIn(0, 1);
    assertThat(run("report", "--out", out.toString(), "--ledger", l, "--at", AT, r).code())
        .isEqualTo(1);

    assertThat(snapshot(inputs)).isEqualTo(before);
  }

  @Test
  void issue16_aMissingOrEmptyLedger_isReported_neverCreated() throws Exception {
    Map<String, String> before = snapshot(inputs);
    String r = register.toString();
    for (String name : new String[] {"missing.jsonl", "empty.jsonl"}) {
      String l = inputs.resolve(name).toString();
      String because =
          name.startsWith("missing")
              ? ": not found"
              : ": `/`: the ledger file is empty: it has not even its header line";
      Run[] runs = {
        run("--lang", "en", "ledger", "verify", l),
        run("--lang", "en", "ledger", "deadlines", l, "--register", r, "--at", AT),
        run("--lang", "en", "evaluate", "--ledger", l, "--at", AT, r),
        run(
            "--lang",
            "en",
            "report",
            "--out",
            dir.resolve("out-" + name).toString(),
            "--ledger",
            l,
            "--at",
            AT,
            r)
      };
      for (Run run : runs) {
        assertThat(run.code()).as(name).isEqualTo(3);
        assertThat(run.out()).as(name).isEmpty();
        assertThat(run.err()).as(name).isEqualTo("governance: " + l + because + "\n");
      }
      assertThat(dir.resolve("out-" + name)).doesNotExist();
    }
    assertThat(snapshot(inputs)).isEqualTo(before);
  }

  @Test
  void issue16_aReportWhoseSecondFileFails_leavesThePreviousReportWhole() throws Exception {
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("report.md"), "previous report\n");
    // report.json cannot be replaced: a directory holding a file stands in its place.
    Files.createDirectories(out.resolve("report.json"));
    Files.writeString(out.resolve("report.json").resolve("keep"), "x");
    Map<String, String> before = snapshot(out);

    Run run =
        run("--lang", "en", "report", "--out", out.toString(), "--at", AT, register.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("report.json: is a directory, not a file");
    assertThat(snapshot(out)).isEqualTo(before);
  }

  @Test
  void issue16_aReport_replacesBothFiles_andLeavesNoTemporaryFile() throws Exception {
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("report.md"), "previous report\n");
    Files.writeString(out.resolve("report.json"), "previous data\n");

    Run run = run("report", "--out", out.toString(), "--at", AT, register.toString());

    assertThat(run.code()).isIn(0, 1);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.html", "report.md", "report-data.json", "report.json");
    }
    assertThat(Files.readString(out.resolve("report.md")))
        .startsWith("# Rapport au comité de veille");
    assertThat(
            JSON.read(DocumentType.PORTFOLIO_REPORT, Files.readString(out.resolve("report.json")))
                .usages())
        .hasSize(1);
  }

  @Test
  void issue16_exportAndImport_toAFile_leaveNoTemporaryFile_andNeverReplaceThePrevious()
      throws Exception {
    Path csv = dir.resolve("export.csv");
    Files.writeString(csv, "previous\n");
    Run refused = run("export", "interconnectes", register.toString(), "--out", csv.toString());
    assertThat(refused.code()).isEqualTo(3);
    assertThat(Files.readString(csv)).isEqualTo("previous\n");
    Files.delete(csv);
    Run export = run("export", "interconnectes", register.toString(), "--out", csv.toString());
    assertThat(export.code()).isZero();
    assertThat(Files.readString(csv)).contains("Agent conversationnel");

    Path back = dir.resolve("back.json");
    Run imported = run("import", "interconnectes", csv.toString(), "--out", back.toString());
    assertThat(imported.code()).isIn(0, 1);
    assertThat(JSON.read(DocumentType.REGISTER, Files.readString(back)).usages()).hasSize(1);
    Run toStdout = run("import", "interconnectes", csv.toString());
    assertThat(toStdout.out()).isEqualTo(Files.readString(back));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
          .isEmpty();
    }
  }
}
