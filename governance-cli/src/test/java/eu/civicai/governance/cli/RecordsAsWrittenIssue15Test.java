package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 §3, "Records kept as written": evaluate, report and classify evaluate the records as
 * they stand in the file, a record at revision 3 updated in 2024 stays so, and a record without an
 * update date does not get the evaluation's instant as one.
 */
class RecordsAsWrittenIssue15Test {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String AT = "2026-11-27T16:00:00Z";
  private static final Instant UPDATED = Instant.parse("2024-03-15T08:30:00Z");
  private static final java.time.LocalDate ON = java.time.LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  static String run(int expectedCode, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(String.join(" ", args) + "\n" + err).isIn(0, 1);
    return out.toString();
  }

  private static AiUsage usage(String id, int revision, Instant updatedAt) {
    return AiUsage.builder(id)
        .name("Détection de fuites " + id)
        .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
        .metadata(m -> m.revision(revision).updatedAt(updatedAt))
        .build();
  }

  /** What the library says of the usages exactly as written: the expected output. */
  private static PortfolioReport expected(List<AiUsage> usages) {
    Clock clock = Clock.fixed(Instant.parse(AT), ZoneId.of("Europe/Paris"));
    EvaluationContext context = EvaluationContext.of(clock, Locale.FRENCH);
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());
    return PortfolioReport.of(
        usages.stream()
            .map(
                u ->
                    new PortfolioReport.UsageEvaluation(
                        u.id(), AiActClassifier.classify(u, ON), evaluator.evaluate(u, context)))
            .toList());
  }

  @Test
  void issue15_evaluateAndReport_evaluateTheRecordsAsWritten() throws Exception {
    AiUsage revised = usage("fuites", 3, UPDATED);
    AiUsage undated = usage("sans-date", 2, null);
    Path file = dir.resolve("register.json");
    Files.writeString(
        file,
        JSON.write(
            DocumentType.REGISTER, new RegisterDocument(List.of(revised, undated), List.of())));
    PortfolioReport expected = expected(List.of(revised, undated));

    String json = run(1, "evaluate", "--format", "json", "--at", AT, file.toString());
    PortfolioReport actual = JSON.read(DocumentType.PORTFOLIO_REPORT, json);

    assertThat(actual.usages().get(0).reports())
        .extracting(EvaluationReport::revision)
        .containsOnly(3);
    assertThat(actual.usages().get(1).reports())
        .extracting(EvaluationReport::revision)
        .containsOnly(2);
    // Every field as written: the same content hash, findings and evidence as the library gives
    // for the records read from the file, byte for byte.
    assertThat(json).isEqualTo(JSON.write(DocumentType.PORTFOLIO_REPORT, expected));
    // The update date is the record's, in 2024; a record without one does not get the evaluation
    // instant as its update date.
    assertThat(evidence(actual, 0, "metadata.updatedOn")).containsOnly("2024-03-15");
    assertThat(evidence(actual, 1, "metadata.updatedOn")).doesNotContain("2026-11-27");

    Path out = dir.resolve("report");
    run(1, "report", "--out", out.toString(), "--at", AT, file.toString());
    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo(json);
  }

  @Test
  void issue15_aUsageDocument_isEvaluatedAsWritten() throws Exception {
    AiUsage revised = usage("fuites", 3, UPDATED);
    Path file = dir.resolve("usage.json");
    Files.writeString(file, JSON.write(DocumentType.USAGE, revised));

    String json = run(1, "evaluate", "--format", "json", "--at", AT, file.toString());

    assertThat(json)
        .isEqualTo(JSON.write(DocumentType.PORTFOLIO_REPORT, expected(List.of(revised))));
  }

  @Test
  void issue15_classify_readsTheRecordsAsWritten() throws Exception {
    AiUsage revised = usage("fuites", 3, UPDATED);
    Path file = dir.resolve("register.json");
    Files.writeString(
        file, JSON.write(DocumentType.REGISTER, new RegisterDocument(List.of(revised), List.of())));

    String json = run(0, "classify", "--format", "json", "--at", AT, file.toString());

    assertThat(json)
        .isEqualTo(
            JSON.write(
                DocumentType.PORTFOLIO_REPORT,
                PortfolioReport.of(
                    List.of(
                        new PortfolioReport.UsageEvaluation(
                            revised.id(), AiActClassifier.classify(revised, ON), List.of())))));
  }

  /** The values of a fact in the evidence of one usage's findings. */
  private static List<String> evidence(PortfolioReport report, int usage, String fact) {
    return report.usages().get(usage).reports().stream()
        .flatMap(r -> r.findings().stream())
        .map(Finding::evidence)
        .flatMap(List::stream)
        .filter(e -> e.fact().equals(fact))
        .map(e -> String.valueOf(e.value()))
        .toList();
  }
}
