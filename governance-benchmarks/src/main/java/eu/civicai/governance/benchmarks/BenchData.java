package eu.civicai.governance.benchmarks;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded realistic data at any size: registers mixing complete records (datasets, risks,
 * indicators) and sparse ones (a first committee's five fields), and ledgers.
 */
public final class BenchData {
  private BenchData() {}

  /** Returns {@code n} usages, one in three sparse, the same for the same seed. */
  public static List<AiUsage> usages(int n, long seed) {
    Random random = new Random(seed);
    List<AiUsage> usages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      usages.add(i % 3 == 2 ? sparse(i, random) : complete(i, random));
    }
    return usages;
  }

  static <E extends Enum<E>> E pick(Random random, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  static AiUsage sparse(int i, Random random) {
    return AiUsage.builder("usage-" + i)
        .name("Usage " + i)
        .authority(Authority.of("Commune " + random.nextInt(500), AuthorityKind.COMMUNE))
        .status(s -> s.stage(Stage.IDEA))
        .purpose(p -> p.audiences(Audience.GENERAL_PUBLIC))
        .build();
  }

  static AiUsage complete(int i, Random random) {
    return AiUsage.builder("usage-" + i)
        .name("Détection et pilotage " + i)
        .summary("Un usage de l'IA au service du territoire, numéro " + i + ".")
        .description(
            "Description détaillée de l'usage " + i + " : données, modèle, supervision humaine.")
        .authority(
            Authority.of("Métropole " + random.nextInt(50), pick(random, AuthorityKind.class))
                .withSiren("243100633")
                .withPopulation(random.nextInt(1_000_000)))
        .partners("Partenaire " + random.nextInt(20))
        .status(
            s ->
                s.stage(pick(random, Stage.class))
                    .startDate(LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1)))
        .purpose(
            p ->
                p.goal("Objectif " + i)
                    .theme(pick(random, Theme.class))
                    .audiences(pick(random, Audience.class))
                    .whyAi("Parce que les règles fixes ne suffisent pas.")
                    .alternatives(
                        Alternative.of(
                            "Procédure manuelle", random.nextBoolean() ? "Trop lente" : null)))
        .system(
            s ->
                s.techniques(pick(random, AiTechnique.class))
                    .selfLearning(random.nextBoolean())
                    .sourcing(pick(random, Sourcing.class))
                    .hosting(
                        Hosting.of(
                            pick(random, HostingMode.class), pick(random, HostingRegion.class))))
        .decision(
            d ->
                d.outputRole(pick(random, OutputRole.class))
                    .concernsIndividuals(random.nextBoolean())
                    .profiling(random.nextBoolean())
                    .interactsWithPublic(random.nextBoolean())
                    .generatesContent(random.nextBoolean())
                    .oversight(
                        HumanOversight.builder()
                            .level(pick(random, OversightLevel.class))
                            .overrideRoles("Agent")
                            .overseersTrained(random.nextBoolean())
                            .build()))
        .aiAct(a -> a.annexIiiArea(pick(random, AnnexIiiArea.class)))
        .dataUse(
            d ->
                d.datasets(DatasetUse.of("dataset-" + (i % 100), DataRole.INPUT))
                    .dpia(pick(random, DpiaStatus.class)))
        .risk(
            r ->
                r.category(pick(random, RiskCategory.class))
                    .description("Risque " + i)
                    .likelihood(1 + random.nextInt(4))
                    .severity(1 + random.nextInt(4))
                    .mitigations(random.nextBoolean() ? List.of("Mesure") : List.of())
                    .residualSeverity(1 + random.nextInt(4)))
        .footprint(
            f ->
                f.inferenceEnergyPerYear(Quantity.of(random.nextInt(10_000), Unit.KWH))
                    .basis(EstimationBasis.ESTIMATED))
        .benefit(
            b ->
                b.name("Gain")
                    .baseline(random.nextBoolean() ? Quantity.of(1, Unit.EUR) : null)
                    .measured(Quantity.of(random.nextInt(1_000_000), Unit.EUR)))
        .governance(
            g ->
                g.trainings(
                    random.nextBoolean()
                        ? List.of(
                            Training.of(Stakeholder.AGENTS, "IA", LocalDate.of(2024, 1, 1), 10))
                        : List.of()))
        .transparency(t -> t.published(random.nextBoolean()))
        .build();
  }

  /** Returns the 100 datasets the usages refer to. */
  public static List<Dataset> datasets() {
    List<Dataset> datasets = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      datasets.add(
          Dataset.builder("dataset-" + i)
              .name("Jeu " + i)
              .personalData(i % 4 == 0 ? PersonalDataLevel.PERSONAL : PersonalDataLevel.NONE)
              .build());
    }
    return datasets;
  }

  /** Returns {@code n} events on 100 datasets: a collection of each, then transformations. */
  public static List<LifecycleEvent> events(int n) {
    List<LifecycleEvent> events = new ArrayList<>(n);
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      DatasetId d = DatasetId.of("dataset-" + (i % 100));
      LifecycleEvent.Builder b =
          i < 100 ? LifecycleEvent.collected(d) : LifecycleEvent.of(EventKind.TRANSFORMED, d);
      events.add(
          b.at(t.plusMillis(i))
              .by("service " + (i % 7))
              .note(i % 5 == 0 ? "note " + i : null)
              .build());
    }
    return events;
  }
}
