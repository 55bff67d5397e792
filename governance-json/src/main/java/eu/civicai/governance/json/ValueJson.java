package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.value.AuthorityValue;
import eu.civicai.governance.value.PortfolioValue;
import eu.civicai.governance.value.Total;
import eu.civicai.governance.value.UsageValue;
import eu.civicai.governance.value.ValueFactor;
import eu.civicai.governance.value.ValueTotals;
import eu.civicai.governance.value.ValuedBenefit;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link PortfolioValue} as a JSON document of type {@code value} (issue 21; the main
 * job's {@code value.json}): the conversion factors used, with their source, year and address, the
 * authorities' own factors, the totals overall and per authority, and each usage's benefits valued
 * (see {@code docs/value.md}). Written, never read back: the value is computed again from the
 * register. Its schema is {@link #SCHEMA_RESOURCE}.
 *
 * <p>Names are camelCase, enum values UPPER_SNAKE, amounts plain decimals with their unit. An
 * unknown amount or total is absent, never 0, and each total says how many of its parts were known
 * and unknown. No labels: the reader chooses the language. Same value, same bytes. Thread-safe.
 */
public final class ValueJson {
  /** The document's {@code type}. */
  public static final String TYPE = "value";

  /** The classpath resource of the document's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE =
      "/eu/civicai/governance/json/schema/value.schema.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private ValueJson() {}

  /**
   * Writes a portfolio's value, indented.
   *
   * @param value the value, not null
   * @return the JSON document
   * @throws eu.civicai.governance.InvalidInputException {@code notNull} when {@code value} is null
   */
  public static String write(PortfolioValue value) {
    Check.notNull("value", value);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", GovernanceJson.SCHEMA_VERSION);
    root.put("type", TYPE);
    ObjectNode content = root.putObject("content");
    factors(content.putArray("factors"), value.factors().common());
    ObjectNode overrides = content.putObject("overrides");
    for (Map.Entry<String, List<ValueFactor>> e : value.factors().overrides().entrySet()) {
      factors(overrides.putArray(e.getKey()), e.getValue());
    }
    totals(content.putObject("totals"), value.totals());
    ArrayNode authorities = content.putArray("authorities");
    for (AuthorityValue a : value.authorities()) {
      ObjectNode n = authorities.addObject();
      text(n, "authority", a.authority());
      ArrayNode usages = n.putArray("usages");
      for (UsageId id : a.usages()) {
        usages.add(id.value());
      }
      totals(n.putObject("totals"), a.totals());
    }
    ArrayNode usages = content.putArray("usages");
    for (UsageValue u : value.usages()) {
      ObjectNode n = usages.addObject();
      n.put("usage", u.usage().value());
      text(n, "authority", u.authority());
      ArrayNode benefits = n.putArray("benefits");
      for (ValuedBenefit b : u.benefits()) {
        benefit(benefits.addObject(), b);
      }
      totals(n.putObject("totals"), u.totals());
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void benefit(ObjectNode n, ValuedBenefit b) {
    n.put("name", b.name());
    n.put("kind", b.kind().name());
    n.put("basis", b.basis().name());
    quantity(n, "amount", b.amount());
    quantity(n, "target", b.target());
    text(n, "period", b.period());
    quantity(n, "converted", b.converted());
    if (b.factor() != null) {
      n.put("factor", b.factor().kind().name());
      n.put("factorSource", b.factor().source());
    }
  }

  private static void factors(ArrayNode array, List<ValueFactor> factors) {
    for (ValueFactor f : factors) {
      ObjectNode n = array.addObject();
      n.put("kind", f.kind().name());
      n.put("value", f.value());
      n.put("unit", f.kind().unit().name());
      n.put("per", f.kind().per().name());
      n.put("year", f.year().getValue());
      n.put("source", f.source());
      if (f.url() != null) {
        n.put("url", f.url().toString());
      }
      text(n, "note", f.note());
    }
  }

  private static void totals(ObjectNode n, ValueTotals t) {
    total(n.putObject("euros"), t.euros());
    total(n.putObject("hours"), t.hours());
    total(n.putObject("householdYears"), t.householdYears());
    total(n.putObject("energy"), t.energy());
    total(n.putObject("carbonAvoided"), t.carbonAvoided());
    total(n.putObject("footprintCarbon"), t.footprintCarbon());
    total(n.putObject("footprintEnergy"), t.footprintEnergy());
    total(n.putObject("footprintEuros"), t.footprintEuros());
  }

  private static void total(ObjectNode n, Total total) {
    n.put("unit", total.unit().name());
    total.value().ifPresent(q -> n.put("value", q.value()));
    n.put("knownParts", total.knownParts());
    n.put("unknownParts", total.unknownParts());
  }

  private static void quantity(ObjectNode n, String name, @Nullable Quantity q) {
    if (q != null) {
      ObjectNode o = n.putObject(name);
      o.put("value", q.value());
      o.put("unit", q.unit().name());
    }
  }

  private static void text(ObjectNode n, String name, @Nullable String value) {
    if (value != null) {
      n.put(name, value);
    }
  }
}
