package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.barometer.AuthorityFigures;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerWeights;
import eu.civicai.governance.barometer.MaturityComponent;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.usage.Theme;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 21: the barometer's JSON document, its schema and its bytes. */
class BarometerJsonTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void write_oneAuthority_givesTheseFigures() throws Exception {
    AuthorityFigures val =
        new AuthorityFigures(
            "Commune de Val-de-Brume",
            AuthorityKind.COMMUNE,
            2_400L,
            2,
            5,
            Set.of(Theme.ECOLOGICAL_TRANSITION),
            false,
            null,
            null,
            null,
            null,
            null,
            null);
    JsonNode root = PLAIN.readTree(BarometerJson.write(Barometer.fromFigures(List.of(val), DAY)));

    assertThat(root.get("type").asText()).isEqualTo("barometer");
    JsonNode content = root.get("content");
    assertThat(content.get("asOf").asText()).isEqualTo("2026-11-27");
    assertThat(content.get("weights").get("AGENTS_TRAINED").asInt()).isEqualTo(20);
    assertThat(content.get("defaultWeights").asBoolean()).isTrue();
    JsonNode a = content.get("authorities").get(0);
    assertThat(a.has("siren")).isFalse();
    assertThat(a.get("band").asText()).isEqualTo("UNDER_3500");
    assertThat(a.get("score").decimalValue()).isEqualByComparingTo("25.0");
    assertThat(a.get("floorScore").decimalValue()).isEqualByComparingTo("6.3");
    assertThat(a.get("unknownComponents").asInt()).isEqualTo(5);
    JsonNode documented = a.get("components").get(0);
    assertThat(documented.get("component").asText()).isEqualTo("USAGES_DOCUMENTED");
    assertThat(documented.get("value").decimalValue()).isEqualByComparingTo("0.25");
    JsonNode charter = a.get("components").get(1);
    assertThat(charter.get("known").asBoolean()).isFalse();
    assertThat(charter.has("value")).isFalse();
    assertThat(content.get("byBand")).hasSize(6);
    assertThat(content.get("byBand").get(0).get("key").asText()).isEqualTo("UNDER_3500");
    assertThat(content.get("byBand").get(1).has("meanScore")).isFalse();
    assertThat(content.get("overall").has("key")).isFalse();
    assertThat(content.get("byTheme").get(0).get("key").asText())
        .isEqualTo("ECOLOGICAL_TRANSITION");
  }

  @Test
  void write_randomBarometers_validateAgainstTheSchema_andAreStable() throws Exception {
    JsonSchema schema;
    try (InputStream in = BarometerJson.class.getResourceAsStream(BarometerJson.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(PLAIN.readTree(in));
    }
    Random random = new Random(2121);
    for (int round = 0; round < 60; round++) {
      List<AuthorityFigures> figures = new ArrayList<>();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        figures.add(random(random, "Collectivité " + i));
      }
      BarometerWeights w = BarometerWeights.defaults();
      if (random.nextBoolean()) {
        for (MaturityComponent c : MaturityComponent.values()) {
          w = w.with(c, 1 + random.nextInt(BarometerWeights.MAX_WEIGHT));
        }
      }
      Barometer b = Barometer.fromFigures(figures, DAY, w);
      String json = BarometerJson.write(b);
      assertThat(schema.validate(PLAIN.readTree(json))).as("round %d", round).isEmpty();
      assertThat(BarometerJson.write(Barometer.fromFigures(figures, DAY, w))).isEqualTo(json);
      JsonNode content = PLAIN.readTree(json).get("content");
      assertThat(content.get("defaultWeights").asBoolean()).isEqualTo(w.isDefault());
      for (MaturityComponent c : MaturityComponent.values()) {
        assertThat(content.get("weights").get(c.name()).asInt()).isEqualTo(w.weight(c));
      }
    }
  }

  @Test
  void write_authorityWithSiren_andCustomWeights_sayBoth() throws Exception {
    AuthorityFigures martin =
        new AuthorityFigures(
            "Saint-Martin",
            Siren.of("210100012"),
            AuthorityKind.COMMUNE,
            1_200L,
            1,
            10,
            Set.of(),
            false,
            null,
            null,
            null,
            null,
            null,
            null);
    BarometerWeights w = BarometerWeights.defaults().with(MaturityComponent.AGENTS_TRAINED, 40);
    JsonNode content =
        PLAIN
            .readTree(BarometerJson.write(Barometer.fromFigures(List.of(martin), DAY, w)))
            .get("content");
    assertThat(content.get("defaultWeights").asBoolean()).isFalse();
    assertThat(content.get("weights").get("AGENTS_TRAINED").asInt()).isEqualTo(40);
    JsonNode a = content.get("authorities").get(0);
    assertThat(a.get("siren").asText()).isEqualTo("210100012");
    assertThat(a.get("components").get(4).get("weight").asInt()).isEqualTo(40);
    // 25 points known of a total of 120: the floor is 25 × 100 / 120.
    assertThat(a.get("floorScore").decimalValue()).isEqualByComparingTo("20.8");
  }

  @Test
  void write_null_isRefused() {
    assertThatThrownBy(() -> BarometerJson.write(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`barometer` must not be null");
  }

  private static AuthorityFigures random(Random random, String name) {
    long usages = random.nextInt(4);
    boolean strategy = random.nextBoolean();
    Integer usingAi = strategy && random.nextBoolean() ? random.nextInt(30) : null;
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    if (usages > 0 && random.nextBoolean()) {
      themes.add(Theme.values()[random.nextInt(Theme.values().length)]);
    }
    return new AuthorityFigures(
        name,
        AuthorityKind.values()[random.nextInt(AuthorityKind.values().length)],
        random.nextBoolean() ? null : (long) random.nextInt(300_000),
        usages,
        usages == 0 ? 0 : random.nextInt((int) usages * 10 + 1),
        themes,
        strategy,
        strategy ? random.nextBoolean() : null,
        strategy && random.nextBoolean() ? random.nextBoolean() : null,
        strategy && random.nextBoolean() ? random.nextInt(3) : null,
        usingAi,
        usingAi == null ? null : random.nextInt(usingAi + 1),
        random.nextBoolean() ? null : random.nextBoolean());
  }
}
