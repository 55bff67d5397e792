package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.Labelled;
import eu.civicai.governance.barometer.AuthorityFigures;
import eu.civicai.governance.barometer.AuthorityMaturity;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerGroup;
import eu.civicai.governance.barometer.ComponentScore;
import eu.civicai.governance.barometer.ComponentShare;
import eu.civicai.governance.barometer.MaturityComponent;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.Theme;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a {@link Barometer} as a JSON document of type {@code barometer} (issue 21), the figures
 * behind the barometer's table and chart: the date, the weights (and whether they are the
 * defaults), each authority (with its SIREN when known), its components and score, and the groups
 * by population band, size class, kind and theme. Written, never read back: the barometer is
 * computed again from the register. Its schema is {@link #SCHEMA_RESOURCE}.
 *
 * <p>Names are camelCase, enum values UPPER_SNAKE, scores plain decimals (0 to 100, one decimal),
 * component values and shares plain decimals from 0 to 1 (four decimals). An unknown value is
 * absent and its {@code known} is false; an unknown score or mean is absent. No labels: the reader
 * chooses the language. Same barometer, same bytes. Thread-safe.
 */
public final class BarometerJson {
  /** The document's {@code type}. */
  public static final String TYPE = "barometer";

  /** The classpath resource of the document's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE =
      "/eu/civicai/governance/json/schema/barometer.schema.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private BarometerJson() {}

  /**
   * Writes a barometer, indented.
   *
   * @param barometer the barometer, not null
   * @return the JSON document
   * @throws eu.civicai.governance.InvalidInputException {@code notNull} when {@code barometer} is
   *     null
   */
  public static String write(Barometer barometer) {
    Check.notNull("barometer", barometer);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", GovernanceJson.SCHEMA_VERSION);
    root.put("type", TYPE);
    ObjectNode content = root.putObject("content");
    content.put("asOf", barometer.asOf().toString());
    content.put("committeeMonths", Barometer.COMMITTEE_MONTHS);
    ObjectNode weights = content.putObject("weights");
    for (MaturityComponent c : MaturityComponent.values()) {
      weights.put(c.name(), barometer.weights().weight(c));
    }
    content.put("defaultWeights", barometer.weights().isDefault());
    ArrayNode authorities = content.putArray("authorities");
    for (AuthorityMaturity m : barometer.authorities()) {
      authority(authorities.addObject(), m);
    }
    group(content.putObject("overall"), barometer.overall());
    groups(content.putArray("byBand"), barometer.byBand());
    groups(content.putArray("bySize"), barometer.bySize());
    groups(content.putArray("byKind"), barometer.byKind());
    groups(content.putArray("byTheme"), barometer.byTheme());
    content.put("withoutTheme", barometer.withoutTheme());
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void authority(ObjectNode node, AuthorityMaturity m) {
    AuthorityFigures f = m.figures();
    node.put("name", f.authorityName());
    if (f.siren() != null) {
      node.put("siren", f.siren().value());
    }
    node.put("kind", f.kind().name());
    if (f.population() != null) {
      node.put("population", f.population());
    }
    node.put("band", m.band().name());
    node.put("usages", f.usages());
    ArrayNode themes = node.putArray("themes");
    for (Theme t : f.themes()) {
      themes.add(t.name());
    }
    node.put("strategyRecorded", f.strategyRecorded());
    decimal(node, "score", m.score());
    node.put("floorScore", m.floorScore());
    node.put("knownWeight", m.knownWeight());
    node.put("unknownComponents", m.unknownComponents());
    ArrayNode components = node.putArray("components");
    for (ComponentScore c : m.components()) {
      ObjectNode n = components.addObject();
      n.put("component", c.component().name());
      n.put("weight", c.weight());
      n.put("known", c.isKnown());
      decimal(n, "value", c.value());
    }
  }

  private static <K extends Labelled> void groups(ArrayNode array, List<BarometerGroup<K>> groups) {
    for (BarometerGroup<K> g : groups) {
      group(array.addObject(), g);
    }
  }

  private static void group(ObjectNode node, BarometerGroup<?> g) {
    if (g.key() != null) {
      node.put("key", ((Enum<?>) g.key()).name());
    }
    node.put("authorities", g.authorities());
    node.put("scored", g.scored());
    decimal(node, "meanScore", g.meanScore());
    decimal(node, "medianScore", g.medianScore());
    ArrayNode components = node.putArray("components");
    for (ComponentShare s : g.components()) {
      ObjectNode n = components.addObject();
      n.put("component", s.component().name());
      n.put("known", s.known());
      n.put("unknown", s.unknown());
      decimal(n, "mean", s.mean());
    }
  }

  private static void decimal(ObjectNode node, String name, BigDecimal value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
