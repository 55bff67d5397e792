package eu.civicai.governance.report;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.report.internal.html.JtetenderGenerated;
import eu.civicai.governance.tender.TenderDossier;
import eu.civicai.governance.usage.AiUsage;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * The clauses of a call for tenders ({@link TenderDossier}) as one self-contained HTML page, in
 * French like the clauses: the CCTP requirements, the RC award criteria with their suggested
 * weights and total, the documents each bidder must supply, each clause with the criterion and the
 * sources it comes from, then the clauses left out and why. The page loads nothing (styles inline,
 * no script, no font, no image) and is written by a template compiled with contextual
 * auto-escaping: a text of the draft or of a charter can never open a tag or an attribute.
 * Stateless and thread-safe.
 */
public final class TenderPage {
  private TenderPage() {}

  /**
   * Renders the clauses generated for a usage draft.
   *
   * @param dossier the clauses, from {@link eu.civicai.governance.tender.TenderClauses}
   * @param draft the draft they were generated for, whose name and authority head the page
   * @return the HTML page, UTF-8 text
   * @throws eu.civicai.governance.InvalidInputException when an argument is null, or the draft is
   *     not the dossier's usage
   */
  public static String html(TenderDossier dossier, AiUsage draft) {
    Checks.notNull("dossier", dossier);
    Checks.notNull("draft", draft);
    if (!draft.id().equals(dossier.usage())) {
      throw new InvalidInputException(
          "draft", "tender.otherUsage", draft.id().value(), dossier.usage().value());
    }
    StringOutput out = new StringOutput(16384);
    JtetenderGenerated.render(
        new OwaspHtmlTemplateOutput(out),
        null,
        dossier,
        draft.name() + " (" + draft.authority().name() + ")");
    return out.toString();
  }
}
