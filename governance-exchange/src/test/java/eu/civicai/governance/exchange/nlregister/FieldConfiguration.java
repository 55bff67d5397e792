package eu.civicai.governance.exchange.nlregister;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.exchange.References;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dutch register's own field configuration (publication standard 1.0), read from {@code
 * ../shared/reference/algoritmeregister/publicatiestandaard-v1_0.json}, and a validator of records
 * against it: known fields, types, required fields, maximum lengths, permitted values, the items of
 * grouped fields, the HTML tags allowed in the fields the register renders as HTML (those with
 * {@code allowed_html_tags}; the others are plain text), the month format of the dates.
 */
final class FieldConfiguration {
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  final JsonNode properties;

  private FieldConfiguration(JsonNode properties) {
    this.properties = properties;
  }

  static FieldConfiguration load() {
    try {
      JsonNode root =
          new ObjectMapper()
              .readTree(
                  Files.readString(
                      References.file("algoritmeregister/publicatiestandaard-v1_0.json")));
      return new FieldConfiguration(root.get("properties"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isRequired(JsonNode spec) {
    JsonNode r = spec.get("required");
    return r != null && (r.isBoolean() ? r.asBoolean() : "true".equals(r.asText()));
  }

  /** Returns the violations of one record, as {@code field: rule}. */
  List<String> violations(JsonNode record) {
    List<String> out = new ArrayList<>();
    if (!record.isObject()) {
      out.add(": not an object");
      return out;
    }
    for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!properties.has(f)) {
        out.add(f + ": unknown field");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode spec = e.getValue();
      JsonNode value = record.get(name);
      boolean empty =
          value == null
              || value.isNull()
              || (value.isTextual() && value.asText().isBlank())
              || (value.isArray() && value.isEmpty());
      if (empty) {
        if (isRequired(spec)) {
          out.add(name + ": required");
        }
        continue;
      }
      String type = spec.get("type").asText();
      switch (type) {
        case "string", "enum" -> {
          if (!value.isTextual()) {
            out.add(name + ": not a string");
            continue;
          }
          text(out, name, spec, value.asText());
        }
        case "array" -> {
          if (!value.isArray()) {
            out.add(name + ": not an array");
            continue;
          }
          for (JsonNode item : value) {
            if (spec.has("items")) {
              group(out, name, spec.get("items"), item);
            } else if (!item.isTextual()) {
              out.add(name + ": item not a string");
            } else {
              text(out, name, spec, item.asText());
            }
          }
        }
        default -> out.add(name + ": type " + type + " not known to the validator");
      }
    }
    return out;
  }

  private void group(List<String> out, String name, JsonNode items, JsonNode item) {
    if (!item.isObject()) {
      out.add(name + ": item not an object");
      return;
    }
    for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!items.has(f)) {
        out.add(name + "." + f + ": unknown field");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = item.get(e.getKey());
      if (v == null || (v.isTextual() && v.asText().isBlank())) {
        if (isRequired(e.getValue())) {
          out.add(name + "." + e.getKey() + ": required");
        }
      } else if (!v.isTextual()) {
        out.add(name + "." + e.getKey() + ": not a string");
      } else {
        text(out, name + "." + e.getKey(), e.getValue(), v.asText());
      }
    }
  }

  private static void text(List<String> out, String name, JsonNode spec, String value) {
    if (spec.has("max_length") && value.length() > spec.get("max_length").asInt()) {
      out.add(name + ": longer than " + spec.get("max_length").asInt());
    }
    if (spec.has("permitted_values")) {
      boolean permitted = false;
      for (JsonNode p : spec.get("permitted_values")) {
        permitted |= p.asText().equals(value);
      }
      if (!permitted) {
        out.add(name + ": not permitted");
      }
    }
    if (name.endsWith("_date") && !MONTH.matcher(value).matches()) {
      out.add(name + ": not a month YYYY-MM");
    }
    if (!spec.has("allowed_html_tags")) {
      return; // plain text: a '<' is a character, not markup
    }
    Matcher tag = TAG.matcher(value);
    while (tag.find()) {
      boolean allowed = false;
      for (JsonNode t : spec.get("allowed_html_tags")) {
        allowed |= t.asText().equalsIgnoreCase(tag.group(1));
      }
      if (!allowed) {
        out.add(name + ": tag <" + tag.group(1) + "> not allowed");
        break;
      }
    }
  }
}
