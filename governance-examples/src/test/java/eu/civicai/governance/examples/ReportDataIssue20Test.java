package eu.civicai.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.report.CommitteeReport;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, on the main job's portfolio: its report-data.json validates against the schema the
 * report module ships, and every finding to act on says what is wrong, not the requirement.
 */
class ReportDataIssue20Test {
  @TempDir static Path out;
  static JsonNode data;

  @BeforeAll
  static void runTheMainJob() throws Exception {
    Portfolio.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    data = new ObjectMapper().readTree(out.resolve("report-data.json").toFile());
  }

  @Test
  void reportData_validatesAgainstTheShippedSchema() throws Exception {
    try (InputStream in = CommitteeReport.dataSchema()) {
      assertThat(
              JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                  .getSchema(new ObjectMapper().readTree(in))
                  .validate(data))
          .isEmpty();
    }
    // The report covers every usage the job wrote to its register.
    JsonNode register = new ObjectMapper().readTree(out.resolve("register.json").toFile());
    assertThat(register.at("/content/usages").size()).isGreaterThan(1);
    assertThat(data.at("/summary/usages").asInt()).isEqualTo(register.at("/content/usages").size());
    // The main job hands the report its strategies, value and barometer (issues 20 and 21).
    assertThat(data.at("/summary/strategies").size()).isEqualTo(4);
    assertThat(data.at("/summary/value/rows").size())
        .isEqualTo(register.at("/content/usages").size());
    // per year: Sicoval's 8 M€ "depuis le déploiement" is an unknown part, never a year's value
    assertThat(data.at("/summary/value/euros").asText().replaceAll("\\h", " "))
        .isEqualTo("≥ 175 200 € (1 inconnu)");
    // the portfolio's six authorities and the Interconnectés sample's four, as in barometer.json
    assertThat(data.at("/summary/barometer/authorities").asInt()).isEqualTo(10);
  }

  @Test
  void findings_sayWhatIsWrong_neverTheRequirement() {
    Set<String> titles = new HashSet<>();
    List<Charter> charters = new ArrayList<>(BuiltInCharters.all());
    charters.add(BuiltInCharters.strategy());
    for (Charter c : charters) {
      c.principles().forEach(p -> p.criteria().forEach(k -> titles.add(k.title().fr())));
    }
    int findings = 0;
    for (JsonNode list : data.findValues("findings")) {
      for (JsonNode f : list) {
        findings++;
        assertThat(titles).doesNotContain(f.get("text").asText());
      }
    }
    assertThat(findings).isGreaterThan(50);
    List<String> blocking = new ArrayList<>();
    data.at("/summary/decisions/0/items").forEach(i -> blocking.add(i.asText()));
    assertThat(blocking)
        .contains(
            "Doriia : assistant de rédaction des agents — une échéance de conservation est"
                + " dépassée : Requêtes et brouillons des agents, échue le 20 avril 2026")
        .noneMatch(i -> i.contains("Aucune échéance de conservation n'est dépassée"));
  }
}
