package eu.civicai.governance.spi;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Verdict;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.PortfolioStatistics;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A {@link RegisterStore} in memory, for tests, scripts and a single process; the reference the
 * database stores are checked against (they run the same contract tests).
 *
 * <p>Thread-safe: one lock guards all state, so every operation is atomic and isolated. Time comes
 * from the clock given at creation.
 */
public final class InMemoryRegisterStore implements RegisterStore {
  private final Clock clock;
  private final Object lock = new Object();
  private final Map<TenantId, TreeMap<UsageId, List<Row>>> usages = new HashMap<>();
  private final Map<TenantId, TreeMap<DatasetId, List<Dataset>>> datasets = new HashMap<>();
  private final Map<TenantId, List<Waiver>> waivers = new HashMap<>();
  private final Map<TenantId, Map<UsageId, List<StoredEvaluation>>> evaluations = new HashMap<>();
  private final Map<TenantId, TreeMap<String, List<Strategy>>> strategies = new HashMap<>();
  private final Map<TenantId, Group> groups = new HashMap<>();
  private final Map<TenantId, Set<TenantId>> joined = new HashMap<>();
  private final Map<String, List<LedgerEntry>> ledgerEntries = new HashMap<>();
  private final Map<String, List<StoredCheckpoint>> checkpoints = new HashMap<>();

  private final Usages usageRepository = new Usages();
  private final Datasets datasetRepository = new Datasets();
  private final Waivers waiverRepository = new Waivers();
  private final Evaluations evaluationRepository = new Evaluations();
  private final Strategies strategyRepository = new Strategies();
  private final Tenants tenantRepository = new Tenants();
  private final Ledgers ledgerRepository = new Ledgers();

  private InMemoryRegisterStore(Clock clock) {
    this.clock = Check.notNull("clock", clock);
  }

  /**
   * Returns an empty store.
   *
   * @param clock the source of the instants of revisions and checkpoints
   * @return the store
   */
  public static InMemoryRegisterStore create(Clock clock) {
    return new InMemoryRegisterStore(clock);
  }

  @Override
  public UsageRepository usages() {
    return usageRepository;
  }

  @Override
  public DatasetRepository datasets() {
    return datasetRepository;
  }

  @Override
  public WaiverRepository waivers() {
    return waiverRepository;
  }

  @Override
  public EvaluationRepository evaluations() {
    return evaluationRepository;
  }

  @Override
  public StrategyRepository strategies() {
    return strategyRepository;
  }

  @Override
  public TenantRepository tenants() {
    return tenantRepository;
  }

  @Override
  public LedgerRepository ledgers() {
    return ledgerRepository;
  }

  @Override
  public long importBatch(
      TenantId tenant, List<Dataset> datasetList, List<AiUsage> usageList, String author) {
    Check.notNull("tenant", tenant);
    List<Dataset> ds = Check.list("datasets", datasetList);
    List<AiUsage> us = Check.list("usages", usageList);
    Check.notBlank("author", author);
    synchronized (lock) {
      // The lists are checked first; under the lock nothing can fail between two writes.
      for (Dataset d : ds) {
        datasetRepository.put(tenant, d, author);
      }
      for (AiUsage u : us) {
        Optional<AiUsage> current = usageRepository.find(tenant, u.id());
        if (current.isPresent()) {
          usageRepository.replace(
              tenant,
              u.toBuilder()
                  .metadata(u.metadata().withRevision(current.get().revision(), null))
                  .build(),
              author);
        } else if (u.metadata().updatedAt() != null) {
          usageRepository.addAsRecorded(tenant, u, author);
        } else {
          usageRepository.add(tenant, u, author);
        }
      }
      return ds.size() + (long) us.size();
    }
  }

  private record Row(UsageRevision revision, AiActTier tier) {}

  private record Group(Set<TenantId> members, boolean shares) {}

  private static ConflictException notFound(String kind, Object id) {
    return new ConflictException("id", "register.notFound", Messages.raw(kind), Messages.raw(id));
  }

