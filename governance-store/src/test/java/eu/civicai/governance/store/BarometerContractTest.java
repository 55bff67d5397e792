package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.barometer.AuthorityMaturity;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.MaturityComponent;
import eu.civicai.governance.barometer.PopulationBand;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.strategy.Strategy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the same seeded multi-authority register gives the same barometer in memory ({@link
 * Barometer#of}) and in SQL ({@link JdbcRegisterStore#barometer}) on SQLite and PostgreSQL.
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
