/**
 * The versioned JSON format of the library's documents: {@link
 * eu.civicai.governance.json.GovernanceJson}, document types, strict and safe reading, streaming of
 * registers, the JSON Lines ledger store.
 */
@NullMarked
package eu.civicai.governance.json;

import org.jspecify.annotations.NullMarked;
