package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Stage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: {@code report-data.json} validates against its committed schema (shipped in the jar,
 * documented in docs/report-data.md), for the fixtures' report and for registers generated at
 * random (seeded); and the schema is strict enough to refuse what the writer does not write.
 */
class ReportDataSchemaTest {
  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonSchema schema() throws Exception {
    try (InputStream in = CommitteeReport.dataSchema()) {
      assertThat(in).as("the schema ships in the jar").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(JSON.readTree(in));
    }
  }

  private static JsonNode data(Path dir) throws Exception {
    return JSON.readTree(dir.resolve("report-data.json").toFile());
  }

  @Test
  void fixturesReport_frenchAndEnglish_validates() throws Exception {
    Fixtures.write(dir.resolve("fr"), Locale.FRENCH);
    Fixtures.write(dir.resolve("en"), Locale.UK);
    Fixtures.write(
        CommitteeReport.builder()
            .clock(Fixtures.CLOCK)
            .usagesPerPage(1)
            .previous((usage, charter) -> java.util.Optional.empty())
            .build(),
        dir.resolve("split"),
        Fixtures.usages(),
        Locale.FRENCH);
    for (String d : List.of("fr", "en", "split")) {
      assertThat(schema().validate(data(dir.resolve(d)))).as(d).isEmpty();
    }
    assertThat(data(dir.resolve("split")).at("/summary/pages")).hasSize(3);
  }

  @Test
  void generatedRegisters_validate_andNoFindingIsItsRequirement() throws Exception {
    Set<String> titles = new HashSet<>();
    List<Charter> charters = new ArrayList<>(BuiltInCharters.all());
    charters.add(BuiltInCharters.strategy());
    for (Charter c : charters) {
      c.principles()
          .forEach(
              p ->
                  p.criteria()
                      .forEach(
                          k -> {
                            titles.add(k.title().fr());
                            titles.add(k.title().en());
                          }));
    }
    int findings = 0;
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      List<AiUsage> usages = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        usages.add(generated(i, random));
      }
      Locale locale = seed == 2 ? Locale.UK : Locale.FRENCH;
      Path out = dir.resolve("generated-" + seed);
      Fixtures.write(
          CommitteeReport.builder().clock(Fixtures.CLOCK).locale(locale).usagesPerPage(15).build(),
          out,
          usages,
          locale);
      JsonNode data = data(out);
      assertThat(schema().validate(data)).as("seed " + seed).isEmpty();
      for (JsonNode finding : data.findValues("findings")) {
        for (JsonNode f : finding) {
          findings++;
          assertThat(titles).as("seed " + seed).doesNotContain(f.get("text").asText());
          assertThat(f.get("text").asText()).doesNotContain("Indéterminé. .", ". .");
        }
      }
    }
    assertThat(findings).isGreaterThan(1000);
  }

  @Test
  void schema_refusesWhatTheWriterDoesNotWrite() throws Exception {
    Fixtures.write(dir, Locale.FRENCH);
    JsonNode data = data(dir);
    ObjectNode extra = data.deepCopy();
    ((ObjectNode) extra.get("summary")).put("surprise", 1);
    assertThat(schema().validate(extra)).isNotEmpty();
    ObjectNode badKey = data.deepCopy();
    ((ObjectNode) badKey.at("/summary/decisions/0")).put("key", "SOMETHING_ELSE");
    assertThat(schema().validate(badKey)).isNotEmpty();
    ObjectNode missing = data.deepCopy();
    ((ObjectNode) missing.at("/usages/0")).remove("charters");
    assertThat(schema().validate(missing)).isNotEmpty();
  }

  /** A usage with a random selection of its parts filled: from a bare idea to a full record. */
  static AiUsage generated(int i, Random random) {
    Stage[] stages = Stage.values();
    AiUsage.Builder b =
        AiUsage.builder(String.format(Locale.ROOT, "generated-%04d", i))
            .name("Usage généré n° " + i)
            .authority(
                Authority.of("Commune " + (i % 7), AuthorityKind.COMMUNE)
                    .withPopulation(1_000L + random.nextInt(200_000)));
    if (random.nextBoolean()) {
      b.status(s -> s.stage(stages[random.nextInt(stages.length)]));
    }
    if (random.nextBoolean()) {
      b.summary("Un résumé en langage clair de l'usage " + i + ".");
    }
    if (random.nextBoolean()) {
      b.purpose(
          p ->
              p.goal("Objectif " + i)
                  .whyAi(random.nextBoolean() ? "Parce que les règles ne suffisent pas." : null)
                  .audiences(Audience.GENERAL_PUBLIC)
                  .alternatives(
                      Alternative.of("Tableur", random.nextBoolean() ? "Trop lent" : null)));
    }
    if (random.nextBoolean()) {
      b.system(s -> s.techniques(AiTechnique.ANOMALY_DETECTION));
    }
    if (random.nextBoolean()) {
      boolean individual = random.nextBoolean();
      b.decision(
          d ->
              d.outputRole(
                      random.nextBoolean() ? OutputRole.DECISION_SUPPORT : OutputRole.INFORMATION)
                  .concernsIndividuals(individual)
                  .affectedPersons((long) random.nextInt(50_000))
                  .oversight(
                      HumanOversight.builder()
                          .level(
                              random.nextBoolean()
                                  ? OversightLevel.HUMAN_IN_THE_LOOP
                                  : OversightLevel.HUMAN_ON_THE_LOOP)
                          .build()));
    }
    if (random.nextBoolean()) {
      b.footprint(f -> f.inferenceEnergyPerYear(Quantity.of(random.nextInt(10_000), Unit.KWH)));
    }
    if (random.nextBoolean()) {
      b.benefit(
          x -> x.name("Heures gagnées").measured(Quantity.of(random.nextInt(500), Unit.HOUR)));
    }
    if (random.nextBoolean()) {
      b.governance(g -> g.reviewDates(LocalDate.of(2027, 1 + random.nextInt(12), 1)));
    }
    return b.build();
  }
}
