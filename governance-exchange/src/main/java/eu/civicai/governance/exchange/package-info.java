/** Import and export with public registers of AI usages: the Interconnectés library first. */
@NullMarked
package eu.civicai.governance.exchange;

import org.jspecify.annotations.NullMarked;
