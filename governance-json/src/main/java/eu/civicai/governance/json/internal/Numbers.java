package eu.civicai.governance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import eu.civicai.governance.internal.InputRules;
import eu.civicai.governance.json.JsonLimits;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Decimals read within {@link JsonLimits#maxIntegerDigits()} and {@link
 * JsonLimits#maxFractionDigits()}: {@code 1e999999999} is eleven characters but a billion digits,
 * and is refused before any arithmetic or rendering could expand it.
 */
final class Numbers {
  private Numbers() {}

  static BigDecimal checked(BigDecimal value, JsonLimits limits, String relative)
      throws Errors.Located {
    if (!InputRules.withinDigits(value, limits.maxIntegerDigits(), limits.maxFractionDigits())) {
      throw Errors.at(
          relative, "json.numberRange", limits.maxIntegerDigits(), limits.maxFractionDigits());
    }
    return value;
  }

  /** Reads a JSON number as a decimal, within the limits. */
  static final class Deserializer extends JsonDeserializer<BigDecimal> {
    private final JsonLimits limits;

    Deserializer(JsonLimits limits) {
      this.limits = limits;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      BigDecimal value;
      try {
        value = p.getDecimalValue();
      } catch (NumberFormatException | ArithmeticException e) {
        // An exponent beyond an int (1e-2147483649): no decimal holds it.
        throw Errors.at(
            "", "json.numberRange", limits.maxIntegerDigits(), limits.maxFractionDigits());
      }
      return checked(value, limits, "");
    }
  }
}
