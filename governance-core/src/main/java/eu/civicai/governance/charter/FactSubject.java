package eu.civicai.governance.charter;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.usage.AiUsage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What facts read: a usage; its datasets found in the register (null when the usage has no data-use
 * part) and how many of its references do not resolve; what the ledger says (null when no ledger
 * was given); its AI Act classification; the evaluation date and zone. Used by one evaluation on
 * one thread.
 */
final class FactSubject {
  private final AiUsage usage;
  private final List<Dataset> datasets;
  private final int unresolved;
  private final LedgerFacts ledger;
  private final LocalDate evaluationDate;
  private final ZoneId zone;
  private AiActClassification classification; // computed when a fact first needs it

  FactSubject(
      AiUsage usage,
      List<Dataset> datasets,
      int unresolved,
      LedgerFacts ledger,
      LocalDate evaluationDate,
      ZoneId zone) {
    this.usage = usage;
    this.datasets = datasets;
    this.unresolved = unresolved;
    this.ledger = ledger;
    this.evaluationDate = evaluationDate;
    this.zone = zone;
  }

  AiUsage usage() {
    return usage;
  }

  List<Dataset> datasets() {
    return datasets;
  }

  int unresolved() {
    return unresolved;
  }

  LedgerFacts ledger() {
    return ledger;
  }

  /** The AI Act classification, computed on first use: most charters never read it. */
  AiActClassification classification() {
    if (classification == null) {
      classification = AiActClassifier.classify(usage);
    }
    return classification;
  }

  LocalDate evaluationDate() {
    return evaluationDate;
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * What the ledger says of a usage's datasets at the evaluation instant.
   *
   * @param overdue datasets of the usage whose retention end action is overdue
   * @param undeclaredPurposeUses uses by this usage for purposes the dataset did not declare
   * @param personalDataOutsideEu sharings of the usage's personal datasets outside the EU without a
   *     declared safeguard
   * @param breaches breaches detected on the usage's datasets
   */
  record LedgerFacts(
      int overdue, int undeclaredPurposeUses, int personalDataOutsideEu, int breaches) {}
}
