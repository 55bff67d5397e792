package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WorkEffects;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.value.BenefitKind;
import eu.civicai.governance.value.FactorKind;
import eu.civicai.governance.value.PortfolioValue;
import eu.civicai.governance.value.Valuation;
import eu.civicai.governance.value.ValueBasis;
import eu.civicai.governance.value.ValueFactor;
import eu.civicai.governance.value.ValueFactors;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the value document ({@code value.json}), its hand-written schema and its bytes: seeded
 * portfolios validate against the schema, the schema's enumerations are the library's, and what is
 * unknown is absent, never 0.
 */
class ValueJsonTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void schema() throws Exception {
    try (InputStream in = ValueJson.class.getResourceAsStream(ValueJson.SCHEMA_RESOURCE)) {
      assertThat(in).as(ValueJson.SCHEMA_RESOURCE).isNotNull();
      schemaNode = PLAIN.readTree(in);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
  }

  private static final Unit[] UNITS = {
    Unit.EUR,
    Unit.KEUR,
    Unit.MEUR,
    Unit.HOUR,
    Unit.DAY,
    Unit.CUBIC_METRE,
    Unit.LITRE,
    Unit.KWH,
    Unit.MWH,
    Unit.KG_CO2E,
    Unit.T_CO2E,
    Unit.BUILDING,
    Unit.HOUSEHOLD,
    Unit.PERCENT
  };

