package eu.civicai.governance.store;

import static eu.civicai.governance.store.RegisterStoreContract.SICOVAL;
import static eu.civicai.governance.store.RegisterStoreContract.dataset;
import static eu.civicai.governance.store.RegisterStoreContract.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.store.internal.SimpleDataSource;
import eu.civicai.governance.strategy.Strategy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register document's import (datasets, usages, strategies) is one transaction: a failure on the
 * last statement, the strategies' insert, leaves nothing stored.
 */
class ImportAtomicityTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** A data source whose connections fail every statement inserting a strategy, while armed. */
  private static DataSource failingOnStrategies(DataSource target, AtomicBoolean armed) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, target, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection real = (Connection) result;
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (armed.get()
                        && m.getName().equals("prepareStatement")
                        && ((String) a[0]).startsWith("INSERT INTO strategies")) {
                      throw new SQLException("refused by the test", "57014");
                    }
                    return invoke(m, real, a);
                  });
            });
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void importBatch_aFailingStrategy_storesNeitherUsagesNorDatasets() {
    AtomicBoolean armed = new AtomicBoolean(true);
    DataSource source =
        failingOnStrategies(SimpleDataSource.sqlite(dir.resolve("governance.db")), armed);
    Strategy strategy = StrategySamples.full("Sicoval", AuthorityKind.EPCI, 80_000);
    try (JdbcRegisterStore store = JdbcRegisterStore.open(source, CLOCK)) {
      assertThatThrownBy(
              () ->
                  store.importBatch(
                      SICOVAL,
                      List.of(dataset("compteurs")),
                      List.of(usage("a", "A"), usage("b", "B")),
                      List.of(strategy),
                      "import",
                      () -> {}))
          .isInstanceOf(StoreException.class);

      assertThat(store.usages().count(SICOVAL, UsageFilter.all())).isZero();
      assertThat(store.datasets().list(SICOVAL)).isEmpty();
      assertThat(store.strategies().list(SICOVAL)).isEmpty();

      // The same batch once the fault is gone: everything, the strategy at its first revision.
      armed.set(false);
      long stored =
          store.importBatch(
              SICOVAL,
              List.of(dataset("compteurs")),
              List.of(usage("a", "A"), usage("b", "B")),
              List.of(strategy),
              "import",
              () -> {});
      assertThat(stored).isEqualTo(4);
      assertThat(store.usages().count(SICOVAL, UsageFilter.all())).isEqualTo(2);
      assertThat(store.datasets().list(SICOVAL)).hasSize(1);
      assertThat(store.strategies().list(SICOVAL)).containsExactly(strategy);
      assertThat(store.strategies().revisions(SICOVAL, strategy.key())).isEqualTo(1);

      // Imported again: the strategy's next revision, in the same transaction as the usages'.
      store.importBatch(SICOVAL, List.of(), List.of(), List.of(strategy), "import", () -> {});
      assertThat(store.strategies().revisions(SICOVAL, strategy.key())).isEqualTo(2);
    }
  }
}
