package eu.civicai.governance.report;

import eu.civicai.governance.InvalidInputException;

/** The argument checks of this package: the library's exception, naming the argument. */
final class Checks {
  private Checks() {}

  static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "notNull");
    }
    return value;
  }
}
