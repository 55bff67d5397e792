package eu.civicai.governance.tender;

import eu.civicai.governance.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One clause of a call for tenders, traced to the charter criterion it comes from and its sources.
 *
 * @param id the stable id of the clause (for example {@code doc.energy-method})
 * @param section where it goes: CCTP, RC or the documents to supply
 * @param title a short title, in French
 * @param text the clause, in French
 * @param weight the suggested weight in percent for an award criterion (RC); null otherwise
 * @param criterion the id of the charter criterion it comes from; null for a clause the law itself
 *     imposes (the price criterion)
 * @param sources the texts it rests on: the clause's own source, then the criterion's references
 */
public record TenderClause(
    String id,
    ClauseSection section,
    String title,
    String text,
    @Nullable Integer weight,
    @Nullable String criterion,
    List<String> sources) {
  /** Checks that the required components are present and copies the list. */
  public TenderClause {
    Check.notNull("id", id);
    Check.notNull("section", section);
    Check.notNull("title", title);
    Check.notNull("text", text);
    sources = Check.list("sources", sources);
  }
}