  private Set<TenantId> visible(TenantId tenant) {
    Set<TenantId> out = new TreeSet<>();
    out.add(tenant);
    for (Map.Entry<TenantId, Group> g : groups.entrySet()) {
      Set<TenantId> members = new TreeSet<>();
      members.add(g.getKey());
      for (TenantId m : g.getValue().members()) {
        if (joined.getOrDefault(m, Set.of()).contains(g.getKey())) {
          members.add(m);
        }
      }
      if (g.getValue().shares() && members.contains(tenant)) {
        out.addAll(members);
      }
    }
    return out;
  }

  private final class Usages implements UsageRepository {
    @Override
    public AiUsage add(TenantId tenant, AiUsage usage, String author) {
      Check.notNull("tenant", tenant);
      Check.notNull("usage", usage);
      Check.notBlank("author", author);
      synchronized (lock) {
        TreeMap<UsageId, List<Row>> own = usages.computeIfAbsent(tenant, t -> new TreeMap<>());
        if (own.containsKey(usage.id())) {
          throw new ConflictException(
              "id", "register.duplicate", Messages.raw("usage"), Messages.raw(usage.id()));
        }
        Instant now = clock.instant();
        AiUsage stored = usage.toBuilder().metadata(usage.metadata().withRevision(1, now)).build();
        List<Row> history = new ArrayList<>();
        history.add(row(tenant, null, stored, author, now));
        own.put(usage.id(), history);
        return stored;
      }
    }

    /** Stores a usage new to the tenant with the revision and instant it carries (imports). */
    void addAsRecorded(TenantId tenant, AiUsage usage, String author) {
      TreeMap<UsageId, List<Row>> own = usages.computeIfAbsent(tenant, t -> new TreeMap<>());
      List<Row> history = new ArrayList<>();
      history.add(row(tenant, null, usage, author, usage.metadata().updatedAt()));
      own.put(usage.id(), history);
    }

    @Override
    public AiUsage replace(TenantId tenant, AiUsage usage, String author) {
      Check.notNull("tenant", tenant);
      Check.notNull("usage", usage);
      Check.notBlank("author", author);
      synchronized (lock) {
        List<Row> history = usages.getOrDefault(tenant, new TreeMap<>()).get(usage.id());
        if (history == null) {
          throw notFound("usage", usage.id());
        }
        AiUsage current = history.get(history.size() - 1).revision().usage();
        if (current.revision() != usage.revision()) {
          throw new ConflictException(
              "metadata.revision",
              "register.staleRevision",
              Messages.raw(usage.id()),
              Messages.raw(usage.revision()),
              Messages.raw(current.revision()));
        }
        Instant now = clock.instant();
        AiUsage next =
            usage.toBuilder()
                .metadata(usage.metadata().withRevision(current.revision() + 1, now))
                .build();
        history.add(row(tenant, current, next, author, now));
        return next;
      }
    }

    private Row row(TenantId tenant, AiUsage before, AiUsage after, String author, Instant at) {
      return new Row(
          new UsageRevision(tenant, after, author, at, UsageChanges.between(before, after)),
          AiActClassifier.classify(after).tier());
    }

    @Override
    public Optional<AiUsage> find(TenantId tenant, UsageId id) {
      return latest(tenant, id).map(r -> r.revision().usage());
    }

    private Optional<Row> latest(TenantId tenant, UsageId id) {
      Check.notNull("tenant", tenant);
      Check.notNull("id", id);
      synchronized (lock) {
        List<Row> history = usages.getOrDefault(tenant, new TreeMap<>()).get(id);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
      }
    }

    @Override
    public Optional<AiUsage> find(TenantId tenant, UsageId id, int revision) {
      return history(tenant, id).stream()
          .filter(r -> r.revision() == revision)
          .map(UsageRevision::usage)
          .findFirst();
    }

    @Override
    public List<UsageRevision> history(TenantId tenant, UsageId id) {
      Check.notNull("tenant", tenant);
      Check.notNull("id", id);
      synchronized (lock) {
        List<Row> history = usages.getOrDefault(tenant, new TreeMap<>()).get(id);
        return history == null ? List.of() : history.stream().map(Row::revision).toList();
      }
    }

