package eu.civicai.governance.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import eu.civicai.governance.json.internal.GovernanceModule;

/**
 * How the library's Jackson mapper is set up: the reading limits, the strict features, the
 * coercions refused and the one layout of written documents. Kept apart from the documents
 * themselves so that the JSON and YAML mappers share every rule.
 */
final class MapperSetup {
  private MapperSetup() {}

  /** The JSON mapper: limits from {@code limits}, strict reading, deterministic writing. */
  static JsonMapper json(JsonLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints(limits))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return strict(JsonMapper.builder(factory), limits);
  }

  /** The stream limits of Jackson, from the library's. */
  static StreamReadConstraints constraints(JsonLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxDocumentLength(limits.maxDocumentLength())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .build();
  }

  /**
   * The reading and writing rules shared by every syntax: unknown properties, nulls for primitives,
   * numbers for enums, duplicate keys, trailing tokens and scalar coercions refused; absent values
   * and empty lists left out; map entries in key order (so that the same value gives the same
   * bytes, whatever map it was built from).
   */
  static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(
      B builder, JsonLimits limits) {
    M m =
        builder
            .addModule(new GovernanceModule(limits))
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();
    for (LogicalType type :
        new LogicalType[] {
          LogicalType.Integer,
          LogicalType.Float,
          LogicalType.Boolean,
          LogicalType.Textual,
          LogicalType.Enum
        }) {
      m.coercionConfigFor(type)
          .setCoercion(
              CoercionInputShape.String,
              type == LogicalType.Textual || type == LogicalType.Enum
                  ? CoercionAction.TryConvert
                  : CoercionAction.Fail);
      m.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return m;
  }

  /**
   * The one layout of every indented document: two spaces per level of objects, the envelope and
   * its content by the same printer (so that the content is indented under {@code "content"}),
   * arrays opened on their key's line. A new instance per document: a printer counts its depth.
   */
  static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }
}
