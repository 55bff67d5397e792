package eu.civicai.governance;

/**
 * Thrown when a definition is wrong rather than an input: a charter that names an unknown fact, a
 * duplicate criterion id, a configuration that contradicts itself. Raised when the definition is
 * loaded, never in the middle of an evaluation.
 */
public class InvalidDefinitionException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a definition element and a rule.
   *
   * @param field the path of the element in the definition
   * @param rule the rule key
   * @param arguments message arguments from <code>{1}</code> on
   */
  public InvalidDefinitionException(String field, String rule, Object... arguments) {
    super(field, rule, arguments);
  }

  private InvalidDefinitionException(
      Throwable cause, String field, String rule, Object... arguments) {
    super(cause, field, rule, arguments);
  }

  /**
   * Returns an error raised by a part of a definition, as a definition error naming its place in
   * the whole: a blank title raised as {@code title} inside the fifth criterion of the third
   * principle becomes {@code principles[2].criteria[4].title}, with the same rule and arguments.
   *
   * @param prefix the path of the part, without a trailing dot; blank keeps the error's own path
   * @param error the error raised by the part; not null
   * @return a new definition error, whose cause is {@code error}
   */
  public static InvalidDefinitionException under(String prefix, GovernanceException error) {
    String field = error.field();
    String path;
    if (prefix == null || prefix.isEmpty()) {
      path = field;
    } else if (field.isEmpty()) {
      path = prefix;
    } else {
      path = field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
    InvalidDefinitionException moved =
        new InvalidDefinitionException(error, path, error.rule(), error.arguments());
    moved.setStackTrace(error.getStackTrace());
    return moved;
  }
}
