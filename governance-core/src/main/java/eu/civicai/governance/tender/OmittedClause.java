package eu.civicai.governance.tender;

import eu.civicai.governance.internal.Check;

/**
 * A clause left out of a call for tenders, with the reason: the charter holds none of the criteria
 * it comes from, or the draft of the usage makes it irrelevant.
 *
 * @param id the id of the clause left out
 * @param title its title, in French
 * @param reason why it is left out, in French
 */
public record OmittedClause(String id, String title, String reason) {
  /** Checks that no component is null. */
  public OmittedClause {
    Check.notNull("id", id);
    Check.notNull("title", title);
    Check.notNull("reason", reason);
  }
}
