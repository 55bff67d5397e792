package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the ledger knows of one dataset from its events. Mutable; guarded by the ledger. */
final class DatasetTrack {
  final DatasetId id;
  final List<LedgerEntry> history = new ArrayList<>();
  final Set<DatasetId> sources = new LinkedHashSet<>();
  final Map<String, Instant> activeHolds = new LinkedHashMap<>();
  final List<Instant[]> liftedHolds = new ArrayList<>();
  final List<Period> extensions = new ArrayList<>();
  Instant originAt;
  Instant lastUseAt;
  Instant triggeredAt;
  long deletedAtSequence;
  boolean anonymised;
  boolean archived;
  int pendingErasures;

  DatasetTrack(DatasetId id) {
    this.id = id;
  }

  boolean deleted() {
    return deletedAtSequence > 0;
  }

  void apply(LedgerEntry entry) {
    LifecycleEvent e = entry.event();
    history.add(entry);
    Instant at = e.at();
    switch (e.kind()) {
      case COLLECTED, IMPORTED -> {
        if (originAt == null) {
          originAt = at;
        }
      }
      case DERIVED -> {
        if (originAt == null) {
          originAt = at;
        }
        sources.addAll(e.sources());
      }
      case TRANSFORMED, USED_FOR_TRAINING, USED_FOR_INFERENCE, SHARED, PUBLISHED -> lastUseAt = at;
      case ARCHIVED -> archived = true;
      case ANONYMISED -> anonymised = true;
      case DELETED -> deletedAtSequence = entry.sequence();
      case RETENTION_EXTENDED -> extensions.add(e.extension());
      case RETENTION_TRIGGERED -> triggeredAt = at;
      case LEGAL_HOLD_PLACED -> activeHolds.put(e.holdReference(), at);
      case LEGAL_HOLD_LIFTED -> {
        Instant placed = activeHolds.remove(e.holdReference());
        if (placed != null) {
          liftedHolds.add(new Instant[] {placed, at});
        }
      }
      case ERASURE_REQUESTED -> pendingErasures++;
      case ERASURE_FULFILLED -> pendingErasures = Math.max(0, pendingErasures - 1);
      case PSEUDONYMISED, BREACH_DETECTED -> {
        // Recorded; no change of state.
      }
    }
  }

  LifecycleStatus status() {
    if (deleted()) {
      return LifecycleStatus.DELETED;
    }
    if (anonymised) {
      return LifecycleStatus.ANONYMISED;
    }
    if (archived) {
      return LifecycleStatus.ARCHIVED;
    }
    return originAt == null ? LifecycleStatus.NOT_STARTED : LifecycleStatus.ACTIVE;
  }

  DatasetState snapshot() {
    return new DatasetState(
        id,
        status(),
        originAt,
        lastUseAt,
        List.copyOf(activeHolds.keySet()),
        pendingErasures > 0,
        history.size());
  }
}
