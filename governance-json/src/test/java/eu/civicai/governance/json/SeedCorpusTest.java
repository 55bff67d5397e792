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
          "readAnyDocument", "readUsage", "readCharter", "readRegisterStreaming", "readLedgerLine");

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
    write(
        "readAnyDocument",
        List.of(
            usage, charter, register, json.write(DocumentType.EVALUATION_REPORT, random.report())),
        malformed);
    write("readUsage", List.of(usage, json.write(DocumentType.USAGE, random.usage())), malformed);
    write(
        "readCharter",
        List.of(charter, json.write(DocumentType.CHARTER, random.charter())),
        malformed);
    write("readRegisterStreaming", List.of(register), malformed);
    write(
        "readLedgerLine",
        List.of(entry, json.writeLedgerEntry(random.entry())),
        List.of("{\"sequence\":1", "null", "{}"));
  }

  private static void write(String harness, List<String> valid, List<String> malformed)
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
  }
}
