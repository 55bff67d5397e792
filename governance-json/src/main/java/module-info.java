/**
 * CivicAI Governance JSON binding: the versioned JSON format of the library's documents, with
 * strict and safe reading. Depends on governance-core and Jackson; core never depends on it. (The
 * format itself lands with the JSON issue; this module reserves its place.)
 */
module eu.civicai.governance.json {
  requires transitive eu.civicai.governance.core;
  requires com.fasterxml.jackson.databind;
}