    @Override
    public Page<StoredUsage> query(TenantId tenant, UsageFilter filter, PageRequest page) {
      Check.notNull("tenant", tenant);
      Check.notNull("filter", filter);
      Check.notNull("page", page);
      synchronized (lock) {
        List<StoredUsage> items =
            matching(tenant, filter)
                .filter(s -> page.after().isEmpty() || s.key().compareTo(page.after()) > 0)
                .limit(page.limit() + 1L)
                .toList();
        if (items.size() > page.limit()) {
          List<StoredUsage> shown = items.subList(0, page.limit());
          return new Page<>(shown, Optional.of(shown.get(shown.size() - 1).key()));
        }
        return new Page<>(items, Optional.empty());
      }
    }

    @Override
    public long count(TenantId tenant, UsageFilter filter) {
      Check.notNull("tenant", tenant);
      Check.notNull("filter", filter);
      synchronized (lock) {
        return matching(tenant, filter).count();
      }
    }

    private Stream<StoredUsage> matching(TenantId tenant, UsageFilter filter) {
      Collection<TenantId> owners = filter.shared() ? visible(tenant) : Set.of(tenant);
      return owners.stream()
          .sorted()
          .flatMap(
              owner ->
                  usages.getOrDefault(owner, new TreeMap<>()).values().stream()
                      .map(h -> h.get(h.size() - 1))
                      .filter(r -> matches(owner, r, filter))
                      .map(r -> new StoredUsage(owner, r.revision().usage())))
          .sorted(Comparator.comparing(StoredUsage::key));
    }

    private boolean matches(TenantId owner, Row row, UsageFilter f) {
      AiUsage u = row.revision().usage();
      if (f.authoritySiren() != null
          && (u.authority().siren() == null || !u.authority().siren().equals(f.authoritySiren()))) {
        return false;
      }
      if (f.stage() != null && (u.status() == null || u.status().stage() != f.stage())) {
        return false;
      }
      if (f.theme() != null && (u.purpose() == null || u.purpose().theme() != f.theme())) {
        return false;
      }
      if (f.tier() != null && row.tier() != f.tier()) {
        return false;
      }
      if (f.verdict() != null) {
        Optional<StoredEvaluation> last =
            evaluationRepository.latest(owner, u.id(), f.verdictCharter());
        Verdict v = last.map(e -> e.report().verdict()).orElse(null);
        if (v != f.verdict()) {
          return false;
        }
      }
      if (f.text() != null) {
        return UsageFilter.fold(u.name()).contains(f.text())
            || u.summary() != null && UsageFilter.fold(u.summary()).contains(f.text());
      }
      return true;
    }

    @Override
    public PortfolioStatistics statistics(TenantId tenant) {
      Check.notNull("tenant", tenant);
      synchronized (lock) {
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
        Map<AuthorityKind, Long> byKind = new EnumMap<>(AuthorityKind.class);
        long stageUnknown = 0;
        long themeUnknown = 0;
        long count = 0;
        for (List<Row> h : usages.getOrDefault(tenant, new TreeMap<>()).values()) {
          AiUsage u = h.get(h.size() - 1).revision().usage();
          count++;
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
        long datasetCount = datasets.getOrDefault(tenant, new TreeMap<>()).size();
        return new PortfolioStatistics(
            count, datasetCount, byStage, stageUnknown, byTheme, themeUnknown, byKind);
      }
    }
  }

  private final class Datasets implements DatasetRepository {
    @Override
    public int put(TenantId tenant, Dataset dataset, String author) {
      Check.notNull("tenant", tenant);
      Check.notNull("dataset", dataset);
      Check.notBlank("author", author);
      synchronized (lock) {
        List<Dataset> history =
            datasets
                .computeIfAbsent(tenant, t -> new TreeMap<>())
                .computeIfAbsent(dataset.id(), id -> new ArrayList<>());
        history.add(dataset);
        return history.size();
      }
    }

    @Override
    public Optional<Dataset> find(TenantId tenant, DatasetId id) {
      Check.notNull("tenant", tenant);
      Check.notNull("id", id);
      synchronized (lock) {
        List<Dataset> history = datasets.getOrDefault(tenant, new TreeMap<>()).get(id);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
      }
    }

    @Override
    public int revisions(TenantId tenant, DatasetId id) {
      Check.notNull("tenant", tenant);
      Check.notNull("id", id);
      synchronized (lock) {
        return datasets.getOrDefault(tenant, new TreeMap<>()).getOrDefault(id, List.of()).size();
      }
    }

