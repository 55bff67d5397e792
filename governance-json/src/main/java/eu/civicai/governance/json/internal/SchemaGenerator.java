package eu.civicai.governance.json.internal;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.ContentHash;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.org.Siret;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the JSON Schema (draft 2020-12) of each document type from the records themselves: the
 * components give the properties, the Jakarta constraints on them give lengths, ranges and
 * patterns. The schemas in the jar are its output; a test keeps them in sync. Run only at build
 * time and in tests, never when reading.
 */
public final class SchemaGenerator {
  /** Components that must be present, by record: what the constructors require. */
  private static final Map<String, Set<String>> REQUIRED =
      Map.ofEntries(
          Map.entry("AiUsage", Set.of("id", "name", "authority")),
          Map.entry("Authority", Set.of("name", "kind")),
          Map.entry("Contact", Set.of("role", "visibility")),
          Map.entry("Link", Set.of("label", "uri")),
          Map.entry("GeoPoint", Set.of("latitude", "longitude")),
          Map.entry("Alternative", Set.of("description")),
          Map.entry("AiModel", Set.of("name")),
          Map.entry("Supplier", Set.of("name")),
          Map.entry("DatasetUse", Set.of("dataset", "role")),
          Map.entry("Risk", Set.of("description")),
          Map.entry("BenefitIndicator", Set.of("name")),
          Map.entry("GovernanceDecision", Set.of("body", "date", "outcome")),
          Map.entry("Consultation", Set.of("stakeholder", "format", "date")),
          Map.entry("Training", Set.of("audience", "topic", "date")),
          Map.entry("Funder", Set.of("name")),
          Map.entry("Quantity", Set.of("value", "unit")),
          Map.entry("Metadata", Set.of("revision")),
          Map.entry("Dataset", Set.of("id", "name", "personalData")),
          Map.entry("Transfer", Set.of("country")),
          Map.entry("RetentionRule", Set.of("duration", "trigger", "endAction")),
          Map.entry("LifecycleEvent", Set.of("dataset", "kind", "actorRole")),
          Map.entry("LedgerEntry", Set.of("sequence", "event", "previousHash", "hash")),
          Map.entry("Checkpoint", Set.of("count", "headHash")),
          Map.entry("Charter", Set.of("id", "version", "title", "principles")),
          Map.entry("Principle", Set.of("id", "title", "criteria")),
          Map.entry("Criterion", Set.of("id", "severity", "title", "requirement")),
          Map.entry("Text", Set.of("fr", "en")),
          Map.entry(
              "Waiver",
              Set.of(
                  "criterionId", "usage", "justification", "grantedBy", "grantedOn", "expiresOn")),
          Map.entry("EvaluationReport", Set.of("charterId", "usage", "evaluatedAt", "verdict")),
          Map.entry(
              "Finding", Set.of("criterionId", "principleId", "severity", "outcome", "message")),
          Map.entry("Evidence", Set.of("fact")),
          Map.entry("PrincipleScore", Set.of("principleId", "title")),
          Map.entry("AiActClassification", Set.of("tier", "regulation")),
          Map.entry("Reason", Set.of("code")),
          Map.entry("UsageEvaluation", Set.of("usage", "classification")),
          Map.entry("CriterionCount", Set.of("criterionId", "count")),
          Map.entry("FundamentalRightsAssessment", Set.of("version", "assessedOn")),
          // The strategy of an authority (issue 21).
          Map.entry("Strategy", Set.of("authority")),
          Map.entry("Roadmap", Set.of("title")),
          Map.entry("RoadmapAxis", Set.of("id", "title")),
          Map.entry("Initiative", Set.of("id", "title")),
          Map.entry("Milestone", Set.of("title", "due", "status")),
          Map.entry("RoadmapIndicator", Set.of("id", "name")),
          Map.entry("RoadmapFunder", Set.of("kind")),
          Map.entry("AcculturationSession", Set.of("date", "audience", "format", "topic", "hours")),
          Map.entry("WorkEffects", Set.of("usage")),
          Map.entry("WatchCommittee", Set.of("name")),
          Map.entry("CommitteeMember", Set.of("name", "role")),
          Map.entry("CommitteeMeeting", Set.of("date")),
          Map.entry("CommitteeDecision", Set.of("summary")),
          Map.entry("WaiverRef", Set.of("usage", "criterionId")),
          // Impact questionnaires (issue 23).

          Map.entry(
              "ImpactAssessment",
              Set.of("questionnaire", "questionnaireVersion", "answeredOn", "level")),
          Map.entry("QuestionAnswer", Set.of("question", "option")),
          Map.entry("ImpactQuestionnaire", Set.of("id", "version", "title", "questions")),
          Map.entry("ImpactQuestion", Set.of("id", "kind", "text", "options")),
          Map.entry("ImpactOption", Set.of("id", "label")),
          Map.entry("TenderAnswer", Set.of("clause", "bidder")));

