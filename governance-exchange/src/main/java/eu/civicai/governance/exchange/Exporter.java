package eu.civicai.governance.exchange;

import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;

/**
 * Writes a register's usages in one public format. Every exporter of this module follows the same
 * rules: the {@link ExportProfile}, diagnostics for what a record lacks and for every value the
 * format cannot carry (never dropped silently), deterministic output, texts in the record's
 * language with the language stated where the format has a field for it. Implementations are
 * stateless and thread-safe.
 */
@FunctionalInterface
public interface Exporter {

  /**
   * Exports usages.
   *
   * @param usages the usages, in the order to write them
   * @param profile which parts to write
   * @param datasets where the usages' datasets are found (for dataset names, legal bases and the
   *     completeness criteria that read them); use {@code DatasetLookup.of(List.of())} when none
   * @return the document and its diagnostics
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  Export export(List<AiUsage> usages, ExportProfile profile, DatasetLookup datasets);
}
