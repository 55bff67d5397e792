package eu.civicai.governance.charter;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.data.ConcernKind;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatasetUse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What facts read: a usage; its datasets found in the register (null when the usage has no data-use
 * part) and how many of its references do not resolve; what the ledger says (null when no ledger
 * was given); its AI Act classification; the evaluation date and zone.
 *
 * <p>Each part is worked out when a fact first reads it: most charters read few of them, and the
 * ledger's part scans the ledger. Used by one evaluation on one thread.
 */
final class FactSubject {
  private final AiUsage usage;
  private final EvaluationContext context;
  private final Instant at;
  private final LocalDate evaluationDate;
  private boolean resolved;
  private List<Dataset> datasets;
  private int unresolved;
  private boolean ledgerRead;
  private LedgerFigures ledger;
  private AiActClassification classification;

  FactSubject(AiUsage usage, EvaluationContext context, Instant at, LocalDate evaluationDate) {
    this.usage = usage;
    this.context = context;
    this.at = at;
    this.evaluationDate = evaluationDate;
  }

  AiUsage usage() {
    return usage;
  }

  /** The usage's datasets found in the register, each once; null without a data-use part. */
  List<Dataset> datasets() {
    resolve();
    return datasets;
  }

  /** How many of the usage's dataset references the register does not know. */
  int unresolved() {
    resolve();
    return unresolved;
  }

  /** What the ledger says of the usage's datasets; null when no ledger was given. */
  LedgerFigures ledger() {
    if (!ledgerRead) {
      ledger = context.ledger() == null ? null : ledgerFigures(context.ledger());
      ledgerRead = true;
    }
    return ledger;
  }

  /** The AI Act classification. */
  AiActClassification classification() {
    if (classification == null) {
      classification = AiActClassifier.classify(usage, evaluationDate);
    }
    return classification;
  }

  /** The strategy of the usage's authority; null when the context holds none. */
  eu.civicai.governance.strategy.Strategy strategy() {
    return context.strategyOf(usage.authority()).orElse(null);
  }

  LocalDate evaluationDate() {
    return evaluationDate;
  }

  ZoneId zone() {
    return context.clock().getZone();
  }

  private void resolve() {
    if (resolved || usage.dataUse() == null) {
      resolved = true;
      return;
    }
    // A usage names a handful of datasets: a list with a linear check beats a hash set here.
    List<DatasetId> ids = new ArrayList<>(usage.dataUse().datasets().size());
    for (DatasetUse use : usage.dataUse().datasets()) {
      if (!ids.contains(use.dataset())) {
        ids.add(use.dataset());
      }
    }
    List<Dataset> found = new ArrayList<>(ids.size());
    for (DatasetId id : ids) {
      Optional<Dataset> d =
          context.datasets() == null ? Optional.empty() : context.datasets().findDataset(id);
      if (d.isPresent()) {
        found.add(d.get());
      } else {
        unresolved++;
      }
    }
    datasets = List.copyOf(found);
    resolved = true;
  }

  private LedgerFigures ledgerFigures(Ledger ledger) {
    Set<DatasetId> mine = new LinkedHashSet<>();
    if (datasets() != null) {
      datasets().forEach(d -> mine.add(d.id()));
    }
    int overdue = (int) ledger.overdue(at).stream().filter(r -> mine.contains(r.dataset())).count();
    int undeclared = 0;
    int outside = 0;
    int breaches = 0;
    for (var concern : ledger.concerns()) {
      if (concern.kind() == ConcernKind.UNDECLARED_PURPOSE && usage.id().equals(concern.usage())) {
        undeclared++;
      } else if (concern.kind() == ConcernKind.PERSONAL_DATA_OUTSIDE_EU
          && mine.contains(concern.dataset())) {
        outside++;
      } else if (concern.kind() == ConcernKind.BREACH && mine.contains(concern.dataset())) {
        breaches++;
      }
    }
    return new LedgerFigures(overdue, undeclared, outside, breaches);
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
  record LedgerFigures(
      int overdue, int undeclaredPurposeUses, int personalDataOutsideEu, int breaches) {}
}
