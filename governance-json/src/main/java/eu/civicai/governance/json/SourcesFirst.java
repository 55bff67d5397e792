package eu.civicai.governance.json;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Dataset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hands datasets over sources first, as they stream in: one whose sources have not all come yet is
 * held back until they have. Keeps the ids seen and the datasets held back, nothing else. Used by
 * one reader or writer on one thread.
 */
final class SourcesFirst {
  private final Consumer<Dataset> next;
  private final Set<DatasetId> seen = new HashSet<>();
  private final List<Dataset> held = new ArrayList<>();

  SourcesFirst(Consumer<Dataset> next) {
    this.next = next;
  }

  /** Hands the dataset over now if its sources have been, else holds it back. */
  void accept(Dataset dataset) {
    if (!ready(dataset)) {
      held.add(dataset);
      return;
    }
    release(dataset);
    // Each release may free held datasets, which may free others.
    boolean progress = !held.isEmpty();
    while (progress) {
      progress = false;
      for (Iterator<Dataset> it = held.iterator(); it.hasNext(); ) {
        Dataset d = it.next();
        if (ready(d)) {
          it.remove();
          release(d);
          progress = true;
        }
      }
    }
  }

  /** Hands over, in arrival order, what is still held: datasets whose sources never came. */
  void finish() {
    List<Dataset> rest = List.copyOf(held);
    held.clear();
    rest.forEach(this::release);
  }

  private boolean ready(Dataset dataset) {
    for (DatasetId source : dataset.derivedFrom()) {
      if (!seen.contains(source)) {
        return false;
      }
    }
    return true;
  }

  private void release(Dataset dataset) {
    seen.add(dataset.id());
    next.accept(dataset);
  }
}
