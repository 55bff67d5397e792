package eu.civicai.governance.store;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the database cannot do what the store asks: it is unreachable, it refuses a
 * statement, or its schema is not one this library can use (newer than the library, or not a
 * database the store supports). The message names the operation and the database's SQL state, never
 * the content of a record; the JDBC exception, when there is one, is the cause.
 *
 * <p>Whenever this is thrown, the transaction was rolled back: nothing of the call is stored.
 */
public final class StoreException extends GovernanceException {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "eu.civicai.governance.store.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /**
   * Creates an exception.
   *
   * @param cause the JDBC or migration error
   * @param field what the store was doing ({@code usages.replace}) or the setting concerned
   * @param rule the rule key, {@code store.…}
   * @param arguments message arguments from <code>{1}</code> on, never taken from a record
   */
  public StoreException(@Nullable Throwable cause, String field, String rule, Object... arguments) {
    super(cause, field, rule, arguments);
  }

  @Override
  public String message(Locale locale) {
    if (locale == null) {
      throw new InvalidInputException("locale", "notNull");
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, Messages.isFrench(locale) ? Locale.FRENCH : Locale.ROOT, NO_FALLBACK);
    return Messages.format(bundle, rule(), field(), renderedArguments());
  }
}
