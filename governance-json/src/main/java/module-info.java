/**
 * CivicAI Governance JSON binding: the versioned JSON format of the library's documents, with
 * strict and safe reading, JSON Schemas and a JSON Lines ledger store. Depends on governance-core
 * and Jackson; core never depends on it.
 */
module eu.civicai.governance.json {
  requires transitive eu.civicai.governance.core;
  requires static transitive org.jspecify; // @NullMarked packages, @Nullable types
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports eu.civicai.governance.json;

  // Jackson reads the records of core through their components; it needs reflective access here.
  opens eu.civicai.governance.json to
      com.fasterxml.jackson.databind;
}
