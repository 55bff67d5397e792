package eu.civicai.governance.charter;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.usage.AiUsage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What facts read: a usage with its resolved datasets, what the ledger says of them, its AI Act
 * classification, and the evaluation date.
 *
 * @param usage the usage
 * @param datasets its datasets found in the register; null when the usage has no data-use part
 * @param unresolved how many of its dataset references do not resolve
 * @param ledger what the ledger says; null when no ledger was given
 * @param classification its AI Act classification
 * @param evaluationDate the evaluation date, in the evaluation zone
 * @param zone the evaluation zone
 */
record FactSubject(
    AiUsage usage,
    List<Dataset> datasets,
    int unresolved,
    LedgerFacts ledger,
    AiActClassification classification,
    LocalDate evaluationDate,
    ZoneId zone) {

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
