/**
 * CivicAI Governance exchange: import and export with public registers of AI usages, the
 * Interconnectés "Bibliothèque IA territoriale" first.
 */
module eu.civicai.governance.exchange {
  requires transitive eu.civicai.governance.core;
  requires static transitive org.jspecify; // @NullMarked packages, @Nullable types
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.databind;
  // cyclonedx-core-java ships no module descriptor nor Automatic-Module-Name: an automatic module
  // named after its jar.
  requires cyclonedx.core.java;

  exports eu.civicai.governance.exchange;
  exports eu.civicai.governance.exchange.nlregister;
  exports eu.civicai.governance.exchange.atrs;
  exports eu.civicai.governance.exchange.eudatabase;
  exports eu.civicai.governance.exchange.crpa;
  exports eu.civicai.governance.exchange.cyclonedx;
}
