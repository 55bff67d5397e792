package eu.civicai.governance.json;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of a register document: the latest revision of every usage, every dataset, the
 * earlier revisions of the usages, so that saving and reloading a register keeps its history, and
 * the strategies of the authorities (issue 21; documents written before have none, and read as
 * such). Datasets are kept sources first: a dataset comes after those it derives from (otherwise in
 * the given order), so that a reader can add them one by one.
 *
 * @param usages the latest revision of each usage, with its revision in its metadata
 * @param datasets the datasets, reordered sources first
 * @param history the earlier revisions of the usages (never null; empty when none), each earlier
 *     than the revision of the same usage in {@code usages}
 * @param strategies the strategies of the authorities, one per authority name (never null; empty
 *     when none)
 */
public record RegisterDocument(
    List<AiUsage> usages,
    List<Dataset> datasets,
    List<AiUsage> history,
    List<Strategy> strategies) {

  /**
   * Copies the lists and puts datasets in lineage order.
   *
   * @throws InvalidInputException {@code register.historyAfterLatest} naming {@code history[i]}
   *     when an earlier revision is not earlier than its usage's latest, {@code
   *     register.unknownUsage} when its usage is not in {@code usages}, {@code strategy.duplicate}
   *     naming {@code strategies[i].authority.name} when two strategies are of the same authority
   */
  public RegisterDocument {
    usages = Check.listOrEmpty("usages", usages);
    datasets = sourcesFirst(Check.listOrEmpty("datasets", datasets));
    history = Check.listOrEmpty("history", history);
    strategies = Check.listOrEmpty("strategies", strategies);
    Set<String> authorities = new HashSet<>();
    for (int i = 0; i < strategies.size(); i++) {
      if (!authorities.add(strategies.get(i).key())) {
        throw new InvalidInputException(
            "strategies[" + i + "].authority.name",
            "strategy.duplicate",
            Messages.raw("strategy"),
            strategies.get(i).key());
      }
    }
    if (!history.isEmpty()) {
      Map<UsageId, Integer> latest = new HashMap<>();
      usages.forEach(u -> latest.merge(u.id(), u.revision(), Math::max));
      for (int i = 0; i < history.size(); i++) {
        AiUsage earlier = history.get(i);
        Integer last = latest.get(earlier.id());
        if (last == null) {
          throw new InvalidInputException(
              "history[" + i + "].id", "register.unknownUsage", Messages.raw(earlier.id()));
        }
        if (earlier.revision() >= last) {
          throw new InvalidInputException(
              "history[" + i + "].metadata.revision",
              "register.historyAfterLatest",
              Messages.raw(earlier.revision()),
              Messages.raw(earlier.id()),
              Messages.raw(last));
        }
      }
    }
  }

  /** A document without strategies; see the canonical constructor. */
  public RegisterDocument(List<AiUsage> usages, List<Dataset> datasets, List<AiUsage> history) {
    this(usages, datasets, history, List.of());
  }

  /** A document without earlier revisions or strategies; see the canonical constructor. */
  public RegisterDocument(List<AiUsage> usages, List<Dataset> datasets) {
    this(usages, datasets, List.of(), List.of());
  }

  /**
   * Returns the document of a register as it is now: the latest revision of every usage, every
   * earlier revision, every dataset and every strategy.
   */
  public static RegisterDocument of(Register register) {
    Check.notNull("register", register);
    List<AiUsage> latest = register.usages();
    List<AiUsage> earlier = new ArrayList<>();
    for (AiUsage usage : latest) {
      List<AiUsage> revisions = register.revisions(usage.id());
      earlier.addAll(revisions.subList(0, revisions.size() - 1));
    }
    return new RegisterDocument(latest, register.datasets(), earlier, register.strategies());
  }

  /**
   * Puts the datasets (sources first), then every revision of every usage, into a register, as
   * written: revision numbers and instants unchanged ({@link Register#restore}); then the
   * strategies ({@link Register#putStrategy}, which replaces one the register held for the same
   * authority).
   *
   * @param register the register to fill
   * @return the register
   * @throws eu.civicai.governance.ConflictException when the register already holds one of them
   */
  public Register addTo(Register register) {
    Check.notNull("register", register);
    datasets.forEach(register::addDataset);
    history.forEach(register::restore);
    usages.forEach(register::restore);
    strategies.forEach(register::putStrategy);
    return register;
  }

  /**
   * The datasets reordered as the streaming reader hands them over: each as soon as the datasets it
   * derives from have come, otherwise in the given order; those whose sources never come (absent,
   * or in a derivation cycle) last, in the given order, for the register to refuse.
   */
  static List<Dataset> sourcesFirst(List<Dataset> datasets) {
    boolean derived = false;
    for (Dataset d : datasets) {
      derived |= !d.derivedFrom().isEmpty();
    }
    if (!derived) {
      return datasets; // the common case: nothing to reorder
    }
    List<Dataset> ordered = new ArrayList<>(datasets.size());
    SourcesFirst order = new SourcesFirst(ordered::add);
    datasets.forEach(order::accept);
    order.finish();
    return List.copyOf(ordered);
  }
}
