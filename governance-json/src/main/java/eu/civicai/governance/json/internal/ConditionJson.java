package eu.civicai.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.Operator;
import eu.civicai.governance.charter.Quantifier;
import eu.civicai.governance.charter.RelativeDate;
import eu.civicai.governance.json.JsonLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of the condition language, one small object per node:
 *
 * <pre>
 * {"always": true}
 * {"known": "purpose.goal"}              {"stated": "purpose.goal"}
 * {"fact": "decision.oversightLevel", "op": "NE", "value": "NONE"}
 * {"count": "risks", "op": "GE", "value": 1}
 * {"all": "data.datasets", "where": {…}}  (also "any", "none")
 * {"and": [{…}, {…}]}  {"or": [{…}]}  {"not": {…}}
 * </pre>
 *
 * Values are JSON booleans, numbers, strings (texts and enum names), arrays of strings (for IN and
 * NOT_IN), {@code {"date": "2026-01-01"}} or {@code {"relativeDate": "P-1Y"}}.
 */
final class ConditionJson {
  private ConditionJson() {}

  static final class Serializer extends JsonSerializer<Condition> {
    @Override
    public void serialize(Condition c, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject();
      if (c instanceof Condition.Always) {
        g.writeBooleanField("always", true);
      } else if (c instanceof Condition.Known k) {
        g.writeStringField("known", k.fact());
      } else if (c instanceof Condition.Stated s) {
        g.writeStringField("stated", s.fact());
      } else if (c instanceof Condition.Compare cmp) {
        g.writeStringField("fact", cmp.fact());
        g.writeStringField("op", cmp.operator().name());
        g.writeFieldName("value");
        writeValue(cmp.value(), g);
      } else if (c instanceof Condition.Count count) {
        g.writeStringField("count", count.fact());
        g.writeStringField("op", count.operator().name());
        g.writeNumberField("value", count.value());
      } else if (c instanceof Condition.Quantified q) {
        g.writeStringField(q.quantifier().name().toLowerCase(java.util.Locale.ROOT), q.fact());
        g.writeFieldName("where");
        serialize(q.element(), g, provider);
      } else if (c instanceof Condition.And and) {
        list("and", and.operands(), g, provider);
      } else if (c instanceof Condition.Or or) {
        list("or", or.operands(), g, provider);
      } else {
        g.writeFieldName("not");
        serialize(((Condition.Not) c).operand(), g, provider);
      }
      g.writeEndObject();
    }

    private void list(String name, List<Condition> operands, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeArrayFieldStart(name);
      for (Condition operand : operands) {
        serialize(operand, g, p);
      }
      g.writeEndArray();
    }

    private static void writeValue(Object value, JsonGenerator g) throws IOException {
      if (value instanceof Boolean b) {
        g.writeBoolean(b);
      } else if (value instanceof BigDecimal d) {
        g.writeNumber(d);
      } else if (value instanceof String s) {
        g.writeString(s);
      } else if (value instanceof LocalDate d) {
        g.writeStartObject();
        g.writeStringField("date", d.toString());
        g.writeEndObject();
      } else if (value instanceof RelativeDate r) {
        g.writeStartObject();
        g.writeStringField("relativeDate", r.offset().toString());
        g.writeEndObject();
      } else if (value instanceof List<?> list) {
        g.writeStartArray();
        for (Object o : list) {
          g.writeString(String.valueOf(o));
        }
        g.writeEndArray();
      } else {
        g.writeString(String.valueOf(value));
      }
    }
  }

  static final class Deserializer extends JsonDeserializer<Condition> {
    private final JsonLimits limits;

    Deserializer(JsonLimits limits) {
      this.limits = limits;
    }

    private static final Set<String> KINDS =
        Set.of(
            "always", "known", "stated", "fact", "count", "all", "any", "none", "and", "or", "not");

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      return read(node, "", ctxt);
    }

