package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.barometer.AuthorityFigures;
import eu.civicai.governance.barometer.AuthorityMaturity;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerWeights;
import eu.civicai.governance.barometer.MaturityComponent;
import eu.civicai.governance.barometer.PopulationBand;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.strategy.Strategy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the same seeded multi-authority register gives the same barometer in memory ({@link
 * Barometer#of}) and in SQL ({@link JdbcRegisterStore#barometer}) on SQLite and PostgreSQL; and
 * several seeded tenants (a Saint-Martin in each, with its own SIREN; one syndicate in all of them)
 * give across tenants the barometer of memory over the union of their registers.
 */
class BarometerContractTest {
  private static final Clock CLOCK =
      Clock.fixed(
          ZonedDateTime.of(BarometerSamples.AS_OF.atTime(18, 0), ZoneId.of("Europe/Paris"))
              .toInstant(),
          ZoneId.of("Europe/Paris"));
  private static final TenantId TENANT = Tenants.tenant(2121);
  private static final TenantId OTHER = Tenants.tenant(2122);

  @TempDir Path dir;

  @Test
  void sqlite_givesTheBarometerOfMemory() {
    for (long seed = 1; seed <= 3; seed++) {
      try (JdbcRegisterStore store =
          JdbcRegisterStore.sqlite(dir.resolve("b" + seed + ".db"), CLOCK)) {
        sameAsMemory(store, seed);
      }
    }
  }

  @Test
  void postgresql_givesTheBarometerOfMemory() throws Exception {
    for (long seed = 1; seed <= 1; seed++) {
      String schema = Postgres.createSchema();
      try {
        DataSource ds = Postgres.dataSource(schema);
        try (JdbcRegisterStore store = JdbcRegisterStore.open(ds, CLOCK)) {
          sameAsMemory(store, seed);
        }
      } finally {
        Postgres.dropSchema(schema);
      }
    }
  }

  @Test
  void sqlite_emptyTenant_givesAnEmptyBarometer() {
    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(dir.resolve("empty.db"), CLOCK)) {
      Barometer b = store.barometer(TENANT);
      assertThat(b.authorities()).isEmpty();
      assertThat(b.asOf()).isEqualTo(BarometerSamples.AS_OF);
      assertThat(b.overall().meanScore()).isNull();
      assertThat(b.byBand()).hasSize(PopulationBand.values().length);
    }
  }

  @Test
  void sqlite_severalTenants_giveTheBarometerOfMemoryOverTheirUnion() {
    for (long seed = 1; seed <= 2; seed++) {
      try (JdbcRegisterStore store =
          JdbcRegisterStore.sqlite(dir.resolve("many" + seed + ".db"), CLOCK)) {
        acrossTenantsSameAsMemory(store, seed);
      }
    }
  }

  @Test
  void postgresql_severalTenants_giveTheBarometerOfMemoryOverTheirUnion() throws Exception {
    String schema = Postgres.createSchema();
    try (JdbcRegisterStore store = JdbcRegisterStore.open(Postgres.dataSource(schema), CLOCK)) {
      acrossTenantsSameAsMemory(store, 1);
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  @Test
  void sqlite_emptyStore_givesAnEmptyBarometerOverAllTenants() {
    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(dir.resolve("none.db"), CLOCK)) {
      assertThat(store.barometerTenants()).isEmpty();
      Barometer b = store.barometerOfAll(BarometerWeights.defaults());
      assertThat(b.authorities()).isEmpty();
      assertThat(store.barometer(List.of(TENANT), BarometerWeights.defaults()))
          .isEqualTo(store.barometer(TENANT));
    }
  }

  static final int TENANTS = 4;

  /** Four tenants, seeded; stores them and returns their samples by tenant, tenants sorted. */
  static Map<TenantId, BarometerSamples.Sample> storeTenants(JdbcRegisterStore store, long seed) {
    Map<TenantId, BarometerSamples.Sample> samples =
        new TreeMap<>(java.util.Comparator.comparing(TenantId::value));
    for (int t = 1; t <= TENANTS; t++) {
      TenantId tenant = Tenants.tenant(3_100 + t);
      BarometerSamples.Sample sample = BarometerSamples.generate(seed * 100 + t, 14, CLOCK, t);
      store.importBatch(
          tenant, sample.register().datasets(), sample.register().usages(), "barometre");
      for (Strategy s : sample.register().strategies()) {
        store.strategies().put(tenant, s, "barometre");
      }
      store.ledgers().appendAll(tenant, "main", sample.ledger().entries());
      samples.put(tenant, sample);
    }
    return samples;
  }

  /** The barometer in memory over the union of the tenants' registers, in tenant order. */
  static Barometer memory(
      Map<TenantId, BarometerSamples.Sample> samples,
      Collection<TenantId> included,
      BarometerWeights weights) {
    List<AuthorityFigures> figures = new ArrayList<>();
    for (Map.Entry<TenantId, BarometerSamples.Sample> e : samples.entrySet()) {
      if (included.contains(e.getKey())) {
        figures.addAll(
            Barometer.figures(
                e.getValue().register(), e.getValue().ledger(), BarometerSamples.AS_OF));
      }
    }
    return Barometer.fromFigures(Barometer.merge(figures), BarometerSamples.AS_OF, weights);
  }

  private static void acrossTenantsSameAsMemory(JdbcRegisterStore store, long seed) {
    Map<TenantId, BarometerSamples.Sample> samples = storeTenants(store, seed);
    List<TenantId> all = List.copyOf(samples.keySet());
    BarometerWeights weights =
        BarometerWeights.defaults()
            .with(MaturityComponent.AGENTS_TRAINED, 40)
            .with(MaturityComponent.LEDGER_KEPT, 0);

    Barometer memory = memory(samples, all, BarometerWeights.defaults());
    assertThat(store.barometer(all, BarometerWeights.defaults())).isEqualTo(memory);
    assertThat(store.barometer(all, weights)).isEqualTo(memory(samples, all, weights));
    List<TenantId> some = List.of(all.get(2), all.get(0), all.get(2));
    assertThat(store.barometer(some, weights))
        .isEqualTo(memory(samples, Set.copyOf(some), weights));
    if (store.database().equals("SQLite")) {
      assertThat(store.barometerTenants()).containsExactlyElementsOf(all);
      assertThat(store.barometerOfAll(weights)).isEqualTo(memory(samples, all, weights));
    }

    // Four Saint-Martin, one per tenant, each with its SIREN: four authorities.
    List<AuthorityMaturity> martins =
        memory.authorities().stream()
            .filter(m -> m.authorityName().equals("Saint-Martin"))
            .toList();
    assertThat(martins).hasSize(TENANTS);
    assertThat(martins.stream().map(m -> m.figures().siren()).distinct()).hasSize(TENANTS);
    // The syndicate shared by every tenant is one authority, its usages added up (those that left
    // the SIREN out included: in each tenant its name has that one SIREN).
    AuthorityMaturity shared =
        memory.findBySiren(Siren.of(BarometerSamples.SHARED_SIREN)).orElseThrow();
    long usages = 0;
    for (BarometerSamples.Sample s : samples.values()) {
      usages +=
          s.register().usages().stream()
              .filter(u -> u.authority().name().equals("Syndicat mixte partagé"))
              .count();
    }
    assertThat(shared.figures().usages()).isEqualTo(usages).isPositive();
    // Usages that left their SIREN out counted with their authority's SIREN: none is alone.
    assertThat(
            samples.values().stream()
                .flatMap(x -> x.register().usages().stream())
                .filter(u -> u.authority().siren() == null)
                .filter(u -> u.authority().name().equals("Saint-Martin")))
        .isNotEmpty();
    assertThat(memory.authorities())
        .noneSatisfy(
            m -> {
              assertThat(m.authorityName()).isEqualTo("Saint-Martin");
              assertThat(m.figures().siren()).isNull();
            });
    // Authorities without SIREN stay keyed by name, and are present too.
    assertThat(memory.authorities()).anySatisfy(m -> assertThat(m.figures().siren()).isNull());
    // A tenant's barometer is still its own.
    assertThat(store.barometer(all.get(1)))
        .isEqualTo(
            Barometer.of(
                samples.get(all.get(1)).register(), samples.get(all.get(1)).ledger(), CLOCK));
  }

  private static void sameAsMemory(JdbcRegisterStore store, long seed) {
    BarometerSamples.Sample sample = BarometerSamples.generate(seed, 40, CLOCK);
    store.importBatch(
        TENANT, sample.register().datasets(), sample.register().usages(), "barometre");
    for (Strategy s : sample.register().strategies()) {
      store.strategies().put(TENANT, s, "barometre");
    }
    store.ledgers().appendAll(TENANT, "main", sample.ledger().entries());
    // Another tenant's register must not leak into this one's barometer.
    BarometerSamples.Sample other = BarometerSamples.generate(seed + 100, 5, CLOCK);
    store.importBatch(OTHER, other.register().datasets(), other.register().usages(), "autre");

    Barometer memory = Barometer.of(sample.register(), sample.ledger(), CLOCK);
    Barometer sql = store.barometer(TENANT);

    assertThat(sql).isEqualTo(memory);
    // The sample is not trivial: every band, scores and unknowns of every component.
    assertThat(memory.authorities()).hasSize(40);
    assertThat(memory.byBand()).allSatisfy(g -> assertThat(g.authorities()).isPositive());
    for (MaturityComponent c : MaturityComponent.values()) {
      List<AuthorityMaturity> known =
          memory.authorities().stream().filter(m -> m.component(c).isKnown()).toList();
      assertThat(known).as(c.name()).isNotEmpty();
      assertThat(known.size()).as(c.name()).isLessThan(40);
    }
    assertThat(memory.authorities())
        .anySatisfy(m -> assertThat(m.unknownComponents()).isPositive());
    assertThat(memory.authorities()).anySatisfy(m -> assertThat(m.unknownComponents()).isZero());
  }
}
