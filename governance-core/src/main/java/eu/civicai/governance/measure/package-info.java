/**
 * Quantities with units (EUR, kWh, kgCO2e, m³, hours, households, buildings, km…) that refuse to
 * mix units silently.
 */
@NullMarked
package eu.civicai.governance.measure;

import org.jspecify.annotations.NullMarked;
