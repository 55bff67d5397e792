package eu.civicai.governance.data;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.ByteSink;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Logging;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.LedgerStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The tamper-evident ledger of dataset lifecycle events: one total order, sequence numbers from 1
 * without gaps, each entry's hash covering the previous hash and the entry's canonical bytes
 * ({@link LedgerFormat}).
 *
 * <p>It refuses what cannot have happened, with {@link InvalidInputException} for an unknown
 * dataset and {@link ConflictException} otherwise, and leaves the ledger unchanged:
 *
 * <ul>
 *   <li>an event in the future of the ledger's clock, or before the last event (time never goes
 *       backwards);
 *   <li>a first event on a dataset that is not a collection, an import or a derivation;
 *   <li>any event after a deletion but an erasure fulfilment or a breach detection;
 *   <li>a derivation from an unknown or deleted dataset, or one that makes a cycle;
 *   <li>placing a legal hold already in place, lifting one that is not, fulfilling an erasure
 *       nobody requested.
 * </ul>
 *
 * <p>It records what may be a violation and reports it as a {@link Concern}: a use for a purpose
 * the dataset did not declare, personal data shared outside the EU without a declared safeguard, a
 * breach.
 *
 * <p>Thread-safe: appends are serialised; queries see the state after a whole append, never part of
 * one. Time comes from the clock given at creation; retention dates are computed in that clock's
 * zone.
 *
 * <p>Example:
 *
 * <pre class="example">{@code
 * Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
 * Register register = Register.inMemory(clock);
 * Dataset meters =
 *     register.addDataset(
 *         Dataset.builder("telereleve")
 *             .name("Télérelève des compteurs")
 *             .personalData(PersonalDataLevel.NONE)
 *             .build());
 * Ledger ledger = Ledger.inMemory(register, clock); // datasets are looked up in the register
 * ledger.append(LifecycleEvent.collected(meters.id()).by("service de l'eau"));
 * Checkpoint checkpoint = ledger.checkpoint(); // what an auditor keeps
 * LedgerVerification verification = ledger.verify(checkpoint); // intact, or where and why not
 * }</pre>
 */
public final class Ledger {
  private static final Logger LOG = Logging.logger(Ledger.class);
  private static final Set<EventKind> ORIGINS =
      EnumSet.of(EventKind.COLLECTED, EventKind.IMPORTED, EventKind.DERIVED);
  private static final Set<EventKind> AFTER_DELETION =
      EnumSet.of(EventKind.ERASURE_FULFILLED, EventKind.BREACH_DETECTED);

  private final LedgerStore store;
  private final DatasetLookup datasets;
  private final Clock clock;
  private final Map<DatasetId, DatasetTrack> tracks = new HashMap<>();
  private final List<Concern> concerns = new ArrayList<>();
  private final List<PersonalDataUse> personalUses = new ArrayList<>();
  private long size;
  private String head = LedgerFormat.GENESIS_HASH;
  private byte[] headRaw = ChainHasher.GENESIS; // the head as bytes: no hex parsing per append
  private final ChainHasher hasher = new ChainHasher(); // used under the lock: no thread-local
  private Instant lastInstant;

  private Ledger(LedgerStore store, DatasetLookup datasets, Clock clock) {
    this.store = Check.notNull("store", store);
    this.datasets = Check.notNull("datasets", datasets);
    this.clock = Check.notNull("clock", clock);
  }

  /**
   * Returns an empty ledger kept in memory.
   *
   * @param datasets where datasets are looked up, usually the register
   * @param clock the source of time and of the zone for retention dates
   * @return the ledger
   */
  public static Ledger inMemory(DatasetLookup datasets, Clock clock) {
    return new Ledger(LedgerStore.inMemory(), datasets, clock);
  }

