/** Datasets, retention rules, lifecycle events and the tamper-evident ledger. */
@NullMarked
package eu.civicai.governance.data;

import org.jspecify.annotations.NullMarked;
