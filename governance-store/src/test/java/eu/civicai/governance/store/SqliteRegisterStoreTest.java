package eu.civicai.governance.store;

import eu.civicai.governance.spi.RegisterStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The contract, against SQLite in a temporary file. */
class SqliteRegisterStoreTest extends RegisterStoreContract {
  @TempDir Path dir;

  @Override
  RegisterStore newStore(Clock clock) {
    return JdbcRegisterStore.sqlite(dir.resolve("governance.db"), clock);
  }
}