    private Condition read(JsonNode node, String path, DeserializationContext ctxt)
        throws IOException {
      if (!node.isObject()) {
        throw Errors.at(path, "json.type", "condition object");
      }
      ObjectNode object = (ObjectNode) node;
      String kind = null;
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (KINDS.contains(name)) {
          if (kind != null && !(kind.equals("fact") || name.equals("fact"))) {
            throw Errors.at(path, "json.type", "condition object");
          }
          kind = kind == null || name.equals("fact") ? name : kind;
        }
      }
      if (kind == null) {
        throw Errors.at(path, "json.type", "condition object");
      }
      switch (kind) {
        case "always" -> {
          only(object, path, "always");
          return Condition.ALWAYS;
        }
        case "known" -> {
          only(object, path, "known");
          return new Condition.Known(fact(object, "known", path));
        }
        case "stated" -> {
          only(object, path, "stated");
          return new Condition.Stated(fact(object, "stated", path));
        }
        case "fact" -> {
          only(object, path, "fact", "op", "value");
          // The value's own limits first (issue 16), then the name against the vocabulary.
          Operator op = operator(object, path);
          Object value = value(object.get("value"), path + "/value");
          return new Condition.Compare(fact(object, "fact", path), op, value);
        }
        case "count" -> {
          only(object, path, "count", "op", "value");
          JsonNode value = object.get("value");
          if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw Errors.at(path + "/value", "json.type", "integer");
          }
          return new Condition.Count(
              fact(object, "count", path), operator(object, path), value.longValue());
        }
        case "all", "any", "none" -> {
          only(object, path, kind, "where");
          JsonNode where = object.get("where");
          if (where == null) {
            throw Errors.at(path + "/where", "json.required");
          }
          return new Condition.Quantified(
              Quantifier.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
              fact(object, kind, path),
              read(where, path + "/where", ctxt));
        }
        case "and", "or" -> {
          only(object, path, kind);
          JsonNode operands = object.get(kind);
          if (!operands.isArray() || operands.isEmpty()) {
            throw Errors.at(path + "/" + kind, "json.type", "non-empty array of conditions");
          }
          List<Condition> list = new ArrayList<>();
          for (int i = 0; i < operands.size(); i++) {
            list.add(read(operands.get(i), path + "/" + kind + "/" + i, ctxt));
          }
          return kind.equals("and") ? new Condition.And(list) : new Condition.Or(list);
        }
        default -> {
          only(object, path, "not");
          return new Condition.Not(read(object.get("not"), path + "/not", ctxt));
        }
      }
    }

    private static void only(ObjectNode object, String path, String... allowed) throws IOException {
      Set<String> set = Set.of(allowed);
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!set.contains(name)) {
          throw Errors.at(path + "/" + Errors.escape(name), "json.unknownProperty");
        }
      }
      for (String name : allowed) {
        if (!object.has(name)) {
          throw Errors.at(path + "/" + name, "json.required");
        }
      }
    }

    /**
     * A fact's name, which must be in the vocabulary: an unknown one is named, with the nearest
     * facts and where the vocabulary is documented, at the pointer of the name itself.
     */
    private static String fact(ObjectNode object, String name, String path) throws IOException {
      String fact = text(object, name, path);
      if (!FactSuggestions.known(fact)) {
        throw Errors.at(
            path + "/" + name,
            "json.unknownFact",
            FactSuggestions.shown(fact),
            FactSuggestions.nearest(fact));
      }
      return fact;
    }

    private static String text(ObjectNode object, String name, String path) throws IOException {
      JsonNode node = object.get(name);
      if (!node.isTextual()) {
        throw Errors.at(path + "/" + name, "json.type", "string");
      }
      return node.textValue();
    }

    private static Operator operator(ObjectNode object, String path) throws IOException {
      String op = text(object, "op", path);
      for (Operator o : Operator.values()) {
        if (o.name().equals(op)) {
          return o;
        }
      }
      throw Errors.at(path + "/op", "json.enum", java.util.Arrays.toString(Operator.values()));
    }

    private Object value(JsonNode node, String path) throws IOException {
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isNumber()) {
        return Numbers.checked(node.decimalValue(), limits, path);
      }
      if (node.isTextual()) {
        return node.textValue();
      }
      if (node.isArray()) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
          if (!node.get(i).isTextual()) {
            throw Errors.at(path + "/" + i, "json.type", "string");
          }
          values.add(node.get(i).textValue());
        }
        return values;
      }
      if (node.isObject() && node.size() == 1) {
        try {
          if (node.has("date") && node.get("date").isTextual()) {
            return LocalDate.parse(node.get("date").textValue());
          }
          if (node.has("relativeDate") && node.get("relativeDate").isTextual()) {
            return new RelativeDate(Period.parse(node.get("relativeDate").textValue()));
          }
        } catch (eu.civicai.governance.GovernanceException e) {
          throw Errors.at(path + "/relativeDate", e.rule());
        } catch (RuntimeException e) {
          // What is expected, with an example (issue 19).
          throw node.has("date")
              ? Errors.at(path + "/date", "json.format.date")
              : Errors.at(path + "/relativeDate", "json.format.period");
        }
      }
      throw Errors.at(
          path, "json.type", "boolean, number, string, array of strings, date or relative date");
    }
  }
}
