package eu.civicai.governance.register;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Logging;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The register of a collectivité's AI usages and of the datasets they use, kept in memory.
 *
 * <p>Usages have revisions: {@link #add} stores revision 1; {@link #replace} takes a record
 * carrying the revision it was read at and stores the next one, keeping the earlier ones; {@link
 * #restore} puts back a revision read from a file as it was written. A replacement from a stale
 * revision is refused ({@link ConflictException}, rule {@code register.staleRevision}), never
 * silently overwritten: read again, apply the change, retry.
 *
 * <p>Thread-safe: every operation is atomic, and concurrent replacements of one usage are
 * serialised so that no revision is lost. Listeners are called on the thread that made the change,
 * after it is made; a listener that throws is logged and does not undo the change. Time comes from
 * the clock given at creation.
 *
 * <p>Example:
 *
 * <pre class="example">{@code
 * Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
 * AiUsage usage =
 *     AiUsage.builder("detection-fuites")
 *         .name("Détection des fuites du réseau d'eau")
 *         .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
 *         .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2019, 1, 1)))
 *         .build();
 * Register register = Register.inMemory(clock);
 * register.add(usage); // stored at revision 1
 * List<AiUsage> found = register.query(UsageQuery.all().withText("FUITES")); // case and accents ignored
 * }</pre>
 */
public final class Register implements DatasetLookup {
  private static final Logger LOG = Logging.logger(Register.class);

  private final Clock clock;
  private final Map<UsageId, List<AiUsage>> usages = new ConcurrentSkipListMap<>();
  private final Map<DatasetId, Dataset> datasets = new ConcurrentSkipListMap<>();
  private final Object datasetLock = new Object();
  private final Map<String, Strategy> strategies = new ConcurrentSkipListMap<>();
  private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

  private Register(Clock clock) {
    this.clock = Check.notNull("clock", clock);
  }

  /**
   * Returns an empty register in memory.
   *
   * @param clock the source of the update instants of revisions and events
   * @return the register
   */
  public static Register inMemory(Clock clock) {
    return new Register(clock);
  }

  // --- usages ---------------------------------------------------------------------------------

  /**
   * Adds a usage at revision 1, stamped with the clock's instant.
   *
   * @param usage the usage, whatever revision it carries
   * @return the usage as stored
   * @throws ConflictException {@code register.duplicate} when the id is already in the register
   */
  public AiUsage add(AiUsage usage) {
    Check.notNull("usage", usage);
    Instant now = clock.instant();
    AiUsage stored = usage.toBuilder().metadata(usage.metadata().withRevision(1, now)).build();
    List<AiUsage> previous = usages.putIfAbsent(usage.id(), List.of(stored));
    if (previous != null) {
      throw new ConflictException(
          "id", "register.duplicate", Messages.raw("usage"), Messages.raw(usage.id()));
    }
    publish(new RegisterEvent.UsageAdded(now, stored));
    return stored;
  }

  /**
   * Stores a new revision of a usage.
   *
   * @param usage the changed usage, carrying the revision it was read at
   * @return the usage as stored, at the next revision
   * @throws ConflictException {@code register.notFound} when the id is not in the register, {@code
   *     register.staleRevision} when the register holds a later revision
   */
  public AiUsage replace(AiUsage usage) {
    Check.notNull("usage", usage);
    Instant now = clock.instant();
    AiUsage[] swap = new AiUsage[2];
    usages.compute(
        usage.id(),
        (id, history) -> {
          if (history == null) {
            throw new ConflictException(
                "id", "register.notFound", Messages.raw("usage"), Messages.raw(id));
          }
          AiUsage current = history.get(history.size() - 1);
          if (current.revision() != usage.revision()) {
            throw new ConflictException(
                "metadata.revision",
                "register.staleRevision",
                Messages.raw(id),
                Messages.raw(usage.revision()),
                Messages.raw(current.revision()));
          }
          AiUsage next =
              usage.toBuilder()
                  .metadata(usage.metadata().withRevision(current.revision() + 1, now))
                  .build();
          List<AiUsage> longer = new ArrayList<>(history.size() + 1);
          longer.addAll(history);
          longer.add(next);
          swap[0] = current;
          swap[1] = next;
          return List.copyOf(longer);
        });
    publish(new RegisterEvent.UsageReplaced(now, swap[0], swap[1]));
    return swap[1];
  }

