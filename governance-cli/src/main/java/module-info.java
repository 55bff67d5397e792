/** The governance command line. Exports nothing: it is an application, not a library. */
module eu.civicai.governance.cli {
  requires eu.civicai.governance.core;
  requires eu.civicai.governance.json;
  requires eu.civicai.governance.exchange;
  requires eu.civicai.governance.store;
  requires eu.civicai.governance.report;
  requires info.picocli;

  // picocli reads the commands' annotated fields reflectively.
  opens eu.civicai.governance.cli to
      info.picocli;
}