  /**
   * Opens a ledger over a store, replaying its entries to rebuild the state. Every entry is checked
   * as {@link #verify()} checks it (its sequence number, the hash it follows, its own hash) before
   * it is replayed: an entry verification would refuse is never replayed. To check the store
   * against what an auditor kept, call {@link #verify(Checkpoint)} as well: only a checkpoint
   * detects a truncation or a history rewritten from the start.
   *
   * @param store the store, possibly holding entries
   * @param datasets where datasets are looked up
   * @param clock the source of time
   * @return the ledger, appending after the store's last entry
   * @throws InvalidInputException when an entry breaks the chain (rule {@code
   *     ledger.problem.HASH_MISMATCH}, {@code ledger.problem.SEQUENCE_MISMATCH} or {@code
   *     ledger.problem.PREVIOUS_HASH_MISMATCH}, naming its sequence number), or the store gives no
   *     entry ({@code ledger.unreadable.missing}); the store's own exception when it cannot read an
   *     entry (a ledger file says which line and why)
   */
  public static Ledger open(LedgerStore store, DatasetLookup datasets, Clock clock) {
    Ledger ledger = new Ledger(store, datasets, clock);
    LedgerVerifier.Chain chain = LedgerVerifier.fromGenesis();
    try (Stream<LedgerEntry> entries = store.entries()) {
      java.util.Iterator<LedgerEntry> it = entries.iterator();
      while (it.hasNext()) {
        LedgerEntry entry = it.next();
        LedgerVerification.Problem problem = chain.next(entry);
        if (problem == LedgerVerification.Problem.UNREADABLE) {
          throw new InvalidInputException(
              "entries[" + chain.expected() + "]", "ledger.unreadable.missing");
        }
        if (problem != null) {
          throw new InvalidInputException(
              "entries[" + chain.expected() + "]",
              "ledger.problem." + problem.name(),
              Messages.raw(chain.expected()));
        }
        ledger.apply(entry, datasets.findDataset(entry.event().dataset()).orElse(null));
        ledger.headRaw = chain.previousRaw();
      }
    }
    return ledger;
  }

  /**
   * Appends an event, stamping the clock's instant when the event has none.
   *
   * @param event the event
   * @return the entry appended, with its sequence number and hash
   * @throws InvalidInputException when the dataset or a source is not in the register
   * @throws ConflictException when the event cannot have happened; the ledger is unchanged
   */
  public synchronized LedgerEntry append(LifecycleEvent event) {
    Check.notNull("event", event);
    Instant now = clock.instant();
    LifecycleEvent stamped = event.at() == null ? event.withAt(now) : event;
    Dataset dataset = check(stamped, now);
    long sequence = size + 1;
    byte[] raw = hasher.hash(headRaw, sequence, stamped);
    LedgerEntry entry = new LedgerEntry(sequence, stamped, head, ByteSink.hex(raw));
    store.append(entry); // throws before any change of state when it cannot store
    apply(entry, dataset);
    headRaw = raw;
    if (LOG.isDebugEnabled()) {
      LOG.debug("ledger: appended {} {} as {}", stamped.kind(), stamped.dataset(), sequence);
    }
    return entry;
  }

  /** Builds the event and appends it; see {@link #append(LifecycleEvent)}. */
  public LedgerEntry append(LifecycleEvent.Builder event) {
    return append(Check.notNull("event", event).build());
  }

  /** Returns how many entries the ledger holds. */
  public synchronized long size() {
    return size;
  }

  /** Returns the checkpoint of the ledger as it is now: count and head hash. */
  public synchronized Checkpoint checkpoint() {
    return new Checkpoint(size, head);
  }

  /**
   * Returns every entry, in order, as an unmodifiable list read from the store now. For long
   * ledgers prefer {@link #stream()}, which does not hold them all in memory.
   *
   * @return the entries; empty for an empty ledger
   */
  public List<LedgerEntry> entries() {
    try (Stream<LedgerEntry> entries = store.entries()) {
      return entries.toList();
    }
  }