  /**
   * Puts back a revision of a usage as it was written — its revision number, its creation and
   * update instants and every other field unchanged — as when a register is reloaded from a file
   * ({@code RegisterDocument.addTo} in governance-json). The revisions of one usage may come in any
   * order; they are kept sorted, and the one with the highest number is the latest. An event is
   * published when the revision becomes the latest: {@link RegisterEvent.UsageAdded} for a new id,
   * {@link RegisterEvent.UsageReplaced} otherwise.
   *
   * @param revision the revision, as written
   * @return the revision, unchanged
   * @throws ConflictException {@code register.duplicateRevision} when the register already holds
   *     this revision of this usage
   */
  public AiUsage restore(AiUsage revision) {
    Check.notNull("revision", revision);
    AiUsage[] swap = new AiUsage[2];
    usages.compute(
        revision.id(),
        (id, history) -> {
          if (history == null) {
            swap[1] = revision;
            return List.of(revision);
          }
          int at = 0;
          while (at < history.size() && history.get(at).revision() < revision.revision()) {
            at++;
          }
          if (at < history.size() && history.get(at).revision() == revision.revision()) {
            throw new ConflictException(
                "metadata.revision",
                "register.duplicateRevision",
                Messages.raw(id),
                Messages.raw(revision.revision()));
          }
          List<AiUsage> longer = new ArrayList<>(history.size() + 1);
          longer.addAll(history);
          longer.add(at, revision);
          if (at == history.size()) {
            swap[0] = history.get(history.size() - 1);
          }
          return List.copyOf(longer);
        });
    Instant now = clock.instant();
    if (swap[0] != null) {
      publish(new RegisterEvent.UsageReplaced(now, swap[0], revision));
    } else if (swap[1] != null) {
      publish(new RegisterEvent.UsageAdded(now, revision));
    }
    return revision;
  }

  /**
   * Removes a usage and all its revisions.
   *
   * @param id the usage id
   * @return the last revision
   * @throws ConflictException {@code register.notFound} when the id is not in the register
   */
  public AiUsage remove(UsageId id) {
    Check.notNull("id", id);
    List<AiUsage> history = usages.remove(id);
    if (history == null) {
      throw new ConflictException(
          "id", "register.notFound", Messages.raw("usage"), Messages.raw(id));
    }
    AiUsage last = history.get(history.size() - 1);
    publish(new RegisterEvent.UsageRemoved(clock.instant(), last));
    return last;
  }

