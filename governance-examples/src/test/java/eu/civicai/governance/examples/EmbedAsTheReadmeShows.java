package eu.civicai.governance.examples;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.register.UsageQuery;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What an embedder does first, as the README shows it: build a usage, keep it in a register,
 * evaluate it and write it as JSON. Run in a child JVM by {@link QuietByDefaultTest}, with no SLF4J
 * binding on its class path.
 */
final class EmbedAsTheReadmeShows {
  private EmbedAsTheReadmeShows() {}

  public static void main(String[] args) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), ZoneOffset.UTC);
    AiUsage usage = DocumentAUsage.sicovalLeakDetection();
    Register register = Register.inMemory(clock);
    register.add(usage);
    int found = register.query(UsageQuery.all().withText("fuites")).size();
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());
    List<EvaluationReport> reports =
        evaluator.evaluate(
            usage, EvaluationContext.of(clock, Locale.FRENCH).withDatasets(register));
    String json = GovernanceJson.create().write(DocumentType.USAGE, usage);
    System.out.println(
        found + " usage, " + reports.size() + " reports, " + json.length() + " chars");
  }
}
