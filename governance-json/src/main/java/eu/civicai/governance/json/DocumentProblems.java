package eu.civicai.governance.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.civicai.governance.json.internal.Errors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every problem of a document, up to a limit, instead of the first one only: what a person fixing a
 * file by hand needs from one run. The document is first read as {@link GovernanceJson#readAny}
 * reads it; when that fails inside the content, the content is read again part by part (each
 * property of an object, each element of an array, down the failing parts only), so that problems
 * in independent parts are each found, with their own pointer, in document order. A problem no part
 * shows on its own (a blank name, fields that disagree) is the whole object's, looked for once the
 * bad parts are left out; a rule of the whole about a part left out (a required part) is not told
 * again, and may hide the whole's next rule until that part is fixed.
 */
final class DocumentProblems {
  private final ObjectMapper mapper;
  private final GovernanceJson json;

  DocumentProblems(ObjectMapper mapper, GovernanceJson json) {
    this.mapper = mapper;
    this.json = json;
  }

  List<JsonReadException> find(byte[] document, int limit) {
    try {
      json.readAny(new ByteArrayInputStream(document));
      return List.of();
    } catch (JsonReadException first) {
      if (!first.pointer().startsWith("/content") || first.line() > 0 && isTextRule(first)) {
        return List.of(first); // the text or the envelope: nothing below can be read
      }
      JsonNode tree;
      DocumentType<?> type;
      try {
        tree = mapper.readTree(document);
        type = DocumentType.named(tree.path("type").asText()).orElseThrow();
      } catch (IOException | RuntimeException e) {
        return List.of(first);
      }
      List<JsonReadException> found = new ArrayList<>();
      collect(tree.get("content"), mapper.constructType(type.javaType()), "/content", found, limit);
      return found.isEmpty() ? List.of(first) : List.copyOf(found);
    }
  }

  private static boolean isTextRule(JsonReadException e) {
    return e.rule().equals("json.syntax") || e.rule().equals("json.duplicateKey");
  }

  /** Reads {@code node} as {@code type}; on failure, looks for the failing parts. */
  private void collect(
      JsonNode node, JavaType type, String pointer, List<JsonReadException> found, int limit) {
    if (found.size() >= limit) {
      return;
    }
    JsonReadException problem = bind(node, type, pointer);
    if (problem == null) {
      return;
    }
    int before = found.size();
    if (node.isArray() && type.isCollectionLikeType()) {
      JavaType element = type.getContentType();
      for (int i = 0; i < node.size() && found.size() < limit; i++) {
        collect(node.get(i), element, pointer + "/" + i, found, limit);
      }
    } else if (node.isObject() && !type.isContainerType() && !isScalar(type)) {
      Map<String, JavaType> properties = properties(type);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields();
          it.hasNext() && found.size() < limit; ) {
        Map.Entry<String, JsonNode> field = it.next();
        String at = pointer + "/" + Errors.escape(field.getKey());
        JavaType part = properties.get(field.getKey());
        if (part == null) {
          if (!properties.isEmpty()) {
            found.add(new JsonReadException(at, "json.unknownProperty"));
          }
        } else if (!field.getValue().isNull()) {
          collect(field.getValue(), part, at, found, limit);
        }
      }
    }
    if (found.size() == before) {
      if (found.size() < limit) {
        found.add(problem); // no part is wrong on its own: the whole is
      }
      return;
    }
    if (node.isObject() && found.size() < limit) {
      // Without its bad parts, the object may still break a rule of its own (a blank name, fields
      // that disagree): that one too, unless it is about a part already reported.
      ObjectNode rest = node.deepCopy();
      for (JsonReadException part : found.subList(before, found.size())) {
        rest.remove(firstSegment(part.pointer(), pointer));
      }
      JsonReadException whole = bind(rest, type, pointer);
      if (whole != null && !covered(whole.pointer(), found.subList(before, found.size()))) {
        found.add(whole);
      }
      // In document order: by the position of the property each problem is under.
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      List<JsonReadException> mine = new ArrayList<>(found.subList(before, found.size()));
      mine.sort(
          Comparator.comparingInt(
              e -> {
                int at = names.indexOf(firstSegment(e.pointer(), pointer));
                return at < 0 ? names.size() : at;
              }));
      found.subList(before, found.size()).clear();
      found.addAll(mine);
    }
  }

  /** The property of the object at {@code pointer} that a problem's pointer is under. */
  private static String firstSegment(String problem, String pointer) {
    if (!problem.startsWith(pointer + "/")) {
      return "";
    }
    String rest = problem.substring(pointer.length() + 1);
    int slash = rest.indexOf('/');
    return (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~");
  }

  private static boolean covered(String pointer, List<JsonReadException> found) {
    for (JsonReadException e : found) {
      if (pointer.equals(e.pointer())
          || pointer.startsWith(e.pointer() + "/")
          || e.pointer().startsWith(pointer + "/")) {
        return true;
      }
    }
    return false;
  }

  private JsonReadException bind(JsonNode node, JavaType type, String pointer) {
    try {
      mapper
          .readerFor(type)
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(mapper.treeAsTokens(node));
      return null;
    } catch (JsonReadException e) {
      return e;
    } catch (IOException e) {
      return Errors.translate(e, pointer, json.limits());
    } catch (eu.civicai.governance.GovernanceException e) {
      return new JsonReadException(e, pointer + fieldPointer(e.field()), e.rule());
    }
  }

  private static String fieldPointer(String field) {
    return field == null || field.isEmpty()
        ? ""
        : "/" + field.replace("[", ".").replace("]", "").replace(".", "/");
  }

  private static boolean isScalar(JavaType type) {
    Class<?> raw = type.getRawClass();
    return raw.isPrimitive()
        || raw.isEnum()
        || raw == String.class
        || Number.class.isAssignableFrom(raw)
        || raw == Boolean.class;
  }

  /** The properties Jackson reads for a type, by their JSON names. */
  private Map<String, JavaType> properties(JavaType type) {
    Map<String, JavaType> out = new HashMap<>();
    BeanDescription description = mapper.getDeserializationConfig().introspect(type);
    for (BeanPropertyDefinition p : description.findProperties()) {
      if (p.couldDeserialize() || p.hasConstructorParameter()) {
        out.put(p.getName(), p.getPrimaryType());
      }
    }
    return out;
  }
}
