package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report's content hash, computed when first read, is written as its hex text and read back. */
class ContentHashJsonTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static final AiUsage USAGE = new RandomDocuments(2026).usage();

  private static EvaluationReport report() {
    AiUsage usage = USAGE;
    return CharterEvaluator.of(BuiltInCharters.ethics())
        .evaluate(
            usage,
            EvaluationContext.of(
                Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC), Locale.ENGLISH))
        .get(0);
  }

  @Test
  void reportHash_isWrittenAsHex_andReadBackEqual() {
    EvaluationReport report = report();
    String json = JSON.write(DocumentType.EVALUATION_REPORT, report);
    AiUsage usage = USAGE;
    String expected =
        CharterEvaluator.contentHash(usage, usage.dataUse() == null ? null : List.of());

    assertThat(json).contains("\"contentHash\" : \"" + expected + "\"");
    EvaluationReport read = JSON.read(DocumentType.EVALUATION_REPORT, json);
    assertThat(read).isEqualTo(report);
    assertThat(read.contentHash().hex()).isEqualTo(expected);
  }

  @Test
  void malformedHash_isRejected_withItsPointerAndRule() {
    String json =
        JSON.write(DocumentType.EVALUATION_REPORT, report())
            .replaceFirst("\"contentHash\" : \"[0-9a-f]{64}\"", "\"contentHash\" : \"ABC\"");

    assertThatThrownBy(() -> JSON.read(DocumentType.EVALUATION_REPORT, json))
        .isInstanceOfSatisfying(
            JsonReadException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/content/contentHash");
              assertThat(e.rule()).isEqualTo("hash.format");
            });
  }
}
