package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fuzzers' seed corpus present: valid documents of every type and a few malformed ones.
 * Regenerate with {@code -Dcorpus.update=true}.
 */
class SeedCorpusTest {
  private static final Path ROOT =
      Path.of("src/test/resources/eu/civicai/governance/json/ReaderFuzzTestInputs");
  private static final List<String> HARNESSES =
      List.of(
          "readAnyDocument",
          "readUsage",
          "readCharter",
          "readRegisterStreaming",
          "readLedgerLine",
          "readLedgerFile");

  @Test
  void everyHarness_hasASeedCorpus() throws Exception {
    if (Boolean.getBoolean("corpus.update")) {
      write();
    }
    for (String harness : HARNESSES) {
      Path dir = ROOT.resolve(harness);
      assertThat(dir).as("regenerate with -Dcorpus.update=true").isDirectory();
      try (var files = Files.list(dir)) {
        assertThat(files.count()).as(harness).isGreaterThanOrEqualTo(3);
      }
    }
  }

  private static void write() throws Exception {
    GovernanceJson json = GovernanceJson.create();
    RandomDocuments random = new RandomDocuments(2026);
    String usage = json.write(DocumentType.USAGE, random.usage());
    String charter =
        json.write(DocumentType.CHARTER, eu.civicai.governance.charters.BuiltInCharters.frugalAi());
    String register = json.write(DocumentType.REGISTER, random.register());
    String entry = json.writeLedgerEntry(random.entry());
    List<String> malformed =
        List.of(
            "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":{\"id\":\"a\",\"id\":\"b\"}}",
            "[[[[[[",
            "{\"schemaVersion\":\"1.0\"");
    // Issue 16's classes of hostile input, each once: huge exponents, huge periods, a lone
    // surrogate, control characters, a javascript: address, duplicate usage ids.
    String head = "{\"schemaVersion\":\"1.0\",\"type\":\"usage\",\"content\":{\"id\":\"u\",";
    String authority = "\"authority\":{\"name\":\"C\",\"kind\":\"COMMUNE\"}";
    String anUsage = "{\"id\":\"a\",\"name\":\"N\"," + authority + "}";
    List<String> hostile =
        List.of(
            head
                + "\"name\":\"N\","
                + authority
                + ",\"footprint\":{\"inferenceEnergyPerYear\":{\"value\":1e999999999,"
                + "\"unit\":\"KWH\"},\"carbonPerYear\":{\"value\":1e-999999999,"
                + "\"unit\":\"KG_CO2E\"}}}}",
            "{\"schemaVersion\":\"1.0\",\"type\":\"dataset\",\"content\":{\"id\":\"d\","
                + "\"name\":\"D\",\"retention\":{\"duration\":\"P999999999Y\","
                + "\"trigger\":\"COLLECTION\",\"endAction\":\"DELETE\"}}}",
            head + "\"name\":\"X\\ud800Y\"," + authority + "}}",
            head + "\"name\":\"\\u001b[2J\\u0007\"," + authority + "}}",
            head
                + "\"name\":\"N\","
                + authority
                + ",\"links\":[{\"label\":\"L\",\"uri\":\"javascript:alert(1)\"}]}}",
            "{\"schemaVersion\":\"1.0\",\"type\":\"register\",\"content\":{\"usages\":["
                + anUsage
                + ","
                + anUsage
                + "]}}");
    write(
        "readAnyDocument",
        List.of(
            usage, charter, register, json.write(DocumentType.EVALUATION_REPORT, random.report())),
        malformed,
        hostile);
    write(
        "readUsage",
        List.of(usage, json.write(DocumentType.USAGE, random.usage())),
        malformed,
        hostile.subList(0, 5));
    write(
        "readCharter",
        List.of(charter, json.write(DocumentType.CHARTER, random.charter())),
        malformed,
        List.of());
    write("readRegisterStreaming", List.of(register), malformed, hostile.subList(5, 6));
    write(
        "readLedgerLine",
        List.of(entry, json.writeLedgerEntry(random.entry())),
        List.of("{\"sequence\":1", "null", "{}"),
        List.of());
    writeLedgerFiles(json);
  }

  /** Seeds of the ledger-file harness: a whole ledger and the attacks of issue 16 on it. */
  private static void writeLedgerFiles(GovernanceJson json) throws Exception {
    eu.civicai.governance.register.Register register =
        eu.civicai.governance.register.Register.inMemory(
            java.time.Clock.fixed(
                java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC));
    eu.civicai.governance.DatasetId d = eu.civicai.governance.DatasetId.of("compteurs");
    register.addDataset(
        eu.civicai.governance.data.Dataset.builder("compteurs")
            .name("Compteurs")
            .personalData(eu.civicai.governance.data.PersonalDataLevel.NONE)
            .build());
    eu.civicai.governance.data.Ledger ledger =
        eu.civicai.governance.data.Ledger.inMemory(register, java.time.Clock.systemUTC());
    StringBuilder text = new StringBuilder(json.ledgerHeader()).append('\n');
    for (int i = 0; i < 3; i++) {
      var event =
          (i == 0
                  ? eu.civicai.governance.data.LifecycleEvent.collected(d)
                  : eu.civicai.governance.data.LifecycleEvent.of(
                      eu.civicai.governance.data.EventKind.TRANSFORMED, d))
              .at(java.time.Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i))
              .by("service")
              .note("ligne " + i);
      text.append(json.writeLedgerEntry(ledger.append(event))).append('\n');
    }
    String whole = text.toString();
    String[] lines = whole.split("\n");
    byte[] badUtf8 = (lines[0] + "\n" + lines[1] + "\n\u00e9\n").getBytes(StandardCharsets.UTF_8);
    badUtf8[badUtf8.length - 2] = (byte) 0xC3; // a lead byte without its continuation
    Path dir = ROOT.resolve("readLedgerFile");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("valid-0"), whole, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("valid-1"), lines[0] + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("malformed-0"),
        lines[0] + "\n" + lines[1] + "\r" + lines[2] + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("malformed-1"), whole.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("malformed-2"),
        whole.substring(0, whole.length() - 10),
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("malformed-3"), badUtf8);
    Files.writeString(
        dir.resolve("malformed-4"), whole.replace("ligne 1", "ligne 9"), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("malformed-5"),
        lines[0] + "\n" + "x".repeat(5000) + "\n",
        StandardCharsets.UTF_8);
  }

  private static void write(
      String harness, List<String> valid, List<String> malformed, List<String> hostile)
      throws Exception {
    Path dir = ROOT.resolve(harness);
    Files.createDirectories(dir);
    int i = 0;
    for (String s : valid) {
      Files.writeString(dir.resolve("valid-" + i++), s, StandardCharsets.UTF_8);
    }
    i = 0;
    for (String s : malformed) {
      Files.writeString(dir.resolve("malformed-" + i++), s, StandardCharsets.UTF_8);
    }
    i = 0;
    for (String s : hostile) {
      Files.writeString(dir.resolve("hostile-" + i++), s, StandardCharsets.UTF_8);
    }
  }
}
