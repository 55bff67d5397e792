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
   * Adds the datasets, then the usages, to a register (each usage starts at revision 1 there).
   *
   * @param register the register to fill
   * @return the register
   */
  public Register addTo(Register register) {
    Check.notNull("register", register);
    datasets.forEach(register::addDataset);
    usages.forEach(register::add);
    return register;
  }
}
