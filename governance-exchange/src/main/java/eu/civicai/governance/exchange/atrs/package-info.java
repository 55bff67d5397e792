/** The UK Algorithmic Transparency Recording Standard (ATRS) 4.0: export of its records. */
@NullMarked
package eu.civicai.governance.exchange.atrs;

import org.jspecify.annotations.NullMarked;