    @Override
    public List<Dataset> list(TenantId tenant) {
      Check.notNull("tenant", tenant);
      synchronized (lock) {
        return datasets.getOrDefault(tenant, new TreeMap<>()).values().stream()
            .map(h -> h.get(h.size() - 1))
            .toList();
      }
    }

    @Override
    public DatasetLookup lookup(TenantId tenant) {
      Check.notNull("tenant", tenant);
      return new DatasetLookup() {
        @Override
        public Optional<Dataset> findDataset(DatasetId id) {
          return find(tenant, id);
        }

        @Override
        public Collection<Dataset> datasets() {
          return list(tenant);
        }
      };
    }
  }

  private final class Waivers implements WaiverRepository {
    private final Comparator<Waiver> order =
        Comparator.comparing((Waiver w) -> w.usage().value())
            .thenComparing(Waiver::criterionId)
            .thenComparing(Waiver::grantedOn);

    @Override
    public void add(TenantId tenant, Waiver waiver) {
      Check.notNull("tenant", tenant);
      Check.notNull("waiver", waiver);
      synchronized (lock) {
        if (usageRepository.latest(tenant, waiver.usage()).isEmpty()) {
          throw notFound("usage", waiver.usage());
        }
        List<Waiver> own = waivers.computeIfAbsent(tenant, t -> new ArrayList<>());
        for (Waiver w : own) {
          if (order.compare(w, waiver) == 0) {
            throw new ConflictException(
                "criterionId",
                "register.duplicate",
                Messages.raw("waiver"),
                Messages.raw(waiver.criterionId()));
          }
        }
        own.add(waiver);
        own.sort(order);
      }
    }

    @Override
    public List<Waiver> list(TenantId tenant, UsageId usage) {
      Check.notNull("usage", usage);
      return list(tenant).stream().filter(w -> w.usage().equals(usage)).toList();
    }

    @Override
    public List<Waiver> list(TenantId tenant) {
      Check.notNull("tenant", tenant);
      synchronized (lock) {
        return List.copyOf(waivers.getOrDefault(tenant, List.of()));
      }
    }
  }

  private final class Evaluations implements EvaluationRepository {
    @Override
    public StoredEvaluation record(TenantId tenant, EvaluationReport report) {
      Check.notNull("tenant", tenant);
      Check.notNull("report", report);
      synchronized (lock) {
        if (usageRepository.latest(tenant, report.usage()).isEmpty()) {
          throw notFound("usage", report.usage());
        }
        List<StoredEvaluation> own =
            evaluations
                .computeIfAbsent(tenant, t -> new HashMap<>())
                .computeIfAbsent(report.usage(), u -> new ArrayList<>());
        StoredEvaluation stored = new StoredEvaluation(tenant, own.size() + 1L, report);
        own.add(stored);
        return stored;
      }
    }

    @Override
    public List<StoredEvaluation> history(TenantId tenant, UsageId usage) {
      Check.notNull("tenant", tenant);
      Check.notNull("usage", usage);
      synchronized (lock) {
        return List.copyOf(
            evaluations.getOrDefault(tenant, Map.of()).getOrDefault(usage, List.of()));
      }
    }

    @Override
    public Optional<StoredEvaluation> latest(TenantId tenant, UsageId usage, String charterId) {
      Check.notBlank("charterId", charterId);
      List<StoredEvaluation> all = history(tenant, usage);
      for (int i = all.size() - 1; i >= 0; i--) {
        if (all.get(i).report().charterId().equals(charterId)) {
          return Optional.of(all.get(i));
        }
      }
      return Optional.empty();
    }
  }

  private final class Strategies implements StrategyRepository {
    @Override
    public int put(TenantId tenant, Strategy strategy, String author) {
      Check.notNull("tenant", tenant);
      Check.notNull("strategy", strategy);
      Check.notBlank("author", author);
      synchronized (lock) {
        List<Strategy> history =
            strategies
                .computeIfAbsent(tenant, t -> new TreeMap<>())
                .computeIfAbsent(strategy.key(), k -> new ArrayList<>());
        history.add(strategy);
        return history.size();
      }
    }

