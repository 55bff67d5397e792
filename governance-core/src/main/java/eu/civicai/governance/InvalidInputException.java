package eu.civicai.governance;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an input is ill-formed: a blank name, a SIRET whose check digit fails, a negative
 * quantity, an end date before the start date, an unknown dataset in a ledger event.
 *
 * <p>Ill-formed is not the same as "not good": a record that lacks information is well-formed and
 * is judged by charter evaluations, not by this exception.
 */
public class InvalidInputException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a field and a rule.
   *
   * @param field the path of the field
   * @param rule the rule key
   * @param arguments message arguments from <code>{1}</code> on
   */
  public InvalidInputException(String field, String rule, Object... arguments) {
    super(field, rule, arguments);
  }

  /**
   * Creates an exception caused by another.
   *
   * @param cause the cause
   * @param field the path of the field
   * @param rule the rule key
   * @param arguments message arguments from <code>{1}</code> on
   */
  protected InvalidInputException(
      @Nullable Throwable cause, String field, String rule, Object... arguments) {
    super(cause, field, rule, arguments);
  }

  /**
   * Returns the same error with its field placed under {@code prefix}, so that an error raised by a
   * part ({@code endDate}) names its place in the whole ({@code status.endDate}).
   *
   * @param prefix the path of the part, without a trailing dot; blank keeps the path as it is
   * @return a new exception, or this one when the prefix is blank
   */
  public InvalidInputException under(String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      return this;
    }
    String path = field().isEmpty() ? prefix : join(prefix, field());
    InvalidInputException moved = new InvalidInputException(path, rule(), arguments());
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  private static String join(String prefix, String field) {
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }
}
