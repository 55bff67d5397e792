/** The UK Algorithmic Transparency Recording Standard (ATRS) 4.0: export of its records. */
package eu.civicai.governance.exchange.atrs;
