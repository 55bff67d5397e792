package eu.civicai.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RegisterTest {
  private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
  private static final Authority SICOVAL =
      Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION).withSiren("243100633");
  private static final Authority COMMUNE = Authority.of("Saint-Rémy", AuthorityKind.COMMUNE);

  private final Register register = Register.inMemory(Clock.fixed(T0, ZoneOffset.UTC));

  private static AiUsage usage(String id, String name, Authority authority) {
    return AiUsage.builder(id).name(name).authority(authority).build();
  }

  @Test
  void add_storesRevisionOneStampedByTheClock() {
    AiUsage stored = register.add(usage("fuites", "Détection des fuites", SICOVAL));

    assertThat(stored.revision()).isEqualTo(1);
    assertThat(stored.metadata().updatedAt()).isEqualTo(T0);
    assertThat(register.find(UsageId.of("fuites"))).contains(stored);
  }

  @Test
  void add_duplicateId_isRejected() {
    register.add(usage("fuites", "A", SICOVAL));

    assertThatThrownBy(() -> register.add(usage("fuites", "B", SICOVAL)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`id`: usage fuites is already in the register");
  }

  @Test
  void replace_incrementsRevisionAndKeepsEarlierOnes() {
    AiUsage first = register.add(usage("fuites", "A", SICOVAL));
    AiUsage second = register.replace(first.toBuilder().name("B").build());

    assertThat(second.revision()).isEqualTo(2);
    assertThat(register.revisions(first.id())).extracting(AiUsage::name).containsExactly("A", "B");
    assertThat(register.find(first.id(), 1)).map(AiUsage::name).contains("A");
    assertThat(register.find(first.id())).map(AiUsage::name).contains("B");
  }

  @Test
  void replace_staleRevision_isRejectedAndChangesNothing() {
    AiUsage first = register.add(usage("fuites", "A", SICOVAL));
    register.replace(first.toBuilder().name("B").build());

    ConflictException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConflictException.class, () -> register.replace(first.toBuilder().name("C").build()));

    assertThat(e.getMessage())
        .isEqualTo(
            "`metadata.revision`: usage fuites was changed meanwhile; replacing revision 1, but the register holds revision 2");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`metadata.revision` : l'usage fuites a été modifié entre-temps ; remplacement de la révision 1, mais le registre détient la révision 2");
    assertThat(register.find(first.id())).map(AiUsage::name).contains("B");
    assertThat(register.revisions(first.id())).hasSize(2);
  }

  @Test
  void replace_unknown_isRejected() {
    assertThatThrownBy(() -> register.replace(usage("absent", "A", SICOVAL)))
        .hasMessage("`id`: usage absent is not in the register");
  }

  @Test
  void remove_returnsLastRevision_andFindIsEmptyAfter() {
    AiUsage first = register.add(usage("fuites", "A", SICOVAL));

    assertThat(register.remove(first.id())).isEqualTo(first);
    assertThat(register.find(first.id())).isEmpty();
    assertThatThrownBy(() -> register.remove(first.id())).isInstanceOf(ConflictException.class);
  }

  @Test
  void events_areTypedAndDeliveredAfterEachChange() {
    List<RegisterEvent> all = new ArrayList<>();
    List<RegisterEvent.UsageReplaced> replaced = new ArrayList<>();
    register.subscribe(all::add);
    Subscription only = register.subscribe(RegisterEvent.UsageReplaced.class, replaced::add);

    AiUsage first = register.add(usage("fuites", "A", SICOVAL));
    AiUsage second = register.replace(first.toBuilder().name("B").build());
    only.cancel();
    register.replace(second.toBuilder().name("C").build());
    register.remove(first.id());

    assertThat(all)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("UsageAdded", "UsageReplaced", "UsageReplaced", "UsageRemoved");
    assertThat(replaced).hasSize(1);
    assertThat(replaced.get(0).previous()).isEqualTo(first);
    assertThat(replaced.get(0).current()).isEqualTo(second);
  }

  @Test
  void failingListener_doesNotUndoTheChange() {
    register.subscribe(
        e -> {
          throw new IllegalStateException("listener bug");
        });

    register.add(usage("fuites", "A", SICOVAL));

    assertThat(register.find("fuites")).isPresent();
  }

  @Test
  void query_combinesCriteria_andFoldsAccents() {
    register.add(
        AiUsage.builder("fuites")
            .name("Détection des fuites")
            .authority(SICOVAL)
            .status(s -> s.stage(Stage.DEPLOYMENT))
            .purpose(p -> p.theme(Theme.ECOLOGICAL_TRANSITION).audiences(Audience.AGENTS))
            .system(s -> s.techniques(AiTechnique.MACHINE_LEARNING))
            .build());
    register.add(
        AiUsage.builder("chatbot")
            .name("Agent conversationnel")
            .summary("Répond aux questions sur les déchets")
            .authority(COMMUNE)
            .status(s -> s.stage(Stage.IDEA))
            .purpose(p -> p.audiences(Audience.GENERAL_PUBLIC))
            .build());

    assertThat(register.query(UsageQuery.all().withText("detection")))
        .extracting(u -> u.id().value())
        .containsExactly("fuites");
    assertThat(register.query(UsageQuery.all().withText("DECHETS")))
        .extracting(u -> u.id().value())
        .containsExactly("chatbot");
    assertThat(
            register.query(
                UsageQuery.all()
                    .withStage(Stage.DEPLOYMENT)
                    .withTheme(Theme.ECOLOGICAL_TRANSITION)))
        .hasSize(1);
    assertThat(
            register.query(
                UsageQuery.all().withStage(Stage.IDEA).withTheme(Theme.ECOLOGICAL_TRANSITION)))
        .isEmpty();
    assertThat(register.query(UsageQuery.all().withAudience(Audience.GENERAL_PUBLIC))).hasSize(1);
    assertThat(register.query(UsageQuery.all().withTechnique(AiTechnique.MACHINE_LEARNING)))
        .hasSize(1);
    assertThat(register.query(UsageQuery.all().withAuthoritySiren("243100633"))).hasSize(1);
    assertThat(register.query(UsageQuery.all().withAuthorityName("saint-remy"))).hasSize(1);
    assertThat(register.query(UsageQuery.all().withAuthorityKind(AuthorityKind.COMMUNE)))
        .hasSize(1);
    assertThat(register.query(UsageQuery.all())).hasSize(2);
  }

  @Test
  void statistics_countByStageThemeAndAuthorityKind() {
    register.add(
        AiUsage.builder("a")
            .name("A")
            .authority(SICOVAL)
            .status(s -> s.stage(Stage.DEPLOYMENT))
            .purpose(p -> p.theme(Theme.MOBILITY))
            .build());
    register.add(
        AiUsage.builder("b")
            .name("B")
            .authority(SICOVAL)
            .status(s -> s.stage(Stage.DEPLOYMENT))
            .build());
    register.add(usage("c", "C", COMMUNE));

    PortfolioStatistics stats = register.statistics();

    assertThat(stats.usages()).isEqualTo(3);
    assertThat(stats.byStage()).isEqualTo(Map.of(Stage.DEPLOYMENT, 2L));
    assertThat(stats.stageUnknown()).isEqualTo(1);
    assertThat(stats.byTheme()).isEqualTo(Map.of(Theme.MOBILITY, 1L));
    assertThat(stats.themeUnknown()).isEqualTo(2);
    assertThat(stats.byAuthorityKind())
        .isEqualTo(Map.of(AuthorityKind.COMMUNAUTE_AGGLOMERATION, 2L, AuthorityKind.COMMUNE, 1L));
  }

  @Test
  void unresolvedDatasetReferences_areReported() {
    register.addDataset(
        Dataset.builder("compteurs")
            .name("Compteurs")
            .personalData(PersonalDataLevel.NONE)
            .build());
    register.add(
        AiUsage.builder("fuites")
            .name("A")
            .authority(SICOVAL)
            .dataUse(
                d ->
                    d.datasets(
                        DatasetUse.of("compteurs", DataRole.INPUT),
                        DatasetUse.of("meteo", DataRole.INPUT)))
            .build());

    assertThat(register.unresolvedDatasetReferences())
        .containsExactly(
            new UnresolvedReference(
                UsageId.of("fuites"), "dataUse.datasets[1].dataset", DatasetId.of("meteo")));
    assertThat(register.datasetsOf(register.find("fuites").orElseThrow()))
        .extracting(d -> d.id().value())
        .containsExactly("compteurs");
  }

  @Test
  void removeDataset_inUse_isRejected() {
    register.addDataset(
        Dataset.builder("compteurs")
            .name("Compteurs")
            .personalData(PersonalDataLevel.NONE)
            .build());
    register.add(
        AiUsage.builder("fuites")
            .name("A")
            .authority(SICOVAL)
            .dataUse(d -> d.datasets(DatasetUse.of("compteurs", DataRole.INPUT)))
            .build());

    assertThatThrownBy(() -> register.removeDataset(DatasetId.of("compteurs")))
        .hasMessage("`id`: dataset compteurs is used by usage fuites");
  }

  @Test
  void addDataset_derivedFromUnknown_isRejected() {
    assertThatThrownBy(
            () ->
                register.addDataset(
                    Dataset.builder("b")
                        .name("B")
                        .personalData(PersonalDataLevel.NONE)
                        .derivedFrom(DatasetId.of("a"))
                        .build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`derivedFrom[0]`: dataset a is not in the register");
  }

  @Test
  void replaceDataset_makingACycle_isRejected() {
    register.addDataset(
        Dataset.builder("a").name("A").personalData(PersonalDataLevel.NONE).build());
    register.addDataset(
        Dataset.builder("b")
            .name("B")
            .personalData(PersonalDataLevel.NONE)
            .derivedFrom(DatasetId.of("a"))
            .build());
    register.addDataset(
        Dataset.builder("c")
            .name("C")
            .personalData(PersonalDataLevel.NONE)
            .derivedFrom(DatasetId.of("b"))
            .build());

    assertThatThrownBy(
            () ->
                register.replaceDataset(
                    Dataset.builder("a")
                        .name("A")
                        .personalData(PersonalDataLevel.NONE)
                        .derivedFrom(DatasetId.of("c"))
                        .build()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`derivedFrom`: dataset a would derive from itself through [c]");
    assertThat(register.findDataset(DatasetId.of("a")).orElseThrow().derivedFrom()).isEmpty();
  }

  @Tag("slow") // left out of mutation testing: see governance-core/pom.xml
  @Test
  void eightThreads_addingAndReplacing_loseNoRevision() throws Exception {
    int threads = 8;
    int replacementsPerThread = 200;
    for (int u = 0; u < 4; u++) {
      register.add(usage("shared-" + u, "R0", SICOVAL));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger staleRetries = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < replacementsPerThread; i++) {
                  register.add(usage("own-" + thread + "-" + i, "own", COMMUNE));
                  UsageId id = UsageId.of("shared-" + (i % 4));
                  while (true) {
                    AiUsage current = register.find(id).orElseThrow();
                    try {
                      register.replace(current.toBuilder().name("t" + thread + "-" + i).build());
                      break;
                    } catch (ConflictException stale) {
                      staleRetries.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    int perShared = threads * replacementsPerThread / 4;
    for (int u = 0; u < 4; u++) {
      List<AiUsage> revisions = register.revisions(UsageId.of("shared-" + u));
      assertThat(revisions).hasSize(perShared + 1);
      for (int r = 0; r < revisions.size(); r++) {
        assertThat(revisions.get(r).revision()).isEqualTo(r + 1);
      }
    }
    assertThat(register.usages()).hasSize(4 + threads * replacementsPerThread);
  }
}
