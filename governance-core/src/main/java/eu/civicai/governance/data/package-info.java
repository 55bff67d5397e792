/** Datasets, retention rules, lifecycle events and the tamper-evident ledger. */
package eu.civicai.governance.data;
