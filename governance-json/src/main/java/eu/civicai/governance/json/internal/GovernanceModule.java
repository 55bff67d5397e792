package eu.civicai.governance.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.ContentHash;
import eu.civicai.governance.json.JsonLimits;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.org.Siret;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;

/**
 * The Jackson module of the library's types. Core types carry no Jackson annotation: ids and
 * identifiers are written as strings through mix-ins, dates and periods as ISO-8601 strings,
 * conditions in their own compact form ({@link ConditionJson}); records use their components.
 */
public final class GovernanceModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module, with the default limits on numbers. */
  public GovernanceModule() {
    this(JsonLimits.DEFAULTS);
  }

  /**
   * Creates the module.
   *
   * @param limits the limits whose number bounds every decimal read must meet
   */
  public GovernanceModule(JsonLimits limits) {
    super("civicai-governance");
    setMixInAnnotation(UsageId.class, UsageIdMixin.class);
    setMixInAnnotation(DatasetId.class, DatasetIdMixin.class);
    setMixInAnnotation(Siren.class, SirenMixin.class);
    setMixInAnnotation(Siret.class, SiretMixin.class);
    text(Instant.class, Instant::toString, Instant::parse, "date-time");
    text(LocalDate.class, LocalDate::toString, LocalDate::parse, "date");
    text(Period.class, Period::toString, Period::parse, "period");
    contentHash();
    addSerializer(Condition.class, new ConditionJson.Serializer());
    addDeserializer(Condition.class, new ConditionJson.Deserializer(limits));
    addDeserializer(BigDecimal.class, new Numbers.Deserializer(limits));
  }

  /** A report's content hash is its hex text; reading checks it (the record's rule and message). */
  private void contentHash() {
    addSerializer(
        ContentHash.class,
        new JsonSerializer<ContentHash>() {
          @Override
          public void serialize(ContentHash value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(value.hex());
          }
        });
    addDeserializer(
        ContentHash.class,
        new JsonDeserializer<ContentHash>() {
          @Override
          public ContentHash deserialize(JsonParser p, DeserializationContext ctxt)
              throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              return (ContentHash) ctxt.handleUnexpectedToken(ContentHash.class, p);
            }
            return ContentHash.of(p.getText());
          }
        });
  }

  private <T> void text(
      Class<T> type, Function<T, String> write, Function<String, T> parse, String format) {
    addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(write.apply(value));
          }
        });
    addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            try {
              return parse.apply(text);
            } catch (RuntimeException e) {
              // The value is not quoted in the message: messages never echo the input.
              // Said with what is expected and an example (issue 19): json.format.<format>.
              throw Errors.at("", "json.format." + format);
            }
          }
        });
  }

  abstract static class UsageIdMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    UsageIdMixin(String value) {}

    @JsonValue
    abstract String value();
  }

  abstract static class DatasetIdMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    DatasetIdMixin(String value) {}

    @JsonValue
    abstract String value();
  }

  abstract static class SirenMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    SirenMixin(String value) {}

    @JsonValue
    abstract String value();
  }

  abstract static class SiretMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    SiretMixin(String value) {}

    @JsonValue
    abstract String value();
  }
}
