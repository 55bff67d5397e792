/**
 * What embedders implement: storage of ledgers ({@link eu.civicai.governance.spi.LedgerStore}) and
 * of registers for many tenants ({@link eu.civicai.governance.spi.RegisterStore}, one repository
 * per aggregate). Parameters are never null unless a method says so.
 */
@NullMarked
package eu.civicai.governance.spi;

import org.jspecify.annotations.NullMarked;
