package eu.civicai.governance.tender;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.usage.Procurement;
import eu.civicai.governance.usage.TenderAnswer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clauses of a call for tenders generated for a usage from a charter by {@link TenderClauses},
 * with the clauses left out and why. Immutable and thread-safe.
 *
 * @param charterId the id of the charter the clauses come from
 * @param charterVersion its version
 * @param usage the id of the usage draft
 * @param clauses the clauses kept, CCTP first, then RC, then the documents to supply
 * @param omitted the clauses left out, with the reason
 */
public record TenderDossier(
    String charterId,
    String charterVersion,
    UsageId usage,
    List<TenderClause> clauses,
    List<OmittedClause> omitted) {
  /** Checks that no component is null and copies the lists. */
  public TenderDossier {
    Check.notNull("charterId", charterId);
    Check.notNull("charterVersion", charterVersion);
    Check.notNull("usage", usage);
    clauses = Check.list("clauses", clauses);
    omitted = Check.list("omitted", omitted);
  }

  /** Returns the clauses of one section, in order. */
  public List<TenderClause> clauses(ClauseSection section) {
    Check.notNull("section", section);
    return clauses.stream().filter(c -> c.section() == section).toList();
  }

  /** Returns the sum of the suggested weights of the award criteria kept, in percent. */
  public int totalWeight() {
    return clauses.stream().filter(c -> c.weight() != null).mapToInt(TenderClause::weight).sum();
  }

  /**
   * Records the awarded bidder's answers against the clauses as the usage's procurement record: the
   * answers, the environmental criteria (the titles of the environmental clauses kept) and whether
   * the call had any, over what {@code base} already says (procedure, reference).
   *
   * @param base the procurement record to complete; null starts an empty one
   * @param answers the bidder's answers, each naming a clause of this dossier
   * @return the procurement record, to set on the usage's system
   * @throws InvalidInputException when an answer names a clause this dossier does not hold
   */
  public Procurement record(@Nullable Procurement base, List<TenderAnswer> answers) {
    List<TenderAnswer> given = Check.list("answers", answers);
    for (int i = 0; i < given.size(); i++) {
      String clause = given.get(i).clause();
      if (clauses.stream().noneMatch(c -> c.id().equals(clause))) {
        throw new InvalidInputException(
            "answers[" + i + "].clause", "tender.unknownClause", clause, Messages.raw(charterId));
      }
    }
    List<String> environmental = new ArrayList<>();
    for (TenderClause c : clauses) {
      if (TenderClauses.ENVIRONMENTAL.contains(c.id())) {
        environmental.add(c.title());
      }
    }
    Procurement.Builder b = base == null ? Procurement.builder() : base.toBuilder();
    return b.criteria(environmental)
        .environmentalCriteria(!environmental.isEmpty())
        .answers(given)
        .build();
  }

  /**
   * Returns the clauses as Markdown, in French: one section each for the CCTP, the RC (with the
   * weights and their total) and the documents, every clause with its criterion and sources, then
   * the clauses left out and why.
   *
   * @return the Markdown text, ending with a line break
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder(4096);
    out.append("# Clauses de l'appel d'offres — ").append(escape(usage.value())).append("\n\n");
    out.append("Charte : ")
        .append(escape(charterId))
        .append(' ')
        .append(escape(charterVersion))
        .append("\n\n");
    for (ClauseSection section : ClauseSection.values()) {
      List<TenderClause> in = clauses(section);
      out.append("## ").append(section.labelFr()).append("\n\n");
      if (in.isEmpty()) {
        out.append("Aucune clause.\n\n");
      }
      for (TenderClause c : in) {
        out.append("### ").append(escape(c.title()));
        if (c.weight() != null) {
          out.append(" — ").append(c.weight()).append(" %");
        }
        out.append("\n\n").append(escape(c.text())).append("\n\n");
        out.append("_Clause `").append(c.id()).append('`');
        if (c.criterion() != null) {
          out.append(", critère `").append(c.criterion()).append('`');
        }
        out.append(" ; sources : ").append(escape(String.join(" ; ", c.sources()))).append("_\n\n");
      }
      if (section == ClauseSection.RC && !in.isEmpty()) {
        out.append("Total des pondérations proposées : ").append(totalWeight()).append(" %\n\n");
      }
    }
    out.append("## Clauses écartées\n\n");
    if (omitted.isEmpty()) {
      out.append("Aucune.\n");
    }
    for (OmittedClause o : omitted) {
      out.append("- ")
          .append(escape(o.title()))
          .append(" (`")
          .append(o.id())
          .append("`) : ")
          .append(escape(o.reason()))
          .append('\n');
    }
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|' -> out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