  /**
   * Returns the entries in order, read from the store as the stream is consumed (a store over a
   * file reads it lazily, so memory stays flat). Entries are immutable: the stream gives read-only
   * access, and writing goes through {@link #append} only. The stream sees the entries stored when
   * it was opened; the caller closes it, which releases what the store holds open for it.
   *
   * <pre>{@code
   * try (Stream<LedgerEntry> entries = ledger.stream()) {
   *   long collected = entries.filter(e -> e.event().kind() == EventKind.COLLECTED).count();
   * }
   * }</pre>
   *
   * @return the entries, to be closed after use
   */
  public Stream<LedgerEntry> stream() {
    return store.entries();
  }

  /** Verifies the stored chain; see {@link LedgerVerifier#verify(Iterable)}. */
  public LedgerVerification verify() {
    return verify(null);
  }

  /**
   * Verifies the stored entries against a checkpoint, recomputing every hash.
   *
   * @param checkpoint what an auditor kept; null to check the chain only
   * @return intact, or the first bad sequence number and why
   */
  public LedgerVerification verify(@Nullable Checkpoint checkpoint) {
    try (Stream<LedgerEntry> entries = store.entries()) {
      return LedgerVerifier.verify(entries::iterator, checkpoint);
    }
  }

  /** Returns the state of a dataset from its events (NOT_STARTED when it has none). */
  public synchronized DatasetState state(DatasetId dataset) {
    Check.notNull("dataset", dataset);
    DatasetTrack track = tracks.get(dataset);
    return track == null ? new DatasetTrack(dataset).snapshot() : track.snapshot();
  }

  /** Returns the entries of one dataset, in order. */
  public synchronized List<LedgerEntry> history(DatasetId dataset) {
    Check.notNull("dataset", dataset);
    DatasetTrack track = tracks.get(dataset);
    return track == null ? List.of() : List.copyOf(track.history);
  }

  /**
   * Returns where a dataset stands against its retention rule.
   *
   * @param dataset the dataset
   * @return the status, or empty when the dataset has no retention rule or is unknown
   */
  public synchronized Optional<RetentionStatus> retention(DatasetId dataset) {
    Check.notNull("dataset", dataset);
    Optional<Dataset> known = datasets.findDataset(dataset);
    if (known.isEmpty() || known.get().retention() == null) {
      return Optional.empty();
    }
    DatasetTrack track = tracks.getOrDefault(dataset, new DatasetTrack(dataset));
    return Optional.of(Retention.status(known.get().retention(), track, clock.getZone()));
  }

  /** Returns the datasets whose end action is overdue now, by due date. */
  public List<RetentionStatus> overdue() {
    return overdue(clock.instant());
  }

  /**
   * Returns the datasets whose end action was due before {@code at} and not recorded, legal holds
   * respected, earliest first.
   *
   * @param at the instant to judge at
   * @return the overdue retention statuses
   */
  public synchronized List<RetentionStatus> overdue(Instant at) {
    Check.notNull("at", at);
    return retentions().filter(r -> r.isOverdueAt(at)).toList();
  }

  /**
   * Returns the deadlines falling from {@code at} (inclusive) to {@code at + window} (inclusive),
   * not yet fulfilled and not suspended, earliest first.
   *
   * @param at the start of the window
   * @param window the length of the window, not negative
   * @return the upcoming retention statuses
   */
  public synchronized List<RetentionStatus> deadlinesWithin(Instant at, Duration window) {
    Check.notNull("at", at);
    Check.notNull("window", window);
    if (window.isNegative()) {
      throw new InvalidInputException("window", "notNegative", Messages.raw(window));
    }
    Instant end;
    try {
      end = at.plus(window);
    } catch (java.time.DateTimeException | ArithmeticException beyondCalendar) {
      end = Instant.MAX; // a window past the last instant holds every later deadline
    }
    Instant last = end;
    return retentions()
        .filter(r -> !r.fulfilled() && r.dueAt() != null)
        .filter(r -> !r.dueAt().isBefore(at) && !r.dueAt().isAfter(last))
        .toList();
  }