  /** A seeded portfolio: benefits of every kind, baselines, targets, footprints, work effects. */
  static PortfolioValue portfolio(Random random) {
    String[] authorities = {"Sicoval", "Tours Métropole", "Valmont"};
    List<AiUsage> usages = new ArrayList<>();
    List<Strategy> strategies = new ArrayList<>();
    int n = random.nextInt(10);
    for (int i = 0; i < n; i++) {
      String id = "u-" + i;
      AiUsage.Builder b = AiUsage.builder(id).name("Usage " + i);
      String a = authorities[random.nextInt(authorities.length)];
      b.authority(Authority.of(a, AuthorityKind.COMMUNE));
      int benefits = random.nextInt(5);
      for (int k = 0; k < benefits; k++) {
        Quantity q = Quantity.of(random.nextInt(100_000), UNITS[random.nextInt(UNITS.length)]);
        switch (random.nextInt(4)) {
          case 0 -> b.benefit(x -> x.name("Cible").target(q).period("par an"));
          case 1 ->
              b.benefit(
                  x ->
                      x.name("Écart")
                          .baseline(Quantity.of(random.nextInt(1_000), q.unit()))
                          .measured(q));
          default -> b.benefit(x -> x.name("Mesure").measured(q));
        }
      }
      switch (random.nextInt(3)) {
        case 0 ->
            b.footprint(
                f -> f.inferenceEnergyPerYear(Quantity.of(random.nextInt(9_000), Unit.KWH)));
        case 1 -> b.footprint(f -> f.carbonPerYear(Quantity.of(random.nextInt(500), Unit.KG_CO2E)));
        default -> {}
      }
      usages.add(b.build());
      if (benefits == 0 && random.nextBoolean()) {
        strategies.add(
            Strategy.builder(Authority.of(a, AuthorityKind.COMMUNE))
                .workEffects(
                    new WorkEffects(
                        UsageId.of(id),
                        List.of(),
                        new BigDecimal(random.nextInt(2_000)),
                        random.nextBoolean() ? null : new BigDecimal(random.nextInt(500)),
                        List.of(),
                        null,
                        null))
                .build());
      }
    }
    ValueFactors factors = ValueFactors.defaults();
    if (random.nextBoolean()) {
      factors =
          factors.withFor(
              "Tours Métropole",
              ValueFactor.of(FactorKind.ELECTRICITY_PRICE, "0.21", "Contrat 2026", 2026)
                  .withUrl("https://www.tours-metropole.fr/")
                  .withNote("Prix moyen du contrat"));
    }
    // One strategy per authority: keep the first of each.
    List<Strategy> one = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Strategy s : strategies) {
      if (seen.add(s.key())) {
        one.add(s);
      }
    }
    return Valuation.of(factors).portfolio(usages, one);
  }

  @Test
  void write_seededPortfolios_validateAgainstTheSchema_andAreStable() throws Exception {
    Random random = new Random(2121);
    int withOverrides = 0;
    int withUnknownTotals = 0;
    for (int round = 0; round < 80; round++) {
      PortfolioValue value = portfolio(random);
      String json = ValueJson.write(value);
      assertThat(schema.validate(PLAIN.readTree(json))).as("round %d", round).isEmpty();
      assertThat(ValueJson.write(value)).isEqualTo(json);
      JsonNode content = PLAIN.readTree(json).get("content");
      assertThat(content.get("usages")).hasSize(value.usages().size());
      assertThat(content.get("authorities")).hasSize(value.authorities().size());
      withOverrides += content.get("overrides").size() > 0 ? 1 : 0;
      withUnknownTotals += content.get("totals").get("footprintEuros").has("value") ? 0 : 1;
    }
    // The seeds reach both sides of what the schema distinguishes.
    assertThat(withOverrides).isPositive().isLessThan(80);
    assertThat(withUnknownTotals).isPositive();
  }

  @Test
  void write_unknownIsAbsent_neverZero_andFactorsCarryTheirSource() throws Exception {
    AiUsage usage =
        AiUsage.builder("fuites")
            .name("Fuites")
            .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
            .benefit(x -> x.name("Heures").measured(Quantity.of(10, Unit.HOUR)))
            .benefit(x -> x.name("Objectif").target(Quantity.of(5, Unit.MEUR)))
            .build();
    JsonNode root =
        PLAIN.readTree(
            ValueJson.write(Valuation.withDefaults().portfolio(List.of(usage), List.of())));
    assertThat(root.get("type").asText()).isEqualTo("value");
    assertThat(root.get("schemaVersion").asText()).isEqualTo(GovernanceJson.SCHEMA_VERSION);
    JsonNode content = root.get("content");
    JsonNode carbon = content.get("factors").get(2);
    assertThat(carbon.get("kind").asText()).isEqualTo("ELECTRICITY_CARBON");
    assertThat(carbon.get("source").asText()).startsWith("ADEME");
    assertThat(carbon.get("unit").asText()).isEqualTo("KG_CO2E");
    assertThat(carbon.get("per").asText()).isEqualTo("KWH");
    JsonNode benefits = content.get("usages").get(0).get("benefits");
    assertThat(benefits.get(0).get("converted").get("value").decimalValue())
        .isEqualByComparingTo("260");
    assertThat(benefits.get(0).get("factor").asText()).isEqualTo("AGENT_HOURLY_COST");
    assertThat(benefits.get(1).get("basis").asText()).isEqualTo("NOT_MEASURED");
    assertThat(benefits.get(1).has("amount")).isFalse();
    assertThat(benefits.get(1).get("target").get("unit").asText()).isEqualTo("MEUR");
    JsonNode footprint = content.get("totals").get("footprintCarbon");
    assertThat(footprint.has("value")).isFalse();
    assertThat(footprint.get("unknownParts").asInt()).isEqualTo(1);
    assertThat(footprint.get("knownParts").asInt()).isZero();
    assertThat(content.get("authorities").get(0).get("authority").asText()).isEqualTo("Sicoval");
  }

  @Test
  void schema_refusesAZeroWrittenForAnUnknownTotal() throws Exception {
    String json = ValueJson.write(Valuation.withDefaults().portfolio(List.of(bare()), List.of()));
    JsonNode doc = PLAIN.readTree(json);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("content").get("totals").get("hours"))
        .put("value", 0);
    assertThat(schema.validate(doc)).isNotEmpty();
  }

  @Test
  void schemaEnumerations_areTheLibrarys() {
    assertThat(names(schemaNode.at("/$defs/unit/enum"))).isEqualTo(names(Unit.values()));
    assertThat(names(schemaNode.at("/$defs/factorKind/enum")))
        .isEqualTo(names(FactorKind.values()));
    assertThat(names(schemaNode.at("/$defs/benefit/properties/kind/enum")))
        .isEqualTo(names(BenefitKind.values()));
    assertThat(names(schemaNode.at("/$defs/benefit/properties/basis/enum")))
        .isEqualTo(names(ValueBasis.values()));
  }

  @Test
  void write_null_isRefused() {
    assertThatThrownBy(() -> ValueJson.write(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`value` must not be null");
  }

  private static AiUsage bare() {
    return AiUsage.builder("bare")
        .name("Sans bénéfice")
        .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
        .build();
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
