/** The register of AI usages and datasets: revisions, queries, statistics, events. */
@NullMarked
package eu.civicai.governance.register;

import org.jspecify.annotations.NullMarked;
