package eu.civicai.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import eu.civicai.governance.json.ValueJson;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job, run into a temporary directory, and its outputs checked. */
class PortfolioTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  @TempDir static Path out;
  static PortfolioReport portfolio;
  static String console;

  @BeforeAll
  static void runTheMainJob() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    portfolio = Portfolio.run(out, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    console = bytes.toString(StandardCharsets.UTF_8);
  }

  private static JsonSchema schema(DocumentType<?> type) throws Exception {
    try (InputStream in = GovernanceJson.class.getResourceAsStream(type.schemaResource())) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new ObjectMapper().readTree(in));
    }
  }

  @Test
  void everyOutput_isPresent_andValidAgainstItsSchema() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    assertThat(out.resolve("report.md")).isRegularFile();
    assertThat(
            schema(DocumentType.REGISTER)
                .validate(plain.readTree(out.resolve("register.json").toFile())))
        .isEmpty();
    assertThat(
            schema(DocumentType.CHECKPOINT)
                .validate(plain.readTree(out.resolve("checkpoint.json").toFile())))
        .isEmpty();
    JsonSchema reportSchema = schema(DocumentType.EVALUATION_REPORT);
    List<Path> reports;
    try (Stream<Path> files = Files.list(out.resolve("reports"))) {
      reports = files.toList();
    }
    // nine usages (the small commune's second one from a template), eight built-in charters and
    // the strategy charter
    assertThat(reports).hasSize(9 * 9);
    for (Path report : reports) {
      assertThat(reportSchema.validate(plain.readTree(report.toFile())))
          .as(report.toString())
          .isEmpty();
    }
    JsonSchema classification = schema(DocumentType.AI_ACT_CLASSIFICATION);
    try (Stream<Path> files = Files.list(out.resolve("classifications"))) {
      for (Path file : files.toList()) {
        assertThat(classification.validate(plain.readTree(file.toFile()))).isEmpty();
      }
    }
    JsonSchema entry = schema(DocumentType.LEDGER_ENTRY);
    List<String> lines = Files.readAllLines(out.resolve("ledger.jsonl"));
    assertThat(lines.get(0)).isEqualTo(JSON.ledgerHeader());
    for (String line : lines.subList(1, lines.size())) {
      String document =
          "{\"schemaVersion\":\"1.0\",\"type\":\"ledgerEntry\",\"content\":" + line + "}";
      assertThat(entry.validate(plain.readTree(document))).isEmpty();
    }
  }

  @Test
  void sicovalReport_mentionsItsFigures() throws Exception {
    String report = Files.readString(out.resolve("report.md"));
    assertThat(report)
        .contains("Détection des fuites du réseau d'eau potable", "8 M€", "950 foyers", "1 000 km");
    assertThat(report)
        .contains(
            "## Boussole par usage : utilité, impacts, alternatives",
            "| Détection des fuites du réseau d'eau potable | 100\u00a0% | 100\u00a0% | 100\u00a0% |"
                + " Poursuivre |");
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(out.resolve("fiches").resolve("sicoval-detection-fuites.html")).isRegularFile();
  }

  @Test
  void smallCommune_hasUnknownFindings() {
    EvaluationReport ethics = reports("valmont-chatbot-mairie").get(0);
    assertThat(ethics.findings(Outcome.UNKNOWN)).hasSizeGreaterThan(10);
    assertThat(console).contains("valmont-chatbot-mairie");
  }

  @Test
  void ledger_verifiesAgainstItsCheckpoint_fromTheFiles() throws Exception {
    Checkpoint checkpoint =
        JsonLinesLedgerStore.readCheckpoint(out.resolve("checkpoint.json"), JSON);
    try (JsonLinesLedgerStore store =
            JsonLinesLedgerStore.open(
                out.resolve("ledger.jsonl"),
                JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND,
                JSON);
        Stream<LedgerEntry> entries = store.entries()) {
      assertThat(LedgerVerifier.verify(entries::iterator, checkpoint).intact()).isTrue();
    }
    assertThat(checkpoint.count()).isGreaterThan(20);
  }

  @Test
  void oneDeadline_isOverdue() throws Exception {
    assertThat(console).contains("Échéances dépassées : 1");
    assertThat(Files.readString(out.resolve("report.md")))
        .contains("Requêtes et brouillons des agents : suppression due le 20 avril 2026");
  }

  @Test
  void registerJson_readsBackIntoTheSameUsages() throws Exception {
    try (InputStream in = Files.newInputStream(out.resolve("register.json"))) {
      var register = JSON.read(DocumentType.REGISTER, in);
      assertThat(register.usages()).hasSize(9);
      assertThat(register.strategies())
          .extracting(s -> s.key())
          .containsExactlyInAnyOrder(
              "Tours Métropole Val de Loire",
              "Sicoval",
              "Communauté d'agglomération Paris-Saclay",
              "Valmont-sur-Loire (commune fictive)");
    }
  }

  @Test
  void strategyCharter_isEvaluated_fromTheRegistersStrategies() {
    EvaluationReport tours = report("tours-doriia", "civicai.strategy");
    assertThat(outcome(tours, "strategy.committee-active")).isEqualTo(Outcome.SATISFIED);
    assertThat(outcome(tours, "strategy.agents-trained")).isEqualTo(Outcome.SATISFIED);
    assertThat(outcome(tours, "strategy.staff-representatives-consulted"))
        .isEqualTo(Outcome.SATISFIED);
    // the Sicoval trained 25 of its 40 agents using AI: 62.5 %, under 80 %
    EvaluationReport sicoval = report("sicoval-detection-fuites", "civicai.strategy");
    assertThat(outcome(sicoval, "strategy.agents-trained")).isEqualTo(Outcome.NOT_SATISFIED);
    // no strategy recorded for the Région: unknown, never assumed
    EvaluationReport previso = report("cvl-previso", "civicai.strategy");
    assertThat(outcome(previso, "strategy.committee-active")).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void smallCommune_copiesAUsageFromATemplate_whoseOpenQuestionsAreUnknown() {
    EvaluationReport ethics = report("valmont-detection-fuites", "civicai.ethics");
    assertThat(ethics.findings(Outcome.UNKNOWN)).isNotEmpty();
    assertThat(ethics.findings())
        .filteredOn(f -> f.evidence().stream().anyMatch(e -> e.fact().equals("data.dpia")))
        .allMatch(f -> f.outcome() != Outcome.SATISFIED);
    assertThat(console).contains("valmont-detection-fuites");
  }

  @Test
  void valueJson_givesTheTotals_withTheFactorsAndTheirSources() throws Exception {
    var document = new ObjectMapper().readTree(out.resolve("value.json").toFile());
    // The document of type value, valid against its schema (governance-json, issue 21).
    try (InputStream in = ValueJson.class.getResourceAsStream(ValueJson.SCHEMA_RESOURCE)) {
      JsonSchema valueSchema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(new ObjectMapper().readTree(in));
      assertThat(valueSchema.validate(document)).isEmpty();
    }
    assertThat(document.get("type").asText()).isEqualTo(ValueJson.TYPE);
    var value = document.get("content");
    assertThat(value.get("factors")).hasSize(3);
    assertThat(value.get("factors").get(2).get("source").asText()).startsWith("ADEME");
    var tours = value.get("overrides").get("Tours Métropole Val de Loire").get(0);
    assertThat(tours.get("value").decimalValue()).isEqualByComparingTo("32");
    var doriia = find(value.get("usages"), "usage", "tours-doriia");
    var hours = doriia.get("benefits").get(0);
    assertThat(hours.get("basis").asText()).isEqualTo("WORK_EFFECTS");
    // 6,000 h saved − 1,500 h added, at Tours Métropole's own 32 €/h
    assertThat(hours.get("converted").get("value").decimalValue()).isEqualByComparingTo("144000");
    assertThat(hours.get("factorSource").asText()).startsWith("Hypothèse de l'exemple");
    var sicoval = find(value.get("authorities"), "authority", "Sicoval").get("totals");
    // 1,200 h of work effects a year at the default 26 €/h; the 8 M€ measured "depuis le
    // déploiement" is not a year's: an unknown part of the yearly total, never added to it
    assertThat(sicoval.get("euros").get("value").decimalValue()).isEqualByComparingTo("31200");
    assertThat(sicoval.get("euros").get("unknownParts").asInt()).isEqualTo(1);
    var leaks = find(value.get("usages"), "usage", "sicoval-detection-fuites").get("benefits");
    assertThat(leaks.get(0).get("period").asText()).isEqualTo("depuis le déploiement");
    assertThat(leaks.get(0).get("converted").get("value").decimalValue())
        .isEqualByComparingTo("8000000");
    assertThat(sicoval.get("footprintCarbon").get("value").decimalValue())
        .isEqualByComparingTo("70");
    // a usage without footprint leaves the overall footprint incomplete, never zero
    var overall = value.get("totals");
    assertThat(overall.get("footprintCarbon").get("unknownParts").asInt()).isPositive();
    assertThat(overall.get("footprintEuros").has("value")).isFalse();
    assertThat(console).contains("Valeur des bénéfices par an et empreinte annuelle", "Ensemble");
  }

  @Test
  void consoleAmounts_areGroupedInFrench_andCountTheirUnknownsInTheRightNumber() {
    eu.civicai.governance.value.Total some =
        eu.civicai.governance.value.Total.none(eu.civicai.governance.measure.Unit.EUR)
            .plus(
                eu.civicai.governance.measure.Quantity.of(
                    31_200, eu.civicai.governance.measure.Unit.EUR));
    assertThat(
            Portfolio.amount(some.plus((eu.civicai.governance.measure.Quantity) null))
                .replaceAll("\\h", " "))
        .isEqualTo("≥ 31 200 € (1 inconnu)");
    assertThat(
            Portfolio.amount(
                    some.plus((eu.civicai.governance.measure.Quantity) null)
                        .plus((eu.civicai.governance.measure.Quantity) null))
                .replaceAll("\\h", " "))
        .isEqualTo("≥ 31 200 € (2 inconnus)");
    assertThat(Portfolio.amount(some).replaceAll("\\h", " ")).isEqualTo("31 200 €");
  }

  private static com.fasterxml.jackson.databind.JsonNode find(
      com.fasterxml.jackson.databind.JsonNode list, String field, String value) {
    for (var node : list) {
      if (node.get(field).asText().equals(value)) {
        return node;
      }
    }
    throw new AssertionError(value + " not found");
  }

  private static EvaluationReport report(String usage, String charter) {
    return reports(usage).stream()
        .filter(r -> r.charterId().equals(charter))
        .findFirst()
        .orElseThrow();
  }

  private static Outcome outcome(EvaluationReport report, String criterion) {
    return report.findings().stream()
        .filter(f -> f.criterionId().equals(criterion))
        .findFirst()
        .orElseThrow()
        .outcome();
  }

  @Test
  void charterWrittenAsJson_evaluatesTheChatbot() {
    EvaluationReport report =
        CharterAsJson.run(Clock.fixed(Portfolio.AT, ZoneId.of("Europe/Paris")), Locale.FRENCH);
    assertThat(report.charterId()).isEqualTo("valmont.charte-ia");
    assertThat(report.findings())
        .extracting(f -> f.outcome())
        .containsExactly(Outcome.UNKNOWN, Outcome.NOT_SATISFIED);
  }

  @Test
  void waiver_appliesUntilItExpires() {
    assertThat(GrantAWaiver.outcomeOn(LocalDate.of(2026, 12, 15))).isEqualTo(Outcome.WAIVED);
    assertThat(GrantAWaiver.outcomeOn(LocalDate.of(2027, 2, 15))).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void interconnectesImport_saysWhatEachEntryLacks() {
    var missing =
        ImportFromInterconnectes.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(missing).hasSize(5);
    assertThat(missing.get("ville-de-port-brume-chatbot-des-demarches"))
        .contains("interconnectes.coll-siret")
        .doesNotContain("interconnectes.nom-projet");
    assertThat(missing.get("commune-de-val-de-brume-detection-des-fuites"))
        .doesNotContain("interconnectes.coll-siret", "interconnectes.donnees-source");
  }

  private static List<EvaluationReport> reports(String usage) {
    return portfolio.usages().stream()
        .filter(u -> u.usage().equals(UsageId.of(usage)))
        .findFirst()
        .orElseThrow()
        .reports();
  }

  @Test
  void governanceDb_holdsThePortfolio_forAnAuditorsSql() throws Exception {
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + out.resolve("governance.db"));
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*), (SELECT COUNT(*) FROM evaluations),"
                    + " (SELECT COUNT(*) FROM ledger_entries),"
                    + " (SELECT COUNT(*) FROM latest_verdicts WHERE charter_id = 'civicai.ethics')"
                    + " FROM usages")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(portfolio.usages().size());
      assertThat(r.getLong(2))
          .isEqualTo(portfolio.usages().stream().mapToLong(u -> u.reports().size()).sum());
      assertThat(r.getLong(3))
          .isEqualTo(
              JsonLinesLedgerStore.readCheckpoint(out.resolve("checkpoint.json"), JSON).count())
          .isPositive();
      assertThat(r.getLong(4)).isEqualTo(portfolio.usages().size());
    }
  }
}
