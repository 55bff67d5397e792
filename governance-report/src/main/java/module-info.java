/**
 * CivicAI Governance report: the outputs people read. The watch committee's report as a
 * self-contained HTML file with SVG charts, as Markdown and as the JSON data behind them; the
 * public page of each usage. Depends on governance-core and governance-json (Jackson); templates
 * are compiled at build time, so jte-runtime is all it needs of jte.
 */
module eu.civicai.governance.report {
  requires transitive eu.civicai.governance.core;
  requires static transitive org.jspecify; // @NullMarked packages, @Nullable types
  requires eu.civicai.governance.json;
  requires com.fasterxml.jackson.databind;
  requires gg.jte.runtime;
  // The compiled templates carry @javax.annotation.processing.Generated (source retention).
  requires static java.compiler;

  exports eu.civicai.governance.report;
}
