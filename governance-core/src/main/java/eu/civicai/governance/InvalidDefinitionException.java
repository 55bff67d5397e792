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
}
