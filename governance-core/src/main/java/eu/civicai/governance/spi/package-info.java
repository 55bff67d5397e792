/** What embedders implement: storage of ledgers (and, later, registers). */
package eu.civicai.governance.spi;
