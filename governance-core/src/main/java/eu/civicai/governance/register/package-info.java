/** The register of AI usages and datasets: revisions, queries, statistics, events. */
package eu.civicai.governance.register;
