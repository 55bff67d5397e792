package eu.civicai.governance.store;

import eu.civicai.governance.spi.InMemoryRegisterStore;
import eu.civicai.governance.spi.RegisterStore;
import java.time.Clock;

/** The contract, against the in-memory store of core. */
class InMemoryRegisterStoreTest extends RegisterStoreContract {
  @Override
  RegisterStore newStore(Clock clock) {
    return InMemoryRegisterStore.create(clock);
  }
}
