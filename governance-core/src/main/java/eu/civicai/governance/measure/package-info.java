/**
 * Quantities with units (EUR, kWh, kgCO2e, m³, hours, households, buildings, km…) that refuse to
 * mix units silently.
 */
package eu.civicai.governance.measure;
