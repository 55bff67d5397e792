package eu.civicai.governance.assessment;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;

/**
 * Checks of questionnaire definitions: a bad definition is a definition error, not an input one.
 */
final class Definitions {
  private Definitions() {}

  static String slug(String field, String value) {
    try {
      return Check.slug(field, value);
    } catch (InvalidInputException e) {
      throw new InvalidDefinitionException(field, e.rule(), value);
    }
  }

  static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidDefinitionException(field, "notNull");
    }
    return value;
  }
}