  private final Map<String, Map<String, Object>> defs = new TreeMap<>();

  private SchemaGenerator() {}

  /** Returns the schema of a document type as indented JSON text. */
  public static String schema(DocumentType<?> type) {
    SchemaGenerator g = new SchemaGenerator();
    String root = g.define(type.javaType());
    Map<String, Object> schema = new java.util.LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put(
        "$id",
        "https://civicai.eu/governance/schema/"
            + GovernanceJson.SCHEMA_VERSION
            + "/"
            + type.name()
            + ".schema.json");
    schema.put("title", "CivicAI Governance " + type.name() + " document");
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    schema.put("required", List.of("schemaVersion", "type", "content"));
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    properties.put("schemaVersion", Map.of("const", GovernanceJson.SCHEMA_VERSION));
    properties.put("type", Map.of("const", type.name()));
    properties.put("content", Map.of("$ref", "#/$defs/" + root));
    schema.put("properties", properties);
    schema.put("$defs", g.defs);
    return Json.write(schema);
  }

  private String define(Class<?> record) {
    String name = record.getSimpleName();
    if (defs.containsKey(name)) {
      return name;
    }
    Map<String, Object> def = new java.util.LinkedHashMap<>();
    defs.put(name, def);
    if (record == Condition.class) {
      def.putAll(conditionSchema());
      return name;
    }
    def.put("type", "object");
    def.put("additionalProperties", false);
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      properties.put(
          c.getName(), property(c.getGenericType(), c.getAnnotatedType(), constraints(record, c)));
    }
    Set<String> required = REQUIRED.getOrDefault(name, Set.of());
    List<String> req = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      if (required.contains(c.getName()) || c.getType().isPrimitive()) {
        req.add(c.getName());
      }
    }
    if (!req.isEmpty()) {
      def.put("required", req);
    }
    def.put("properties", properties);
    return name;
  }

  /** Constraints of a component: Jakarta's annotations land on its field, not on the component. */
  private static Annotation[] constraints(Class<?> record, RecordComponent c) {
    try {
      return record.getDeclaredField(c.getName()).getAnnotations();
    } catch (NoSuchFieldException e) {
      return c.getAnnotations();
    }
  }

  private Map<String, Object> property(
      Type type, AnnotatedType annotated, Annotation[] annotations) {
    Map<String, Object> p = new java.util.LinkedHashMap<>();
    if (type instanceof ParameterizedType pt) {
      Class<?> raw = (Class<?>) pt.getRawType();
      Type[] args = pt.getActualTypeArguments();
      AnnotatedType[] annotatedArgs =
          annotated instanceof AnnotatedParameterizedType apt
              ? apt.getAnnotatedActualTypeArguments()
              : new AnnotatedType[args.length];
      if (List.class.isAssignableFrom(raw)) {
        p.put("type", "array");
        p.put(
            "items",
            property(
                args[0],
                annotatedArgs[0],
                annotatedArgs[0] == null ? new Annotation[0] : annotatedArgs[0].getAnnotations()));
        return p;
      }
      if (Map.class.isAssignableFrom(raw)) {
        p.put("type", "object");
        Class<?> key = (Class<?>) args[0];
        if (key.isEnum()) {
          p.put("propertyNames", Map.of("enum", enumNames(key)));
        }
        p.put("additionalProperties", property(args[1], annotatedArgs[1], new Annotation[0]));
        return p;
      }
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      p.put("type", "string");
    } else if (c == Boolean.class || c == boolean.class) {
      p.put("type", "boolean");
    } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      p.put("type", "integer");
    } else if (c == BigDecimal.class) {
      p.put("type", "number");
    } else if (c.isEnum()) {
      p.put("type", "string");
      p.put("enum", enumNames(c));
    } else if (c == LocalDate.class) {
      p.put("type", "string");
      p.put("format", "date");
    } else if (c == Instant.class) {
      p.put("type", "string");
      p.put("format", "date-time");
    } else if (c == Period.class) {
      p.put("type", "string");
      p.put("pattern", "^P(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?$");
    } else if (c == URI.class) {
      p.put("type", "string");
      p.put("format", "uri");
      // Web addresses only: javascript:, file:, data: and the like are refused (issue 16).
      p.put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?:");
    } else if (c == UsageId.class || c == DatasetId.class) {
      p.put("type", "string");
      p.put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
      p.put("maxLength", 64);
    } else if (c == ContentHash.class) {
      p.put("type", "string");
      p.put("pattern", "^[0-9a-f]{64}$");
    } else if (c == Siren.class) {
      p.put("type", "string");
      p.put("pattern", "^[0-9]{9}$");
    } else if (c == Siret.class) {
      p.put("type", "string");
      p.put("pattern", "^[0-9]{14}$");
    } else if (c.isRecord() || c == Condition.class) {
      return Map.of("$ref", "#/$defs/" + define(c));
    } else {
      throw new IllegalStateException("no schema for " + c);
    }
    for (Annotation a : annotations) {
      if (a instanceof NotBlank) {
        p.put("minLength", 1);
        p.put("pattern", "\\S");
      } else if (a instanceof Size s) {
        p.put("maxLength", s.max());
      } else if (a instanceof Min m) {
        p.put("minimum", m.value());
      } else if (a instanceof Max m) {
        p.put("maximum", m.value());
      } else if (a instanceof PositiveOrZero) {
        p.put("minimum", 0);
      } else if (a instanceof jakarta.validation.constraints.Positive) {
        p.put("exclusiveMinimum", 0);
      } else if (a instanceof Pattern pattern) {
        p.put("pattern", "^" + pattern.regexp() + "$");
      } else if (a instanceof Email) {
        p.put("format", "email");
      }
    }
    return p;
  }

  private static List<String> enumNames(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
  }

  private static Map<String, Object> conditionSchema() {
    Map<String, Object> ref = Map.of("$ref", "#/$defs/Condition");
    Map<String, Object> text = Map.of("type", "string", "minLength", 1);
    List<Object> ops = List.of("EQ", "NE", "LT", "LE", "GT", "GE", "IN", "NOT_IN", "CONTAINS");
    Map<String, Object> value =
        Map.of(
            "anyOf",
            List.of(
                Map.of("type", List.of("boolean", "number", "string")),
                Map.of("type", "array", "items", Map.of("type", "string")),
                Map.of(
                    "type",
                    "object",
                    "additionalProperties",
                    false,
                    "required",
                    List.of("date"),
                    "properties",
                    Map.of("date", Map.of("type", "string", "format", "date"))),
                Map.of(
                    "type",
                    "object",
                    "additionalProperties",
                    false,
                    "required",
                    List.of("relativeDate"),
                    "properties",
                    Map.of("relativeDate", Map.of("type", "string")))));
    List<Object> forms = new ArrayList<>();
    forms.add(object(Map.of("always", Map.of("const", true))));
    forms.add(object(Map.of("known", text)));
    forms.add(object(Map.of("stated", text)));
    forms.add(object(Map.of("fact", text, "op", Map.of("enum", ops), "value", value)));
    forms.add(
        object(
            Map.of("count", text, "op", Map.of("enum", ops), "value", Map.of("type", "integer"))));
    for (String q : List.of("all", "any", "none")) {
      forms.add(object(Map.of(q, text, "where", ref)));
    }
    for (String l : List.of("and", "or")) {
      forms.add(object(Map.of(l, Map.of("type", "array", "minItems", 1, "items", ref))));
    }
    forms.add(object(Map.of("not", ref)));
    return Map.of("oneOf", forms);
  }

  private static Map<String, Object> object(Map<String, Object> properties) {
    Map<String, Object> o = new java.util.LinkedHashMap<>();
    o.put("type", "object");
    o.put("additionalProperties", false);
    o.put("required", new ArrayList<>(new java.util.TreeSet<>(properties.keySet())));
    o.put("properties", new TreeMap<>(properties));
    return o;
  }

  /** A tiny deterministic JSON writer for the schemas (maps in insertion or key order). */
  static final class Json {
    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out, 0);
      return out.append('\n').toString();
    }

    private static void write(Object v, StringBuilder out, int indent) {
      if (v instanceof Map<?, ?> map) {
        Map<?, ?> ordered =
            map instanceof java.util.LinkedHashMap || map instanceof TreeMap
                ? map
                : new TreeMap<>(map);
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : ordered.entrySet()) {
          out.append(first ? "\n" : ",\n").append("  ".repeat(indent + 1));
          quote(String.valueOf(e.getKey()), out);
          out.append(": ");
          write(e.getValue(), out, indent + 1);
          first = false;
        }
        out.append(first ? "" : "\n" + "  ".repeat(indent)).append('}');
      } else if (v instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ");
          write(list.get(i), out, indent);
        }
        out.append(']');
      } else if (v instanceof String s) {
        quote(s, out);
      } else {
        out.append(v);
      }
    }

    private static void quote(String s, StringBuilder out) {
      out.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          default -> out.append(c);
        }
      }
      out.append('"');
    }
  }
}