  /**
   * Returns every dataset a dataset derives from, directly or not, from the register's declared
   * lineage and the ledger's derivations, sorted by id.
   */
  public synchronized Set<DatasetId> upstream(DatasetId dataset) {
    Check.notNull("dataset", dataset);
    return closure(dataset, this::sourcesOf);
  }

  /** Returns every dataset derived from a dataset, directly or not, sorted by id. */
  public synchronized Set<DatasetId> downstream(DatasetId dataset) {
    Check.notNull("dataset", dataset);
    Map<DatasetId, Set<DatasetId>> derived = new HashMap<>();
    Set<DatasetId> all = new LinkedHashSet<>(tracks.keySet());
    datasets.datasets().forEach(d -> all.add(d.id()));
    for (DatasetId id : all) {
      for (DatasetId source : sourcesOf(id)) {
        derived.computeIfAbsent(source, k -> new TreeSet<>()).add(id);
      }
    }
    return closure(dataset, id -> derived.getOrDefault(id, Set.of()));
  }

  /** Returns the uses of personal data by AI usages, in ledger order. */
  public synchronized List<PersonalDataUse> personalDataUses() {
    return List.copyOf(personalUses);
  }

  /** Returns what the ledger recorded that may be a violation, in ledger order. */
  public synchronized List<Concern> concerns() {
    return List.copyOf(concerns);
  }

  private java.util.stream.Stream<RetentionStatus> retentions() {
    Map<DatasetId, RetentionStatus> byId = new TreeMap<>();
    for (Dataset d : datasets.datasets()) {
      if (d.retention() != null) {
        DatasetTrack track = tracks.getOrDefault(d.id(), new DatasetTrack(d.id()));
        byId.put(d.id(), Retention.status(d.retention(), track, clock.getZone()));
      }
    }
    return byId.values().stream()
        .sorted(
            Comparator.comparing(
                RetentionStatus::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
  }

  private Set<DatasetId> sourcesOf(DatasetId id) {
    Set<DatasetId> sources = new TreeSet<>();
    datasets.findDataset(id).ifPresent(d -> sources.addAll(d.derivedFrom()));
    DatasetTrack track = tracks.get(id);
    if (track != null) {
      sources.addAll(track.sources);
    }
    return sources;
  }

  private static Set<DatasetId> closure(
      DatasetId start, java.util.function.Function<DatasetId, Set<DatasetId>> next) {
    Set<DatasetId> seen = new TreeSet<>();
    Deque<DatasetId> todo = new ArrayDeque<>(next.apply(start));
    while (!todo.isEmpty()) {
      DatasetId id = todo.pop();
      if (!id.equals(start) && seen.add(id)) {
        todo.addAll(next.apply(id));
      }
    }
    return java.util.Collections.unmodifiableSet(seen);
  }

  // --- checks before an append -------------------------------------------------------------

  private Dataset check(LifecycleEvent e, Instant now) {
    DatasetId id = e.dataset();
    Dataset dataset =
        datasets
            .findDataset(id)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "dataset", "register.unknownDataset", Messages.raw(id)));
    if (e.at().isAfter(now)) {
      throw new ConflictException("at", "ledger.future", Messages.raw(e.at()), Messages.raw(now));
    }
    if (lastInstant != null && e.at().isBefore(lastInstant)) {
      throw new ConflictException(
          "at", "ledger.timeBackwards", Messages.raw(e.at()), Messages.raw(lastInstant));
    }
    DatasetTrack track = tracks.get(id);
    String kind = e.kind().name();
    if ((track == null || track.originAt == null) && !ORIGINS.contains(e.kind())) {
      throw new ConflictException(
          "kind", "ledger.notStarted", Messages.raw(id), Messages.raw(kind));
    }
    if (track != null && track.deleted() && !AFTER_DELETION.contains(e.kind())) {
      throw new ConflictException(
          "kind",
          "ledger.afterDeletion",
          Messages.raw(id),
          Messages.raw(track.deletedAtSequence),
          Messages.raw(kind));
    }
    switch (e.kind()) {
      case DERIVED -> checkSources(e);
      case LEGAL_HOLD_PLACED -> {
        if (track.activeHolds.containsKey(e.holdReference())) {
          throw new ConflictException(
              "holdReference", "ledger.holdAlreadyPlaced", e.holdReference(), Messages.raw(id));
        }
      }
      case LEGAL_HOLD_LIFTED -> {
        if (!track.activeHolds.containsKey(e.holdReference())) {
          throw new ConflictException(
              "holdReference", "ledger.holdNotPlaced", e.holdReference(), Messages.raw(id));
        }
      }
      case ERASURE_FULFILLED -> {
        if (track.pendingErasures == 0) {
          throw new ConflictException("kind", "ledger.erasureNotRequested", Messages.raw(id));
        }
      }
      default -> {
        // No further rule.
      }
    }
    return dataset;
  }

