/**
 * The EU database for high-risk AI systems: registration of a public authority's use as deployer
 * (AI Act Art. 49(3), Annex VIII, Section C).
 */
@NullMarked
package eu.civicai.governance.exchange.eudatabase;

import org.jspecify.annotations.NullMarked;
