package eu.civicai.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, tests that kill mutants: what the register's dataset operations return and publish,
 * which references it resolves, how restored revisions are ordered, and what a query describes.
 */
class Issue18RegisterDatasetsTest {
  private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
  private static final Authority COMMUNE = Authority.of("Saint-Rémy", AuthorityKind.COMMUNE);

  private final Register register = Register.inMemory(Clock.fixed(T0, ZoneOffset.UTC));
  private final List<RegisterEvent> events = new ArrayList<>();

  private static Dataset dataset(String id, String name, DatasetId... sources) {
    return Dataset.builder(id)
        .name(name)
        .personalData(PersonalDataLevel.NONE)
        .derivedFrom(sources)
        .build();
  }

  private static AiUsage usingDatasets(String id, String... datasets) {
    return AiUsage.builder(id)
        .name("Usage " + id)
        .authority(COMMUNE)
        .dataUse(
            d ->
                d.datasets(
                    java.util.Arrays.stream(datasets)
                        .map(ds -> DatasetUse.of(ds, DataRole.INPUT))
                        .toArray(DatasetUse[]::new)))
        .build();
  }

  @Test
  void addDataset_returnsTheDataset_publishesIt_andRefusesTheSameIdTwice() {
    register.subscribe(events::add);
    Dataset a = dataset("a", "A");

    assertThat(register.addDataset(a)).isSameAs(a);

    assertThat(events).containsExactly(new RegisterEvent.DatasetAdded(T0, a));
    assertThat(register.findDataset(DatasetId.of("a"))).containsSame(a);
    assertThatThrownBy(() -> register.addDataset(dataset("a", "Autre")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`id`: dataset a is already in the register");
    assertThat(register.findDataset(DatasetId.of("a"))).containsSame(a);
    assertThat(events).hasSize(1);
  }

  @Test
  void replaceDataset_returnsTheNewOne_andPublishesBoth() {
    Dataset first = dataset("a", "A");
    register.addDataset(first);
    register.subscribe(events::add);
    Dataset second = dataset("a", "A, revu");

    assertThat(register.replaceDataset(second)).isSameAs(second);

    assertThat(events).containsExactly(new RegisterEvent.DatasetReplaced(T0, first, second));
    assertThat(register.findDataset(DatasetId.of("a"))).containsSame(second);
    assertThatThrownBy(() -> register.replaceDataset(dataset("b", "B")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`id`: dataset b is not in the register");
  }

  @Test
  void removeDataset_returnsIt_publishesIt_andForgetsIt() {
    Dataset a = dataset("a", "A");
    register.addDataset(a);
    register.add(usingDatasets("autre", "b"));
    register.subscribe(events::add);

    assertThat(register.removeDataset(DatasetId.of("a"))).isSameAs(a);

    assertThat(events).containsExactly(new RegisterEvent.DatasetRemoved(T0, a));
    assertThat(register.findDataset(DatasetId.of("a"))).isEmpty();
    assertThat(register.datasets()).isEmpty();
    assertThatThrownBy(() -> register.removeDataset(DatasetId.of("a")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`id`: dataset a is not in the register");
  }

  /** It said "is used by usage b" of a dataset b derived from it. */
  @Test
  void removeDataset_aSourceOfAnotherDataset_isRefused_namingTheDataset() {
    register.addDataset(dataset("a", "A"));
    register.addDataset(dataset("b", "B", DatasetId.of("a")));

    assertThatThrownBy(() -> register.removeDataset(DatasetId.of("a")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("`id`: dataset a is a source of dataset b");
    assertThat(register.findDataset(DatasetId.of("a"))).isPresent();
    assertThat(register.removeDataset(DatasetId.of("b")).id()).isEqualTo(DatasetId.of("b"));
  }

  @Test
  void removeDataset_usedByAUsageOfAnotherDataset_isNotRefused() {
    register.addDataset(dataset("a", "A"));
    register.addDataset(dataset("b", "B"));
    register.add(usingDatasets("u", "b"));

    assertThat(register.removeDataset(DatasetId.of("a")).id()).isEqualTo(DatasetId.of("a"));
    assertThatThrownBy(() -> register.removeDataset(DatasetId.of("b")))
        .hasMessage("`id`: dataset b is used by usage u");
  }

  @Test
  void datasetsOf_resolvesEachReferenceOnce_inTheUsagesOrder_andSkipsUnknownOnes() {
    register.addDataset(dataset("a", "A"));
    register.addDataset(dataset("b", "B"));
    AiUsage usage = usingDatasets("u", "b", "inconnu", "a", "b");

    assertThat(register.datasetsOf(usage))
        .extracting(d -> d.id().value())
        .containsExactly("b", "a");
    assertThat(register.datasetsOf(AiUsage.builder("v").name("V").authority(COMMUNE).build()))
        .isEmpty();
  }

  @Test
  void unresolvedDatasetReferences_skipsUsagesWithoutData_andNamesEachPosition() {
    register.addDataset(dataset("a", "A"));
    register.add(AiUsage.builder("sans-donnees").name("S").authority(COMMUNE).build());
    register.add(usingDatasets("u", "x", "a", "y"));

    assertThat(register.unresolvedDatasetReferences())
        .containsExactly(
            new UnresolvedReference(UsageId.of("u"), "dataUse.datasets[0].dataset", ds("x")),
            new UnresolvedReference(UsageId.of("u"), "dataUse.datasets[2].dataset", ds("y")));
  }

  private static DatasetId ds(String id) {
    return DatasetId.of(id);
  }

  @Test
  void find_ofAnotherId_isEmpty_andReplaceCountsRevisionsUp() {
    AiUsage added = register.add(AiUsage.builder("a").name("A").authority(COMMUNE).build());
    register.add(AiUsage.builder("b").name("B").authority(COMMUNE).build());

    AiUsage second = register.replace(added.toBuilder().name("A2").build());
    AiUsage third = register.replace(second.toBuilder().name("A3").build());

    assertThat(register.find(UsageId.of("zz"))).isEmpty();
    assertThat(second.revision()).isEqualTo(added.revision() + 1);
    assertThat(third.revision()).isEqualTo(added.revision() + 2);
    assertThat(register.find(UsageId.of("a"), added.revision() + 1)).contains(second);
    assertThat(register.find(UsageId.of("a"), 99)).isEmpty();
  }

  @Test
  void subscribe_returnsASubscriptionThatStopsTheEvents() {
    Subscription subscription = register.subscribe(events::add);
    register.addDataset(dataset("a", "A"));

    assertThat(subscription).isNotNull();
    subscription.cancel();
    register.addDataset(dataset("b", "B"));

    assertThat(events).hasSize(1);
  }

  @Test
  void restore_keepsRevisionsSorted_andPublishesOnlyWhenTheLatestChanges() {
    AiUsage first = register.add(AiUsage.builder("a").name("A1").authority(COMMUNE).build());
    AiUsage second = register.replace(first.toBuilder().name("A2").build());
    AiUsage third = register.replace(second.toBuilder().name("A3").build());
    Register copy = Register.inMemory(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
    List<RegisterEvent> restored = new ArrayList<>();
    copy.subscribe(restored::add);

    assertThat(copy.restore(second)).isSameAs(second);
    assertThat(copy.restore(first)).isSameAs(first);
    assertThat(copy.restore(third)).isSameAs(third);

    assertThat(copy.revisions(UsageId.of("a"))).containsExactly(first, second, third);
    assertThat(copy.find(UsageId.of("a"))).contains(third);
    Instant at = T0.plusSeconds(60);
    assertThat(restored)
        .containsExactly(
            new RegisterEvent.UsageAdded(at, second),
            new RegisterEvent.UsageReplaced(at, second, third));
    assertThatThrownBy(() -> copy.restore(second))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).rule())
        .isEqualTo("register.duplicateRevision");
    assertThat(copy.revisions(UsageId.of("a"))).hasSize(3);
  }

  @Test
  void restore_ofARevisionBetweenTwo_goesBetweenThem() {
    AiUsage first = register.add(AiUsage.builder("a").name("A1").authority(COMMUNE).build());
    AiUsage second = register.replace(first.toBuilder().name("A2").build());
    AiUsage third = register.replace(second.toBuilder().name("A3").build());
    Register copy = Register.inMemory(Clock.fixed(T0, ZoneOffset.UTC));
    copy.restore(first);
    copy.restore(third);
    copy.subscribe(events::add);

    copy.restore(second);

    assertThat(copy.revisions(UsageId.of("a"))).containsExactly(first, second, third);
    assertThat(events).isEmpty();
  }

  @Test
  void query_describesEveryCriterion_inOrder() {
    UsageQuery query = UsageQuery.all().withStage(Stage.DEPLOYMENT).withAuthorityName("Rémy");

    assertThat(query).hasToString("UsageQuery[stage=DEPLOYMENT, authority~Rémy]");
    assertThat(UsageQuery.all().withStage(Stage.DEPLOYMENT))
        .hasToString("UsageQuery[stage=DEPLOYMENT]");
    assertThat(UsageQuery.all()).hasToString("UsageQuery[]");
  }
}