  /** Returns the latest revision of a usage, if present. */
  public Optional<AiUsage> find(UsageId id) {
    Check.notNull("id", id);
    List<AiUsage> history = usages.get(id);
    return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** Returns the latest revision of a usage, if present; the id is parsed as a slug. */
  public Optional<AiUsage> find(String id) {
    return find(UsageId.of(id));
  }

  /** Returns a given revision of a usage, if present. */
  public Optional<AiUsage> find(UsageId id, int revision) {
    return revisions(id).stream().filter(u -> u.revision() == revision).findFirst();
  }

  /** Returns every revision of a usage, oldest first; empty when absent. */
  public List<AiUsage> revisions(UsageId id) {
    Check.notNull("id", id);
    return usages.getOrDefault(id, List.of());
  }

  /** Returns the latest revision of every usage, sorted by id. */
  public List<AiUsage> usages() {
    return usages.values().stream().map(h -> h.get(h.size() - 1)).toList();
  }

  /** Returns the usages matching a query, sorted by id. */
  public List<AiUsage> query(UsageQuery query) {
    Check.notNull("query", query);
    return usages().stream().filter(query::matches).toList();
  }

  /** Returns counts by stage, theme and authority kind. */
  public PortfolioStatistics statistics() {
    Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
    Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
    Map<AuthorityKind, Long> byKind = new EnumMap<>(AuthorityKind.class);
    long stageUnknown = 0;
    long themeUnknown = 0;
    List<AiUsage> all = usages();
    for (AiUsage u : all) {
      Stage stage = u.status() == null ? null : u.status().stage();
      Theme theme = u.purpose() == null ? null : u.purpose().theme();
      if (stage == null) {
        stageUnknown++;
      } else {
        byStage.merge(stage, 1L, Long::sum);
      }
      if (theme == null) {
        themeUnknown++;
      } else {
        byTheme.merge(theme, 1L, Long::sum);
      }
      byKind.merge(u.authority().kind(), 1L, Long::sum);
    }
    return new PortfolioStatistics(
        all.size(), datasets.size(), byStage, stageUnknown, byTheme, themeUnknown, byKind);
  }

  // --- datasets -------------------------------------------------------------------------------

  /**
   * Adds a dataset.
   *
   * @param dataset the dataset
   * @return the dataset
   * @throws ConflictException {@code register.duplicate} when the id exists, {@code
   *     register.derivationCycle} when its lineage would loop
   * @throws InvalidInputException {@code register.unknownDataset} when it derives from a dataset
   *     not in the register
   */
  public Dataset addDataset(Dataset dataset) {
    Check.notNull("dataset", dataset);
    synchronized (datasetLock) {
      if (datasets.containsKey(dataset.id())) {
        throw new ConflictException(
            "id", "register.duplicate", Messages.raw("dataset"), Messages.raw(dataset.id()));
      }
      checkLineage(dataset);
      datasets.put(dataset.id(), dataset);
    }
    publish(new RegisterEvent.DatasetAdded(clock.instant(), dataset));
    return dataset;
  }

  /**
   * Replaces a dataset with the same id.
   *
   * @param dataset the new description
   * @return the dataset
   * @throws ConflictException {@code register.notFound} when absent, {@code
   *     register.derivationCycle} when its lineage would loop
   */
  public Dataset replaceDataset(Dataset dataset) {
    Check.notNull("dataset", dataset);
    Dataset previous;
    synchronized (datasetLock) {
      previous = datasets.get(dataset.id());
      if (previous == null) {
        throw new ConflictException(
            "id", "register.notFound", Messages.raw("dataset"), Messages.raw(dataset.id()));
      }
      checkLineage(dataset);
      datasets.put(dataset.id(), dataset);
    }
    publish(new RegisterEvent.DatasetReplaced(clock.instant(), previous, dataset));
    return dataset;
  }

  /**
   * Removes a dataset that no usage and no other dataset refers to.
   *
   * @param id the dataset id
   * @return the removed dataset
   * @throws ConflictException {@code register.notFound}, {@code register.datasetIsSource} naming a
   *     dataset derived from it, or {@code register.datasetInUse} naming a usage that refers to it
   */
  public Dataset removeDataset(DatasetId id) {
    Check.notNull("id", id);
    Dataset removed;
    synchronized (datasetLock) {
      removed = datasets.get(id);
      if (removed == null) {
        throw new ConflictException(
            "id", "register.notFound", Messages.raw("dataset"), Messages.raw(id));
      }
      for (AiUsage u : usages()) {
        if (u.dataUse() != null
            && u.dataUse().datasets().stream().anyMatch(d -> d.dataset().equals(id))) {
          throw new ConflictException(
              "id", "register.datasetInUse", Messages.raw(id), Messages.raw(u.id()));
        }
      }
      for (Dataset d : datasets.values()) {
        if (d.derivedFrom().contains(id)) {
          throw new ConflictException(
              "id", "register.datasetIsSource", Messages.raw(id), Messages.raw(d.id()));
        }
      }
      datasets.remove(id);
    }
    publish(new RegisterEvent.DatasetRemoved(clock.instant(), removed));
    return removed;
  }

  @Override
  public Optional<Dataset> findDataset(DatasetId id) {
    Check.notNull("id", id);
    return Optional.ofNullable(datasets.get(id));
  }

  /** Returns every dataset, sorted by id. */
  @Override
  public List<Dataset> datasets() {
    return List.copyOf(datasets.values());
  }

  /**
   * Returns the dataset references of usages that do not resolve in the register, sorted by usage
   * and position: they are reported, never ignored.
   */
  public List<UnresolvedReference> unresolvedDatasetReferences() {
    List<UnresolvedReference> unresolved = new ArrayList<>();
    for (AiUsage u : usages()) {
      if (u.dataUse() == null) {
        continue;
      }
      List<DatasetUse> uses = u.dataUse().datasets();
      for (int i = 0; i < uses.size(); i++) {
        if (!datasets.containsKey(uses.get(i).dataset())) {
          unresolved.add(
              new UnresolvedReference(
                  u.id(), "dataUse.datasets[" + i + "].dataset", uses.get(i).dataset()));
        }
      }
    }
    return List.copyOf(unresolved);
  }

  /** Returns the datasets a usage refers to that are in the register, in the usage's order. */
  public List<Dataset> datasetsOf(AiUsage usage) {
    Check.notNull("usage", usage);
    if (usage.dataUse() == null) {
      return List.of();
    }
    return usage.dataUse().datasets().stream()
        .map(DatasetUse::dataset)
        .distinct()
        .map(datasets::get)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  // --- strategies -----------------------------------------------------------------------------

  /**
   * Stores the strategy of an authority, replacing the one filed under the same authority name
   * ({@link Strategy#key()}), and publishes {@link RegisterEvent.StrategyPut}.
   *
   * @param strategy the strategy, not null
   * @return the strategy it replaced, or empty when the authority had none
   */
  public Optional<Strategy> putStrategy(Strategy strategy) {
    Check.notNull("strategy", strategy);
    Strategy previous = strategies.put(strategy.key(), strategy);
    publish(new RegisterEvent.StrategyPut(clock.instant(), previous, strategy));
    return Optional.ofNullable(previous);
  }

  /**
   * Returns the strategy of an authority, if present.
   *
   * @param authorityName the authority's name, as its usages carry it
   * @return the strategy, or empty
   */
  public Optional<Strategy> findStrategy(String authorityName) {
    Check.notNull("authorityName", authorityName);
    return Optional.ofNullable(strategies.get(authorityName));
  }

  /** Returns every strategy, sorted by authority name. */
  public List<Strategy> strategies() {
    return List.copyOf(strategies.values());
  }

  /**
   * Removes the strategy of an authority.
   *
   * @param authorityName the authority's name
   * @return the removed strategy
   * @throws ConflictException {@code register.notFound} when the authority has none
   */
  public Strategy removeStrategy(String authorityName) {
    Check.notNull("authorityName", authorityName);
    Strategy removed = strategies.remove(authorityName);
    if (removed == null) {
      throw new ConflictException(
          "authorityName", "register.notFound", Messages.raw("strategy"), authorityName);
    }
    publish(new RegisterEvent.StrategyRemoved(clock.instant(), removed));
    return removed;
  }

  // --- events ---------------------------------------------------------------------------------

  /** Calls {@code listener} for every change; see the class description for threading. */
  public Subscription subscribe(Consumer<? super RegisterEvent> listener) {
    return subscribe(RegisterEvent.class, listener);
  }

  /**
   * Calls {@code listener} for every change of one type, such as {@code
   * RegisterEvent.UsageReplaced.class}.
   *
   * @param type the event type
   * @param listener the listener
   * @return the subscription, to cancel
   */
  public <E extends RegisterEvent> Subscription subscribe(
      Class<E> type, Consumer<? super E> listener) {
    Listener<E> registered =
        new Listener<>(Check.notNull("type", type), Check.notNull("listener", listener));
    listeners.add(registered);
    return () -> listeners.remove(registered);
  }

  private void publish(RegisterEvent event) {
    for (Listener<?> listener : listeners) {
      try {
        listener.offer(event);
      } catch (RuntimeException e) {
        LOG.warn("register: a listener failed on {}", event.getClass().getSimpleName(), e);
      }
    }
  }

  private void checkLineage(Dataset dataset) {
    for (int i = 0; i < dataset.derivedFrom().size(); i++) {
      DatasetId source = dataset.derivedFrom().get(i);
      if (!datasets.containsKey(source)) {
        throw new InvalidInputException(
            "derivedFrom[" + i + "]", "register.unknownDataset", Messages.raw(source));
      }
    }
    // Walk upstream from the new sources: meeting the dataset itself means a cycle.
    Deque<DatasetId> todo = new ArrayDeque<>(dataset.derivedFrom());
    Set<DatasetId> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      DatasetId id = todo.pop();
      if (id.equals(dataset.id())) {
        throw new ConflictException(
            "derivedFrom",
            "register.derivationCycle",
            Messages.raw(dataset.id()),
            Messages.raw(dataset.derivedFrom()));
      }
      Dataset known = datasets.get(id);
      if (seen.add(id) && known != null) {
        todo.addAll(known.derivedFrom());
      }
    }
  }

  private record Listener<E extends RegisterEvent>(Class<E> type, Consumer<? super E> consumer) {
    void offer(RegisterEvent event) {
      if (type.isInstance(event)) {
        consumer.accept(type.cast(event));
      }
    }
  }
}
