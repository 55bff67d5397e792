package eu.civicai.governance.assessment;

import eu.civicai.governance.internal.Check;
import java.util.List;

/**
 * One part of a generated document (a notice, an assessment template): its title, its text, the
 * article it answers, and what the record could not fill.
 *
 * <p>A part the record cannot fill still has a text: the missing pieces appear in it as a visible
 * marker ("[À compléter : …]"), and {@link #missing()} lists the fields of the record that would
 * fill them, as dotted paths ({@code purpose.goal}, {@code dataUse.datasets}).
 *
 * @param key a stable key of the part (for example {@code r311-3-1-2.data}), never null
 * @param title the title, in the language of the document, never null
 * @param text the text, with a marker in place of each missing piece, never null
 * @param reference the article the part answers (for example "CRPA R311-3-1-2, 2°"), never null
 * @param missing the fields of the record that would fill the missing pieces, in the order they
 *     appear (never null; empty when the part is complete)
 */
public record NoticePart(
    String key, String title, String text, String reference, List<String> missing) {
  /** Checks that no component is null and copies the list. */
  public NoticePart {
    Check.notNull("key", key);
    Check.notNull("title", title);
    Check.notNull("text", text);
    Check.notNull("reference", reference);
    missing = Check.list("missing", missing);
  }

  /** Whether the record filled every piece of this part. */
  public boolean complete() {
    return missing.isEmpty();
  }
}
