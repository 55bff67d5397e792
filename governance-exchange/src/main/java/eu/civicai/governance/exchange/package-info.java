/** Import and export with public registers of AI usages: the Interconnectés library first. */
package eu.civicai.governance.exchange;
