package eu.civicai.governance.exchange.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Deterministic JSON: keys in the order the format lists them, two-space indentation, {@code \n}
 * line ends whatever the machine, a final line break. Thread-safe.
 */
public final class Json {
  private Json() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    WRITER = MAPPER.writer(printer);
  }

  /** Returns a new object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Returns a new array node. */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Puts a text when it is not null. */
  public static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** Puts an array of texts when the list is not empty. */
  public static void put(ObjectNode node, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = node.putArray(field);
      values.forEach(a::add);
    }
  }

  /** Writes a node. */
  public static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of texts always writes
    }
  }

  /** Returns the mapper, to read documents. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
