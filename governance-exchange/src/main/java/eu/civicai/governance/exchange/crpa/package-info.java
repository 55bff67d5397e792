/**
 * The French inventory of the main algorithmic processing used for individual decisions (CRPA
 * L312-1-3), in the columns of Etalab's practical guide.
 */
@NullMarked
package eu.civicai.governance.exchange.crpa;

import org.jspecify.annotations.NullMarked;