  private void checkSources(LifecycleEvent e) {
    for (int i = 0; i < e.sources().size(); i++) {
      DatasetId source = e.sources().get(i);
      String field = "sources[" + i + "]";
      if (datasets.findDataset(source).isEmpty()) {
        throw new InvalidInputException(field, "register.unknownDataset", Messages.raw(source));
      }
      DatasetTrack sourceTrack = tracks.get(source);
      if (sourceTrack != null && sourceTrack.deleted()) {
        throw new ConflictException(
            field,
            "ledger.sourceDeleted",
            Messages.raw(source),
            Messages.raw(sourceTrack.deletedAtSequence));
      }
      if (source.equals(e.dataset()) || upstream(source).contains(e.dataset())) {
        throw new ConflictException(
            field, "register.derivationCycle", Messages.raw(e.dataset()), Messages.raw(source));
      }
    }
  }

  // --- state changes, which cannot fail --------------------------------------------------------

  private void apply(LedgerEntry entry, Dataset dataset) {
    LifecycleEvent e = entry.event();
    tracks.computeIfAbsent(e.dataset(), DatasetTrack::new).apply(entry);
    size = entry.sequence();
    head = entry.hash();
    lastInstant = e.at();
    if (dataset != null) {
      record(entry, dataset);
    }
  }

  private void record(LedgerEntry entry, Dataset dataset) {
    LifecycleEvent e = entry.event();
    boolean use =
        e.kind() == EventKind.USED_FOR_TRAINING || e.kind() == EventKind.USED_FOR_INFERENCE;
    if (use && !dataset.declares(e.purpose())) {
      concerns.add(
          new Concern(
              ConcernKind.UNDECLARED_PURPOSE,
              entry.sequence(),
              e.dataset(),
              e.usage(),
              e.purpose()));
    }
    if (use && dataset.isPersonal()) {
      personalUses.add(
          new PersonalDataUse(
              e.usage(),
              e.dataset(),
              dataset.personalData(),
              e.kind(),
              e.purpose(),
              entry.sequence(),
              e.at()));
    }
    if (e.kind() == EventKind.SHARED
        && dataset.isPersonal()
        && e.recipientRegion() == HostingRegion.OUTSIDE_EU
        && dataset.transfers().stream().noneMatch(Transfer::hasSafeguard)) {
      concerns.add(
          new Concern(
              ConcernKind.PERSONAL_DATA_OUTSIDE_EU,
              entry.sequence(),
              e.dataset(),
              null,
              e.recipient()));
    }
    if (e.kind() == EventKind.BREACH_DETECTED) {
      concerns.add(new Concern(ConcernKind.BREACH, entry.sequence(), e.dataset(), null, e.note()));
    }
  }
}