    @Override
    public Optional<Strategy> find(TenantId tenant, String authorityName) {
      Check.notNull("tenant", tenant);
      Check.notNull("authorityName", authorityName);
      synchronized (lock) {
        List<Strategy> history =
            strategies.getOrDefault(tenant, new TreeMap<>()).get(authorityName);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
      }
    }

    @Override
    public int revisions(TenantId tenant, String authorityName) {
      Check.notNull("tenant", tenant);
      Check.notNull("authorityName", authorityName);
      synchronized (lock) {
        return strategies
            .getOrDefault(tenant, new TreeMap<>())
            .getOrDefault(authorityName, List.of())
            .size();
      }
    }

    @Override
    public List<Strategy> list(TenantId tenant) {
      Check.notNull("tenant", tenant);
      synchronized (lock) {
        return strategies.getOrDefault(tenant, new TreeMap<>()).values().stream()
            .map(h -> h.get(h.size() - 1))
            .toList();
      }
    }
  }

  private final class Tenants implements TenantRepository {
    @Override
    public void declareGroup(TenantId group, Collection<TenantId> members, boolean sharesUsages) {
      Check.notNull("group", group);
      Set<TenantId> copy = new TreeSet<>(Check.list("members", members));
      synchronized (lock) {
        groups.put(group, new Group(Set.copyOf(copy), sharesUsages));
      }
    }

    @Override
    public void join(TenantId member, TenantId group) {
      Check.notNull("member", member);
      Check.notNull("group", group);
      synchronized (lock) {
        joined.computeIfAbsent(member, m -> new TreeSet<>()).add(group);
      }
    }

    @Override
    public Set<TenantId> visibleTo(TenantId tenant) {
      Check.notNull("tenant", tenant);
      synchronized (lock) {
        return Set.copyOf(visible(tenant));
      }
    }
  }

  private final class Ledgers implements LedgerRepository {
    private String key(TenantId tenant, String name) {
      Check.notNull("tenant", tenant);
      return tenant.value() + "/" + LedgerRepository.checkName(name);
    }

    @Override
    public LedgerStore ledger(TenantId tenant, String name) {
      String key = key(tenant, name);
      return new LedgerStore() {
        @Override
        public void append(LedgerEntry entry) {
          appendAll(tenant, name, List.of(Check.notNull("entry", entry)));
        }

        @Override
        public long size() {
          synchronized (lock) {
            return ledgerEntries.getOrDefault(key, List.of()).size();
          }
        }

        @Override
        public Stream<LedgerEntry> entries() {
          synchronized (lock) {
            return List.copyOf(ledgerEntries.getOrDefault(key, List.of())).stream();
          }
        }
      };
    }

    @Override
    public void appendAll(TenantId tenant, String name, List<LedgerEntry> entries) {
      String key = key(tenant, name);
      List<LedgerEntry> batch = Check.list("entries", entries);
      synchronized (lock) {
        List<LedgerEntry> stored = ledgerEntries.computeIfAbsent(key, k -> new ArrayList<>());
        long next = stored.size() + 1L;
        for (int i = 0; i < batch.size(); i++) {
          if (batch.get(i).sequence() != next + i) {
            throw new ConflictException(
                "entries[" + i + "].sequence",
                "ledger.sequence",
                Messages.raw(batch.get(i).sequence()),
                Messages.raw(next + i));
          }
        }
        stored.addAll(batch);
      }
    }

    @Override
    public StoredCheckpoint saveCheckpoint(TenantId tenant, String name, Checkpoint checkpoint) {
      String key = key(tenant, name);
      Check.notNull("checkpoint", checkpoint);
      synchronized (lock) {
        StoredCheckpoint stored = new StoredCheckpoint(tenant, name, clock.instant(), checkpoint);
        checkpoints.computeIfAbsent(key, k -> new ArrayList<>()).add(stored);
        return stored;
      }
    }

    @Override
    public List<StoredCheckpoint> checkpoints(TenantId tenant, String name) {
      String key = key(tenant, name);
      synchronized (lock) {
        return List.copyOf(checkpoints.getOrDefault(key, List.of()));
      }
    }
  }
}
