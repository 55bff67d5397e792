/**
 * The Dutch algorithm register (Algoritmeregister), publication standard 1.0: export and import of
 * its JSON records.
 */
package eu.civicai.governance.exchange.nlregister;
