/**
 * CycloneDX 1.6: the register's AI usages as a bill of materials with a model card for each model,
 * written through the reference library cyclonedx-core-java ({@link
 * eu.civicai.governance.exchange.cyclonedx.CycloneDx}).
 */
@NullMarked
package eu.civicai.governance.exchange.cyclonedx;

import org.jspecify.annotations.NullMarked;
