package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import java.util.Locale;

/**
 * An error met while reading a store: the store's name (without user or password), then the rule's
 * own message in the caller's language.
 */
final class StoreError extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String store;
  private final transient GovernanceException content;

  private StoreError(String store, GovernanceException content) {
    super(content.field(), content.rule());
    this.store = store;
    this.content = content;
  }

  /** The error, after the store's name; an error already naming a store is returned as it is. */
  static GovernanceException in(String store, GovernanceException content) {
    return content instanceof StoreError ? content : new StoreError(store, content);
  }

  /**
   * The store's location as it may be shown: a JDBC URL loses its user information and its
   * parameters (where passwords go).
   */
  static String displayName(String location) {
    if (!location.startsWith("jdbc:postgresql:")) {
      return location;
    }
    String shown = location;
    int query = shown.indexOf('?');
    if (query >= 0) {
      shown = shown.substring(0, query);
    }
    int at = shown.lastIndexOf('@');
    int slashes = shown.indexOf("//");
    if (at >= 0 && slashes >= 0 && at > slashes) {
      shown = shown.substring(0, slashes + 2) + shown.substring(at + 1);
    }
    return shown;
  }

  @Override
  public String message(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    return (fr ? "stockage " : "store ") + store + (fr ? " : " : ": ") + content.message(locale);
  }
}
