/**
 * What every export of the module shares: the profile's view of a record, the diagnostics of one
 * record, completeness gaps from the built-in charters, deterministic JSON. Not exported.
 */
package eu.civicai.governance.exchange.internal;
