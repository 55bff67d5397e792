package eu.civicai.governance.charter;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidDefinitionException;
import java.util.function.Supplier;

/**
 * Paths of charter definitions ({@code principles[2].criteria[4].source}) and the checks the
 * builders make at set time, so that every definition error names its place and is an {@link
 * InvalidDefinitionException}, whichever rule (a blank text, a bad id) raised it.
 */
final class DefinitionPath {
  private DefinitionPath() {}

  /** Runs a check for the element at {@code path}, re-pathing any error it raises. */
  static <T> T at(String path, Supplier<T> check) {
    try {
      return check.get();
    } catch (GovernanceException e) {
      throw InvalidDefinitionException.under(path, e);
    }
  }

  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Set-once: throws {@code charter.alreadySet} when the option already has a value. */
  static void once(String path, String field, Object current) {
    if (current != null) {
      Object shown = current instanceof Text text ? text.en() : current;
      throw new InvalidDefinitionException(join(path, field), "charter.alreadySet", shown);
    }
  }

  /** Throws {@code charter.required} when a required option was never set. */
  static void required(String path, String field, Object value) {
    if (value == null) {
      throw new InvalidDefinitionException(join(path, field), "charter.required");
    }
  }
}
