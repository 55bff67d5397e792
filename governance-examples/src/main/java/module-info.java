/** Runnable territorial cases, written against the public API only, as an outside user would. */
module eu.civicai.governance.examples {
  requires eu.civicai.governance.core;
  requires static transitive org.jspecify; // @NullMarked packages, @Nullable types
  requires eu.civicai.governance.json;
  requires eu.civicai.governance.exchange;
  requires eu.civicai.governance.store;
  requires eu.civicai.governance.report;

  exports eu.civicai.governance.examples;
}
