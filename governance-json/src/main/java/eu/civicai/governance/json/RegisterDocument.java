package eu.civicai.governance.json;

import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;

/**
 * The content of a register document: the latest revision of every usage, and every dataset.
 *
 * @param usages the usages, each with its revision in its metadata
 * @param datasets the datasets
 */
public record RegisterDocument(List<AiUsage> usages, List<Dataset> datasets) {

  /** Copies the lists. */
  public RegisterDocument {
    usages = Check.listOrEmpty("usages", usages);
    datasets = Check.listOrEmpty("datasets", datasets);
  }

  /** Returns the document of a register as it is now. */
  public static RegisterDocument of(Register register) {
    Check.notNull("register", register);
    return new RegisterDocument(register.usages(), register.datasets());
  }

  /**
   * Adds the datasets (sources before what derives from them), then the usages, to a register (each
   * usage starts at revision 1 there).
   *
   * @param register the register to fill
   * @return the register
   */
  public Register addTo(Register register) {
    Check.notNull("register", register);
    // Datasets are written sorted by id; a derived one may come before its sources. Add them in
    // lineage order; whatever is left (an unknown source, a cycle) fails in addDataset.
    java.util.List<Dataset> pending = new java.util.ArrayList<>(datasets);
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (java.util.Iterator<Dataset> it = pending.iterator(); it.hasNext(); ) {
        Dataset d = it.next();
        if (d.derivedFrom().stream().allMatch(id -> register.findDataset(id).isPresent())) {
          register.addDataset(d);
          it.remove();
          progress = true;
        }
      }
    }
    pending.forEach(register::addDataset);
    usages.forEach(register::add);
    return register;
  }
}
