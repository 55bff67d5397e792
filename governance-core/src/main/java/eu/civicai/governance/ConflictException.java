package eu.civicai.governance;

/**
 * Thrown when a well-formed request conflicts with the current state: replacing a usage with a
 * stale revision, adding an id that exists, recording a lifecycle event that cannot have happened
 * (a use after deletion, lifting a hold that was never placed, time going backwards).
 *
 * <p>Whenever this is thrown, the state is exactly as it was before the call.
 */
public class ConflictException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param field the path of the field or the id concerned
   * @param rule the rule key
   * @param arguments message arguments from <code>{1}</code> on
   */
  public ConflictException(String field, String rule, Object... arguments) {
    super(field, rule, arguments);
  }
}
