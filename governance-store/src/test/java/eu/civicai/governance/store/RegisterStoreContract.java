package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.PortfolioStatistics;
import eu.civicai.governance.spi.Page;
import eu.civicai.governance.spi.PageRequest;
import eu.civicai.governance.spi.RegisterStore;
import eu.civicai.governance.spi.StoredEvaluation;
import eu.civicai.governance.spi.StoredUsage;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.spi.UsageRevision;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RegisterStore} keeps, run unchanged against the in-memory store, SQLite
 * and PostgreSQL: each subclass only says how to make an empty store.
 */
abstract class RegisterStoreContract {
  static final TenantId SICOVAL = TenantId.of("243100633");
  static final TenantId COMMUNE_A = Tenants.tenant(21310555);
  static final TenantId COMMUNE_B = Tenants.tenant(21310666);
  static final Authority SICOVAL_AUTHORITY =
      Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION).withSiren("243100633");

  /** A clock that ticks one second per reading, so that instants differ and are known. */
  final Clock clock = new TickingClock(Instant.parse("2026-03-01T08:00:00Z"));

  RegisterStore store;

  /** Returns an empty store using the given clock. */
  abstract RegisterStore newStore(Clock clock) throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = newStore(clock);
  }

  @AfterEach
  void close() {
    if (store != null) { // null when the PostgreSQL case was skipped in @BeforeEach
      store.close();
    }
  }

  static AiUsage usage(String id, String name) {
    return AiUsage.builder(id).name(name).authority(SICOVAL_AUTHORITY).build();
  }

  @Test
  void add_storesRevisionOneStampedByTheClock() {
    AiUsage stored = store.usages().add(SICOVAL, usage("fuites", "Détection des fuites"), "dpo");

    assertThat(stored.revision()).isEqualTo(1);
    assertThat(stored.metadata().updatedAt()).isNotNull();
    assertThat(store.usages().find(SICOVAL, UsageId.of("fuites"))).contains(stored);
  }

  @Test
  void add_sameIdInOneTenant_isConflict_butAnotherTenantMayUseIt() {
    store.usages().add(SICOVAL, usage("chatbot", "Agent"), "dpo");

    assertThatThrownBy(() -> store.usages().add(SICOVAL, usage("chatbot", "Autre"), "dpo"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`id`: usage chatbot is already in the register");
    AiUsage other = store.usages().add(COMMUNE_A, usage("chatbot", "Agent de la commune"), "dpo");

    assertThat(other.revision()).isEqualTo(1);
    assertThat(store.usages().find(SICOVAL, UsageId.of("chatbot")).orElseThrow().name())
        .isEqualTo("Agent");
    assertThat(store.usages().find(COMMUNE_A, UsageId.of("chatbot")).orElseThrow().name())
        .isEqualTo("Agent de la commune");
  }

  @Test
  void find_withAnotherTenantsId_findsNothing() {
    store.usages().add(COMMUNE_B, usage("secret", "Usage de B"), "dpo");

    assertThat(store.usages().find(COMMUNE_A, UsageId.of("secret"))).isEmpty();
    assertThat(store.usages().history(COMMUNE_A, UsageId.of("secret"))).isEmpty();
    assertThat(store.usages().query(COMMUNE_A, UsageFilter.all(), PageRequest.first(10)).items())
        .isEmpty();
    assertThatThrownBy(
            () -> store.usages().replace(COMMUNE_A, usage("secret", "Écrasé par A"), "intrus"))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).rule())
        .isEqualTo("register.notFound");
    assertThat(store.usages().find(COMMUNE_B, UsageId.of("secret")).orElseThrow().name())
        .isEqualTo("Usage de B");
  }

  @Test
  void replace_storesTheNextRevision_andHistorySaysWhoWhenAndWhat() {
    AiUsage first = store.usages().add(SICOVAL, usage("fuites", "Fuites"), "dpo");
    AiUsage second =
        store
            .usages()
            .replace(
                SICOVAL,
                first.toBuilder().name("Détection des fuites").summary("Réseau d'eau").build(),
                "chef-de-projet");
    AiUsage third =
        store
            .usages()
            .replace(
                SICOVAL, second.toBuilder().status(s -> s.stage(Stage.DEPLOYMENT)).build(), "dpo");

    assertThat(third.revision()).isEqualTo(3);
    List<UsageRevision> history = store.usages().history(SICOVAL, UsageId.of("fuites"));
    assertThat(history).extracting(UsageRevision::revision).containsExactly(1, 2, 3);
    assertThat(history)
        .extracting(UsageRevision::author)
        .containsExactly("dpo", "chef-de-projet", "dpo");
    assertThat(history.get(1).changed()).containsExactly("name", "summary");
    assertThat(history.get(2).changed()).containsExactly("status");
    assertThat(history.get(0).changed()).contains("id", "name", "authority");
    assertThat(history.get(1).at()).isAfter(history.get(0).at());
    assertThat(history.get(1).usage()).isEqualTo(second);
    assertThat(store.usages().find(SICOVAL, UsageId.of("fuites"), 1)).contains(first);
    assertThat(store.usages().find(SICOVAL, UsageId.of("fuites"))).contains(third);
  }

  @Test
  void replace_staleRevision_isConflictInBothLanguages_andChangesNothing() {
    AiUsage first = store.usages().add(SICOVAL, usage("fuites", "Fuites"), "dpo");
    store.usages().replace(SICOVAL, first.toBuilder().name("Deuxième").build(), "dpo");

    assertThatThrownBy(
            () -> store.usages().replace(SICOVAL, first.toBuilder().name("Perdu").build(), "dpo"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("register.staleRevision");
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo(
                      "`metadata.revision`: usage fuites was changed meanwhile; replacing"
                          + " revision 1, but the register holds revision 2");
              assertThat(e.message(Locale.FRENCH)).contains("fuites").contains("révision");
            });
    assertThat(store.usages().find(SICOVAL, UsageId.of("fuites")).orElseThrow().name())
        .isEqualTo("Deuxième");
    assertThat(store.usages().history(SICOVAL, UsageId.of("fuites"))).hasSize(2);
  }

  @Test
  void replace_unknownUsage_isNotFound() {
    assertThatThrownBy(() -> store.usages().replace(SICOVAL, usage("absent", "A"), "dpo"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`id`: usage absent is not in the register");
  }

  @Test
  void nulls_areRefusedWithTheLibrarysException() {
    assertThatThrownBy(() -> store.usages().add(null, usage("a", "A"), "dpo"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tenant");
    assertThatThrownBy(() -> store.usages().add(SICOVAL, usage("a", "A"), " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("author");
    assertThatThrownBy(() -> store.usages().query(SICOVAL, null, PageRequest.first(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void query_filtersByStageThemeAuthorityTierAndFoldedText() {
    store
        .usages()
        .add(
            SICOVAL,
            AiUsage.builder("fuites")
                .name("Détection des FUITES")
                .authority(SICOVAL_AUTHORITY)
                .status(s -> s.stage(Stage.DEPLOYMENT))
                .purpose(p -> p.theme(Theme.ECOLOGICAL_TRANSITION))
                .build(),
            "dpo");
    store
        .usages()
        .add(
            SICOVAL,
            AiUsage.builder("chatbot")
                .name("Agent conversationnel")
                .summary("Répond aux questions sur les déchets; 100% en ligne")
                .authority(Authority.of("Saint-Rémy", AuthorityKind.COMMUNE))
                .status(s -> s.stage(Stage.IDEA))
                .build(),
            "dpo");

    assertThat(ids(UsageFilter.all().withText("detection"))).containsExactly("fuites");
    assertThat(ids(UsageFilter.all().withText("DÉCHETS"))).containsExactly("chatbot");
    assertThat(ids(UsageFilter.all().withText("100%"))).containsExactly("chatbot");
    assertThat(ids(UsageFilter.all().withText("1_0"))).isEmpty();
    assertThat(ids(UsageFilter.all().withText("conversationnel répond"))).isEmpty();
    assertThat(ids(UsageFilter.all().withStage(Stage.DEPLOYMENT))).containsExactly("fuites");
    assertThat(ids(UsageFilter.all().withTheme(Theme.ECOLOGICAL_TRANSITION)))
        .containsExactly("fuites");
    assertThat(ids(UsageFilter.all().withStage(Stage.IDEA).withTheme(Theme.MOBILITY))).isEmpty();
    assertThat(ids(UsageFilter.all().withAuthoritySiren("243100633"))).containsExactly("fuites");
    AiActTier tier =
        AiActClassifier.classify(store.usages().find(SICOVAL, UsageId.of("fuites")).orElseThrow())
            .tier();
    assertThat(ids(UsageFilter.all().withTier(tier))).contains("fuites");
    AiActTier other = tier == AiActTier.PROHIBITED ? AiActTier.MINIMAL : AiActTier.PROHIBITED;
    assertThat(ids(UsageFilter.all().withTier(other))).doesNotContain("fuites");
    assertThat(store.usages().count(SICOVAL, UsageFilter.all())).isEqualTo(2);
    assertThat(store.usages().count(SICOVAL, UsageFilter.all().withStage(Stage.IDEA))).isEqualTo(1);
  }

  private List<String> ids(UsageFilter filter) {
    return store.usages().query(SICOVAL, filter, PageRequest.first(100)).items().stream()
        .map(s -> s.usage().id().value())
        .toList();
  }

  @Test
  void query_pagesByKey_everyUsageOnceInOrder_seededRandom() {
    Random random = new Random(17);
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < 57; i++) {
      String id = "u-" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
      expected.add(id);
      store.usages().add(SICOVAL, usage(id, "Usage " + i), "import");
    }
    store.usages().add(COMMUNE_A, usage("ailleurs", "Ailleurs"), "import");
    int limit = 1 + random.nextInt(12);

    List<String> seen = new ArrayList<>();
    PageRequest page = PageRequest.first(limit);
    int pages = 0;
    while (true) {
      Page<StoredUsage> result = store.usages().query(SICOVAL, UsageFilter.all(), page);
      assertThat(result.items()).hasSizeLessThanOrEqualTo(limit);
      result.items().forEach(s -> seen.add(s.usage().id().value()));
      pages++;
      if (result.next().isEmpty()) {
        break;
      }
      page = PageRequest.after(result.next().get(), limit);
    }

    assertThat(seen).doesNotHaveDuplicates().isSorted();
    assertThat(new HashSet<>(seen)).isEqualTo(expected);
    assertThat(pages).isEqualTo((57 + limit - 1) / limit + (57 % limit == 0 ? 1 : 0));
  }

  @Test
  void statistics_countByStageThemeAndKind_forOneTenant() {
    store
        .usages()
        .add(
            SICOVAL,
            AiUsage.builder("a")
                .name("A")
                .authority(SICOVAL_AUTHORITY)
                .status(s -> s.stage(Stage.DEPLOYMENT))
                .purpose(p -> p.theme(Theme.MOBILITY))
                .build(),
            "dpo");
    store
        .usages()
        .add(
            SICOVAL,
            AiUsage.builder("b")
                .name("B")
                .authority(Authority.of("C", AuthorityKind.COMMUNE))
                .status(s -> s.stage(Stage.DEPLOYMENT))
                .build(),
            "dpo");
    store.usages().add(SICOVAL, usage("c", "C"), "dpo");
    store.usages().add(COMMUNE_A, usage("d", "D"), "dpo");
    store.datasets().put(SICOVAL, dataset("compteurs"), "dpo");

    PortfolioStatistics stats = store.usages().statistics(SICOVAL);

    assertThat(stats.usages()).isEqualTo(3);
    assertThat(stats.datasets()).isEqualTo(1);
    assertThat(stats.byStage()).containsExactlyEntriesOf(java.util.Map.of(Stage.DEPLOYMENT, 2L));
    assertThat(stats.stageUnknown()).isEqualTo(1);
    assertThat(stats.byTheme()).containsExactlyEntriesOf(java.util.Map.of(Theme.MOBILITY, 1L));
    assertThat(stats.themeUnknown()).isEqualTo(2);
    assertThat(stats.byAuthorityKind())
        .containsEntry(AuthorityKind.COMMUNAUTE_AGGLOMERATION, 2L)
        .containsEntry(AuthorityKind.COMMUNE, 1L);
  }

  static Dataset dataset(String id) {
    return Dataset.builder(id).name("Données " + id).personalData(PersonalDataLevel.NONE).build();
  }

  @Test
  void datasets_keepRevisions_perTenant() {
    assertThat(store.datasets().put(SICOVAL, dataset("compteurs"), "dpo")).isEqualTo(1);
    Dataset renamed = dataset("compteurs").toBuilder().name("Compteurs d'eau").build();
    assertThat(store.datasets().put(SICOVAL, renamed, "dpo")).isEqualTo(2);

    assertThat(store.datasets().find(SICOVAL, DatasetId.of("compteurs"))).contains(renamed);
    assertThat(store.datasets().revisions(SICOVAL, DatasetId.of("compteurs"))).isEqualTo(2);
    assertThat(store.datasets().find(COMMUNE_A, DatasetId.of("compteurs"))).isEmpty();
    assertThat(store.datasets().list(SICOVAL)).containsExactly(renamed);
    assertThat(store.datasets().lookup(SICOVAL).findDataset(DatasetId.of("compteurs")))
        .contains(renamed);
  }

  @Test
  void waivers_areKeptPerUsage_andRefusedForAnUnknownUsageOrTwice() {
    store.usages().add(SICOVAL, usage("fuites", "Fuites"), "dpo");
    Waiver waiver =
        Waiver.builder()
            .criterion("ethics.dpia")
            .usage(UsageId.of("fuites"))
            .justification("Pas de données personnelles")
            .grantedBy("DPO")
            .grantedOn(LocalDate.of(2026, 1, 1))
            .expiresOn(LocalDate.of(2026, 12, 31))
            .build();
    store.waivers().add(SICOVAL, waiver);

    assertThat(store.waivers().list(SICOVAL, UsageId.of("fuites"))).containsExactly(waiver);
    assertThat(store.waivers().list(SICOVAL)).containsExactly(waiver);
    assertThat(store.waivers().list(COMMUNE_A)).isEmpty();
    assertThatThrownBy(() -> store.waivers().add(SICOVAL, waiver))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).rule())
        .isEqualTo("register.duplicate");
    assertThatThrownBy(() -> store.waivers().add(COMMUNE_A, waiver))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).rule())
        .isEqualTo("register.notFound");
  }

  @Test
  void evaluations_areAllKept_andTheLatestVerdictIsQueried() {
    AiUsage first = store.usages().add(SICOVAL, usage("fuites", "Fuites"), "dpo");
    store.usages().add(SICOVAL, usage("autre", "Autre"), "dpo");
    EvaluationContext context = EvaluationContext.of(clock, Locale.FRENCH);
    EvaluationReport before =
        CharterEvaluator.of(BuiltInCharters.ethics()).evaluate(first, context).get(0);
    AiUsage second =
        store
            .usages()
            .replace(SICOVAL, first.toBuilder().summary("Détecte les fuites").build(), "dpo");
    EvaluationReport after =
        CharterEvaluator.of(BuiltInCharters.ethics()).evaluate(second, context).get(0);

    StoredEvaluation one = store.evaluations().record(SICOVAL, before);
    StoredEvaluation two = store.evaluations().record(SICOVAL, after);

    assertThat(one.number()).isEqualTo(1);
    assertThat(two.number()).isEqualTo(2);
    List<StoredEvaluation> history = store.evaluations().history(SICOVAL, UsageId.of("fuites"));
    assertThat(history).extracting(StoredEvaluation::report).containsExactly(before, after);
    assertThat(history.get(0).report().revision()).isEqualTo(1);
    assertThat(history.get(1).report().contentHash()).isEqualTo(after.contentHash());
    assertThat(store.evaluations().latest(SICOVAL, UsageId.of("fuites"), before.charterId()))
        .contains(two);
    assertThat(store.evaluations().latest(SICOVAL, UsageId.of("fuites"), "other")).isEmpty();
    assertThat(ids(UsageFilter.all().withVerdict(after.charterId(), after.verdict())))
        .containsExactly("fuites");
    assertThatThrownBy(() -> store.evaluations().record(COMMUNE_A, after))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void groups_shareUsages_onlyWhenTheGroupSharesAndTheMemberJoined() {
    store.usages().add(SICOVAL, usage("epci", "De l'EPCI"), "dpo");
    store.usages().add(COMMUNE_A, usage("a", "De A"), "dpo");
    store.usages().add(COMMUNE_B, usage("b", "De B"), "dpo");
    store.tenants().declareGroup(SICOVAL, List.of(COMMUNE_A, COMMUNE_B), true);
    store.tenants().join(COMMUNE_A, SICOVAL);

    // Key order: the owner's SIREN, then the id.
    assertThat(shared(COMMUNE_A)).containsExactly(COMMUNE_A + "/a", "243100633/epci");
    assertThat(shared(SICOVAL)).containsExactly(COMMUNE_A + "/a", "243100633/epci");
    assertThat(shared(COMMUNE_B)).containsExactly(COMMUNE_B + "/b");
    assertThat(store.tenants().visibleTo(COMMUNE_A)).containsExactlyInAnyOrder(SICOVAL, COMMUNE_A);

    store.tenants().join(COMMUNE_B, SICOVAL);
    assertThat(shared(COMMUNE_A)).hasSize(3);
    assertThat(store.usages().query(COMMUNE_A, UsageFilter.all(), PageRequest.first(10)).items())
        .extracting(StoredUsage::key)
        .containsExactly(COMMUNE_A + "/a");

    store.tenants().declareGroup(SICOVAL, List.of(COMMUNE_A, COMMUNE_B), false);
    assertThat(shared(COMMUNE_A)).containsExactly(COMMUNE_A + "/a");
  }

  private List<String> shared(TenantId tenant) {
    return store
        .usages()
        .query(tenant, UsageFilter.all().includingShared(), PageRequest.first(100))
        .items()
        .stream()
        .map(StoredUsage::key)
        .toList();
  }

  @Test
  void ledger_appendsVerifiesAndReopens_perTenantAndName() {
    store.datasets().put(SICOVAL, dataset("compteurs"), "dpo");
    Ledger ledger =
        Ledger.open(
            store.ledgers().ledger(SICOVAL, "main"), store.datasets().lookup(SICOVAL), clock);
    ledger.append(LifecycleEvent.collected(DatasetId.of("compteurs")).by("agent"));
    ledger.append(
        LifecycleEvent.of(
                eu.civicai.governance.data.EventKind.TRANSFORMED, DatasetId.of("compteurs"))
            .by("agent"));
    Checkpoint checkpoint = ledger.checkpoint();
    store.ledgers().saveCheckpoint(SICOVAL, "main", checkpoint);

    Ledger reopened =
        Ledger.open(
            store.ledgers().ledger(SICOVAL, "main"), store.datasets().lookup(SICOVAL), clock);

    assertThat(reopened.size()).isEqualTo(2);
    assertThat(reopened.verify(checkpoint).intact()).isTrue();
    assertThat(reopened.entries()).isEqualTo(ledger.entries());
    assertThat(store.ledgers().checkpoints(SICOVAL, "main"))
        .singleElement()
        .satisfies(c -> assertThat(c.checkpoint()).isEqualTo(checkpoint));
    assertThat(store.ledgers().ledger(SICOVAL, "other").size()).isZero();
    assertThat(store.ledgers().ledger(COMMUNE_A, "main").size()).isZero();
    assertThatThrownBy(() -> store.ledgers().ledger(SICOVAL, "Main Ledger"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).rule())
        .isEqualTo("ledger.name");
  }

  @Test
  void ledger_verifiedFromTheStore_againstItsLatestCheckpoint() {
    store.datasets().put(SICOVAL, dataset("compteurs"), "dpo");
    assertThat(store.ledgers().verify(SICOVAL, "main", null))
        .isEqualTo(LedgerVerifier.verify(List.of()));
    assertThat(store.ledgers().latestCheckpoint(SICOVAL, "main")).isEmpty();
    Ledger ledger =
        Ledger.open(
            store.ledgers().ledger(SICOVAL, "main"), store.datasets().lookup(SICOVAL), clock);
    ledger.append(LifecycleEvent.collected(DatasetId.of("compteurs")).by("agent").note("é ✓"));
    store.ledgers().saveCheckpoint(SICOVAL, "main", ledger.checkpoint());
    for (int i = 0; i < 40; i++) {
      ledger.append(
          LifecycleEvent.of(
                  eu.civicai.governance.data.EventKind.TRANSFORMED, DatasetId.of("compteurs"))
              .by("agent " + i));
    }
    Checkpoint latest = ledger.checkpoint();
    store.ledgers().saveCheckpoint(SICOVAL, "main", latest);

    assertThat(store.ledgers().latestCheckpoint(SICOVAL, "main").orElseThrow().checkpoint())
        .isEqualTo(latest);
    assertThat(store.ledgers().verify(SICOVAL, "main", latest))
        .isEqualTo(LedgerVerifier.verify(ledger.entries(), latest))
        .satisfies(v -> assertThat(v.intact()).isTrue())
        .satisfies(v -> assertThat(v.entriesChecked()).isEqualTo(41));
    // A checkpoint the store's ledger does not reach, and one it contradicts.
    Checkpoint further = new Checkpoint(42, latest.headHash());
    assertThat(store.ledgers().verify(SICOVAL, "main", further))
        .isEqualTo(LedgerVerifier.verify(ledger.entries(), further))
        .satisfies(v -> assertThat(v.problem()).isEqualTo(LedgerVerification.Problem.TRUNCATED));
    Checkpoint other = new Checkpoint(41, ledger.entries().get(0).hash());
    assertThat(store.ledgers().verify(SICOVAL, "main", other))
        .isEqualTo(LedgerVerifier.verify(ledger.entries(), other))
        .satisfies(
            v -> assertThat(v.problem()).isEqualTo(LedgerVerification.Problem.CHECKPOINT_MISMATCH));
    assertThat(store.ledgers().verify(COMMUNE_A, "main", null).entriesChecked()).isZero();
  }

  @Test
  void ledger_batchWithAGap_storesNothing() {
    store.datasets().put(SICOVAL, dataset("compteurs"), "dpo");
    Ledger scratch = Ledger.inMemory(store.datasets().lookup(SICOVAL), clock);
    LedgerEntry e1 =
        scratch.append(LifecycleEvent.collected(DatasetId.of("compteurs")).by("agent"));
    LedgerEntry e2 =
        scratch.append(
            LifecycleEvent.of(
                    eu.civicai.governance.data.EventKind.TRANSFORMED, DatasetId.of("compteurs"))
                .by("agent"));
    LedgerEntry e3 =
        scratch.append(
            LifecycleEvent.of(
                    eu.civicai.governance.data.EventKind.TRANSFORMED, DatasetId.of("compteurs"))
                .by("agent"));

    assertThatThrownBy(() -> store.ledgers().appendAll(SICOVAL, "main", List.of(e1, e3)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "`entries[1].sequence`: entry 3 does not follow the stored ledger, whose next"
                + " sequence is 2");
    assertThat(store.ledgers().ledger(SICOVAL, "main").size()).isZero();

    store.ledgers().appendAll(SICOVAL, "main", List.of(e1, e2, e3));
    assertThat(store.ledgers().ledger(SICOVAL, "main").size()).isEqualTo(3);
    try (var entries = store.ledgers().ledger(SICOVAL, "main").entries()) {
      assertThat(entries.toList()).containsExactly(e1, e2, e3);
    }
  }

  @Test
  void ledger_batchNotFollowingTheStoredHead_isConflict_storesNothing() {
    store.datasets().put(SICOVAL, dataset("compteurs"), "dpo");
    Ledger scratch = Ledger.inMemory(store.datasets().lookup(SICOVAL), clock);
    List<LedgerEntry> entries = new ArrayList<>();
    entries.add(scratch.append(LifecycleEvent.collected(DatasetId.of("compteurs")).by("agent")));
    for (int i = 0; i < 3; i++) {
      entries.add(
          scratch.append(
              LifecycleEvent.of(
                      eu.civicai.governance.data.EventKind.TRANSFORMED, DatasetId.of("compteurs"))
                  .by("agent " + i)));
    }
    store.ledgers().appendAll(SICOVAL, "main", entries.subList(0, 2));

    // Past the head (3 and 4 while 3 is next is fine; 4 alone is not), and the head again (an
    // appender that lost a race sends entries already stored): refused, nothing stored.
    assertThatThrownBy(() -> store.ledgers().appendAll(SICOVAL, "main", entries.subList(3, 4)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "`entries[0].sequence`: entry 4 does not follow the stored ledger, whose next"
                + " sequence is 3");
    assertThatThrownBy(() -> store.ledgers().appendAll(SICOVAL, "main", entries.subList(1, 3)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "`entries[0].sequence`: entry 2 does not follow the stored ledger, whose next"
                + " sequence is 3");
    assertThat(store.ledgers().ledger(SICOVAL, "main").size()).isEqualTo(2);

    store.ledgers().appendAll(SICOVAL, "main", entries.subList(2, 4));
    try (var stored = store.ledgers().ledger(SICOVAL, "main").entries()) {
      assertThat(stored.toList()).isEqualTo(entries);
    }
    assertThat(store.ledgers().verify(SICOVAL, "main", null).intact()).isTrue();
  }

  @Test
  void ledger_twoAppendersRacingForOneHead_oneWins_theOtherIsConflict() throws Exception {
    store.datasets().put(SICOVAL, dataset("compteurs"), "dpo");
    int threads = 4;
    List<List<LedgerEntry>> batches = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      // Each thread's own ledger history from the genesis: the same sequence numbers, other hashes.
      Ledger scratch = Ledger.inMemory(store.datasets().lookup(SICOVAL), clock);
      List<LedgerEntry> batch = new ArrayList<>();
      batch.add(scratch.append(LifecycleEvent.collected(DatasetId.of("compteurs")).by("t" + t)));
      for (int i = 0; i < 20; i++) {
        batch.add(
            scratch.append(
                LifecycleEvent.of(
                        eu.civicai.governance.data.EventKind.TRANSFORMED, DatasetId.of("compteurs"))
                    .by("t" + t)));
      }
      batches.add(batch);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong conflicts = new AtomicLong();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (List<LedgerEntry> batch : batches) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    store.ledgers().appendAll(SICOVAL, "main", batch);
                  } catch (ConflictException e) {
                    conflicts.incrementAndGet();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(conflicts.get()).isEqualTo(threads - 1);
    assertThat(store.ledgers().ledger(SICOVAL, "main").size()).isEqualTo(21);
    assertThat(store.ledgers().verify(SICOVAL, "main", null).intact()).isTrue();
  }

  @Test
  void importBatch_addsThenRevises_datasetsFirst() {
    long first =
        store.importBatch(
            SICOVAL,
            List.of(dataset("compteurs")),
            List.of(usage("a", "A"), usage("b", "B")),
            "import");
    long second =
        store.importBatch(
            SICOVAL, List.of(), List.of(usage("a", "A revu").toBuilder().build()), "import");

    assertThat(first).isEqualTo(3);
    assertThat(second).isEqualTo(1);
    assertThat(store.usages().find(SICOVAL, UsageId.of("a")).orElseThrow().revision()).isEqualTo(2);
    assertThat(store.usages().history(SICOVAL, UsageId.of("a")).get(1).changed())
        .containsExactly("name");
    assertThat(store.datasets().list(SICOVAL)).hasSize(1);

    // The same id twice in one batch: two revisions, in order.
    store.importBatch(
        SICOVAL,
        List.of(dataset("compteurs"), dataset("meteo")),
        List.of(usage("c", "C un"), usage("c", "C deux")),
        "import");
    assertThat(store.usages().history(SICOVAL, UsageId.of("c")))
        .extracting(r -> r.usage().name())
        .containsExactly("C un", "C deux");
    assertThat(store.datasets().revisions(SICOVAL, DatasetId.of("compteurs"))).isEqualTo(2);
    assertThat(store.datasets().revisions(SICOVAL, DatasetId.of("meteo"))).isEqualTo(1);
  }

  @Test
  void importBatch_usageCarryingItsInstant_isKeptAsRecorded_issue17() {
    Instant recorded = Instant.parse("2025-06-01T09:30:00Z");
    AiUsage exported =
        usage("fuites", "Détection des fuites").toBuilder()
            .metadata(usage("x", "x").metadata().withRevision(4, recorded))
            .build();

    store.importBatch(SICOVAL, List.of(), List.of(exported, usage("neuf", "Neuf")), "import");

    // As the document recorded it: revision 4 of 1 June 2025, not revision 1 of today.
    AiUsage stored = store.usages().find(SICOVAL, UsageId.of("fuites")).orElseThrow();
    assertThat(stored).isEqualTo(exported);
    assertThat(store.usages().history(SICOVAL, UsageId.of("fuites")))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.usage().revision()).isEqualTo(4);
              assertThat(r.at()).isEqualTo(recorded);
              assertThat(r.author()).isEqualTo("import");
            });
    assertThat(store.usages().find(SICOVAL, UsageId.of("fuites"), 4)).contains(exported);
    // A usage without an instant is revision 1 at the clock's.
    AiUsage fresh = store.usages().find(SICOVAL, UsageId.of("neuf")).orElseThrow();
    assertThat(fresh.revision()).isEqualTo(1);
    assertThat(fresh.metadata().updatedAt()).isAfter(Instant.parse("2026-03-01T07:59:59Z"));

    // Imported again, it is the tenant's latest word: the next revision, at the clock's instant.
    store.importBatch(SICOVAL, List.of(), List.of(exported), "import");
    AiUsage again = store.usages().find(SICOVAL, UsageId.of("fuites")).orElseThrow();
    assertThat(again.revision()).isEqualTo(5);
    assertThat(again.metadata().updatedAt()).isAfter(recorded);
  }

  @Test
  void eightThreads_replacingOneUsage_loseNoRevision() throws Exception {
    store.usages().add(SICOVAL, usage("shared", "Partagé"), "dpo");
    int threads = 8;
    int perThread = 5;
    AtomicLong conflicts = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    while (true) {
                      AiUsage current =
                          store.usages().find(SICOVAL, UsageId.of("shared")).orElseThrow();
                      try {
                        store
                            .usages()
                            .replace(
                                SICOVAL,
                                current.toBuilder().summary("t" + thread + "-" + i).build(),
                                "thread-" + thread);
                        break;
                      } catch (ConflictException e) {
                        conflicts.incrementAndGet();
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<UsageRevision> history = store.usages().history(SICOVAL, UsageId.of("shared"));
    assertThat(history).hasSize(1 + threads * perThread);
    assertThat(history)
        .extracting(UsageRevision::revision)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 1 + threads * perThread).boxed().toList());
    Set<String> summaries = new HashSet<>();
    history.stream().skip(1).forEach(r -> summaries.add(r.usage().summary()));
    assertThat(summaries).hasSize(threads * perThread);
  }

  // --- strategies (issue 21) ---------------------------------------------------------------

  @Test
  void strategies_keepEveryRevisionPerAuthority_andReadBackEqual() {
    eu.civicai.governance.strategy.Strategy first =
        StrategySamples.full("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION, 80_000);
    eu.civicai.governance.strategy.Strategy second = first.toBuilder().committee(null).build();
    eu.civicai.governance.strategy.Strategy other =
        StrategySamples.full("Commune d'Aureville", AuthorityKind.COMMUNE, 1_000);

    assertThat(store.strategies().put(SICOVAL, first, "dgs")).isEqualTo(1);
    assertThat(store.strategies().put(SICOVAL, second, "dgs")).isEqualTo(2);
    assertThat(store.strategies().put(SICOVAL, other, "dgs")).isEqualTo(1);

    assertThat(store.strategies().find(SICOVAL, "Sicoval")).contains(second);
    assertThat(store.strategies().revisions(SICOVAL, "Sicoval")).isEqualTo(2);
    assertThat(store.strategies().revisions(SICOVAL, "Nowhere")).isZero();
    assertThat(store.strategies().find(SICOVAL, "Nowhere")).isEmpty();
    assertThat(store.strategies().list(SICOVAL)).containsExactly(other, second);
  }

  @Test
  void strategies_ofOneTenant_areInvisibleToAnother() {
    eu.civicai.governance.strategy.Strategy s =
        StrategySamples.full("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION, 80_000);
    store.strategies().put(SICOVAL, s, "dgs");

    assertThat(store.strategies().find(COMMUNE_A, "Sicoval")).isEmpty();
    assertThat(store.strategies().list(COMMUNE_A)).isEmpty();
    assertThat(store.strategies().revisions(COMMUNE_A, "Sicoval")).isZero();
    store.strategies().put(COMMUNE_A, s, "dgs");
    assertThat(store.strategies().revisions(SICOVAL, "Sicoval")).isEqualTo(1);
  }

  @Test
  void strategies_nulls_refusedWithTheLibrarysException() {
    eu.civicai.governance.strategy.Strategy s =
        StrategySamples.full("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION, 80_000);
    assertThatThrownBy(() -> store.strategies().put(null, s, "dgs"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`tenant` must not be null");
    assertThatThrownBy(() -> store.strategies().put(SICOVAL, null, "dgs"))
        .hasMessage("`strategy` must not be null");
    assertThatThrownBy(() -> store.strategies().find(SICOVAL, null))
        .hasMessage("`authorityName` must not be null");
    assertThat(store.strategies().list(SICOVAL)).isEmpty();
  }

  /** A thread-safe clock that advances one second per reading. */
  static final class TickingClock extends Clock {
    private final AtomicLong seconds;

    TickingClock(Instant start) {
      this.seconds = new AtomicLong(start.getEpochSecond());
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(seconds.getAndIncrement());
    }

    Duration step() {
      return Duration.ofSeconds(1);
    }
  }
}
