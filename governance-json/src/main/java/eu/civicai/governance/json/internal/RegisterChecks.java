package eu.civicai.governance.json.internal;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.json.JsonReadException;
import eu.civicai.governance.usage.AiUsage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a register document must meet as a whole, checked when it is read, so that what a
 * register would refuse when the document is loaded (by {@code evaluate}) is refused by {@code
 * validate} too, with the JSON Pointer of the offending value: a usage or dataset id that appears
 * twice (the pointer of the second), a dataset derived from one the document does not hold, and a
 * derivation cycle.
 */
public final class RegisterChecks {
  private RegisterChecks() {}

  /**
   * Checks the usages and datasets of a register document.
   *
   * @param usages the usages, in document order
   * @param datasets the datasets, in document order
   * @param prefix the pointer of the document's content ({@code /content})
   * @throws JsonReadException at the first value that breaks a rule
   */
  public static void check(List<AiUsage> usages, List<Dataset> datasets, String prefix) {
    Map<UsageId, Integer> usageAt = new HashMap<>();
    for (int i = 0; i < usages.size(); i++) {
      Integer first = usageAt.putIfAbsent(usages.get(i).id(), i);
      if (first != null) {
        throw new JsonReadException(
            prefix + "/usages/" + i + "/id",
            "json.duplicateId",
            Messages.raw(prefix + "/usages/" + first + "/id"));
      }
    }
    Map<DatasetId, Integer> datasetAt = new HashMap<>();
    for (int i = 0; i < datasets.size(); i++) {
      Integer first = datasetAt.putIfAbsent(datasets.get(i).id(), i);
      if (first != null) {
        throw new JsonReadException(
            prefix + "/datasets/" + i + "/id",
            "json.duplicateId",
            Messages.raw(prefix + "/datasets/" + first + "/id"));
      }
    }
    for (int i = 0; i < datasets.size(); i++) {
      List<DatasetId> sources = datasets.get(i).derivedFrom();
      for (int j = 0; j < sources.size(); j++) {
        if (!datasetAt.containsKey(sources.get(j))) {
          throw new JsonReadException(
              prefix + "/datasets/" + i + "/derivedFrom/" + j, "json.unknownDataset");
        }
      }
    }
    // Kahn's order: what remains once every dataset whose sources are placed has been placed lies
    // on a cycle, or downstream of one.
    Set<DatasetId> placed = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Dataset d : datasets) {
        if (!placed.contains(d.id()) && placed.containsAll(d.derivedFrom())) {
          placed.add(d.id());
          progress = true;
        }
      }
    }
    for (int i = 0; i < datasets.size(); i++) {
      if (!placed.contains(datasets.get(i).id())) {
        throw new JsonReadException(
            prefix + "/datasets/" + i + "/derivedFrom", "json.derivationCycle");
      }
    }
  }
}
