/**
 * CivicAI Governance core: immutable domain types, fluent builders, the register of AI usages and
 * datasets, and the tamper-evident data-lifecycle ledger. Knows nothing of JSON or files.
 */
module eu.civicai.governance.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires java.logging;
  // Nullness annotations (@NullMarked packages, @Nullable types) on the API: readable by every
  // module that reads this one, never needed at run time.
  requires static transitive org.jspecify;

  // Logging looks for an SLF4J provider before making loggers (see internal.Logging).
  uses org.slf4j.spi.SLF4JServiceProvider;

  exports eu.civicai.governance;
  exports eu.civicai.governance.measure;
  exports eu.civicai.governance.org;
  exports eu.civicai.governance.usage;
  exports eu.civicai.governance.data;
  exports eu.civicai.governance.register;
  exports eu.civicai.governance.spi;
  exports eu.civicai.governance.charter;
  exports eu.civicai.governance.charters;
  exports eu.civicai.governance.aiact;
  exports eu.civicai.governance.assessment;
  exports eu.civicai.governance.tender;
  exports eu.civicai.governance.strategy;
  exports eu.civicai.governance.barometer;
  exports eu.civicai.governance.value;
  exports eu.civicai.governance.template;

  // Shared message rendering and checks for the library's own modules only.
  exports eu.civicai.governance.internal to
      eu.civicai.governance.json,
      eu.civicai.governance.exchange,
      eu.civicai.governance.store;

  // Hibernate Validator reads the constraints declared on the records.
  opens eu.civicai.governance.measure to
      org.hibernate.validator;
  opens eu.civicai.governance.org to
      org.hibernate.validator;
  opens eu.civicai.governance.usage to
      org.hibernate.validator;
  opens eu.civicai.governance.data to
      org.hibernate.validator;
  opens eu.civicai.governance.assessment to
      org.hibernate.validator;
  opens eu.civicai.governance.strategy to
      org.hibernate.validator;
}
