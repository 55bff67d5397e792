package eu.civicai.governance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.json.JsonLimits;
import eu.civicai.governance.json.JsonReadException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Turns Jackson's exceptions into the library's {@link JsonReadException}: the JSON Pointer of the
 * bad value and the rule, never the input's content (Jackson's own messages quote it, so they are
 * never passed on).
 */
public final class Errors {
  private Errors() {}

  /** A problem found inside a deserializer, at a pointer relative to the value it reads. */
  static final class Located extends JsonMappingException {
    private static final long serialVersionUID = 1L;
    final String relative;
    final String rule;
    final transient Object[] arguments;

    Located(String relative, String rule, Object[] arguments) {
      super((java.io.Closeable) null, rule);
      this.relative = relative;
      this.rule = rule;
      this.arguments = arguments;
    }
  }

  static Located at(String relative, String rule, Object... arguments) {
    return new Located(relative, rule, arguments);
  }

  /** Escapes a property name for a JSON Pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Translates a reading error.
   *
   * @param e what Jackson threw
   * @param prefix the pointer of the value being read ({@code /content})
   * @param limits the limits in force, quoted in messages
   * @return the library's exception
   */
  public static JsonReadException translate(IOException e, String prefix, JsonLimits limits) {
    return translate(e, prefix, limits, false);
  }

  /**
   * Translates a reading error.
   *
   * @param e what Jackson threw
   * @param prefix the pointer of the value being read
   * @param limits the limits in force
   * @param wholeDocument whether the parser read the whole document, so that its own position is
   *     already an absolute pointer
   * @return the library's exception
   */
  public static JsonReadException translate(
      IOException e, String prefix, JsonLimits limits, boolean wholeDocument) {
    return translate(e, prefix, limits, wholeDocument, null);
  }

  /**
   * Translates a reading error, locating syntax and limit errors with the parser's position.
   *
   * @param e what Jackson threw
   * @param prefix the pointer of the value being read
   * @param limits the limits in force
   * @param wholeDocument whether the parser read the whole document
   * @param parser the parser, whose position names where reading stopped; may be null
   * @return the library's exception
   */
  public static JsonReadException translate(
      IOException e, String prefix, JsonLimits limits, boolean wholeDocument, JsonParser parser) {
    JsonReadException translated = translated(e, prefix, limits, wholeDocument, parser);
    // Where the text was when reading stopped: the line and column a syntax error is told by.
    if (e instanceof JsonProcessingException p && p.getLocation() != null) {
      return translated.at(p.getLocation().getLineNr(), p.getLocation().getColumnNr());
    }
    return translated;
  }

  private static JsonReadException translated(
      IOException e, String prefix, JsonLimits limits, boolean wholeDocument, JsonParser parser) {
    String position =
        parser != null && parser.getParsingContext() != null
            ? parser.getParsingContext().pathAsPointer().toString()
            : null;
    if (e instanceof JsonMappingException m) {
      String pointer = prefix + path(m);
      if (m.getCause() instanceof StreamConstraintsException c) {
        String where =
            position != null ? position : pointerOf(m).isEmpty() ? pointerOf(c) : pointerOf(m);
        return constraint(c, wholeDocument ? where : prefix + where, limits);
      }
      if (m instanceof Located located) {
        return new JsonReadException(
            pointer + located.relative, located.rule, raw(located.arguments));
      }
      if (m.getCause() instanceof JsonReadException r && r.pointer().startsWith("/")) {
        // Already located by the reader (a YAML anchor, alias or tag met inside a value Jackson
        // builds through a creator): its pointer is absolute, and its line and column are kept.
        return r;
      }
      if (m.getCause() instanceof GovernanceException g) {
        String field = fieldToPointer(g.field());
        // A value built from a single string (a SIRET) is already named by the path.
        String at = pointer.endsWith(field) ? pointer : pointer + field;
        return new JsonReadException(g, at, g.rule());
      }
      if (m instanceof UnrecognizedPropertyException) {
        return new JsonReadException(pointer, "json.unknownProperty");
      }
      if (m instanceof InvalidFormatException f
          && f.getTargetType() != null
          && f.getTargetType().isEnum()) {
        return new JsonReadException(
            pointer,
            "json.enum",
            Messages.raw(Arrays.toString(f.getTargetType().getEnumConstants())));
      }
      if (m instanceof MismatchedInputException mi) {
        String message = String.valueOf(mi.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
          return new JsonReadException(pointer, "json.trailingTokens");
        }
        if (message.contains("Null value for") || message.contains("Missing required")) {
          return new JsonReadException(pointer, "json.required");
        }
        return new JsonReadException(
            pointer, "json.type", Messages.raw(typeName(mi.getTargetType())));
      }
      return new JsonReadException(pointer, "json.syntax");
    }
    String at = wholeDocument ? "" : prefix;
    if (e instanceof StreamConstraintsException c) {
      return constraint(c, at + (position != null ? position : pointerOf(c)), limits);
    }
    if (e instanceof JsonProcessingException p) {
      String message = String.valueOf(p.getOriginalMessage());
      String rule = message.startsWith("Duplicate field") ? "json.duplicateKey" : "json.syntax";
      if (p.getClass().getName().contains(".yaml.")) {
        // SnakeYAML's own bounds, said as the same limits; anything else is YAML syntax.
        if (message.contains("exceeds the limit")) {
          return new JsonReadException(
              at, "json.documentLength", Messages.raw(limits.maxDocumentLength()));
        }
        if (message.contains("Nesting Depth")) {
          return new JsonReadException(at, "json.depth", Messages.raw(limits.maxDepth()));
        }
        rule = rule.equals("json.syntax") ? "yaml.syntax" : rule;
      }
      return new JsonReadException(at + (position != null ? position : pointerOf(p)), rule);
    }
    return new JsonReadException(e, prefix, "json.io", Messages.raw(e.getClass().getSimpleName()));
  }

  private static JsonReadException constraint(
      StreamConstraintsException c, String pointer, JsonLimits limits) {
    String message = String.valueOf(c.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return new JsonReadException(pointer, "json.depth", Messages.raw(limits.maxDepth()));
    }
    if (message.contains("Number value length") || message.contains("Number length")) {
      return new JsonReadException(
          pointer, "json.numberLength", Messages.raw(limits.maxNumberLength()));
    }
    if (message.contains("Name length")) {
      return new JsonReadException(
          pointer, "json.nameLength", Messages.raw(limits.maxNameLength()));
    }
    if (message.contains("Document length")) {
      return new JsonReadException(
          pointer, "json.documentLength", Messages.raw(limits.maxDocumentLength()));
    }
    return new JsonReadException(
        pointer, "json.stringLength", Messages.raw(limits.maxStringLength()));
  }

  private static String pointerOf(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      return parser.getParsingContext().pathAsPointer().toString();
    }
    return "";
  }

  private static String path(JsonMappingException m) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      if (ref.getFieldName() != null) {
        out.append('/').append(escape(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        out.append('/').append(ref.getIndex());
      }
    }
    return out.toString();
  }

  /**
   * {@code status.endDate} or {@code risks[1].likelihood} to {@code /status/endDate}, {@code
   * /risks/1/likelihood}.
   */
  static String fieldToPointer(String field) {
    if (field == null || field.isEmpty()) {
      return "";
    }
    return "/" + field.replace("[", ".").replace("]", "").replace(".", "/");
  }

  private static Object[] raw(Object[] arguments) {
    return Arrays.stream(arguments).map(Messages::raw).toArray();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "integer";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
      return "number";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "object";
    }
    return type.getSimpleName();
  }
}
