package eu.civicai.governance.store;

import eu.civicai.governance.spi.RegisterStore;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/** The contract, against PostgreSQL, one schema per test. */
class PostgresRegisterStoreTest extends RegisterStoreContract {
  private String schema;

  @Override
  RegisterStore newStore(Clock clock) throws Exception {
    schema = Postgres.createSchema();
    return JdbcRegisterStore.open(Postgres.dataSource(schema), clock);
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      Postgres.dropSchema(schema);
    }
  }
}
