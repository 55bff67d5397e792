/**
 * The Dutch algorithm register (Algoritmeregister), publication standard 1.0: export and import of
 * its JSON records.
 */
@NullMarked
package eu.civicai.governance.exchange.nlregister;

import org.jspecify.annotations.NullMarked;
