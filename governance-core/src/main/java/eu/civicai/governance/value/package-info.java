/**
 * The value of benefits against the footprint, through documented conversion factors.
 *
 * <p>A {@link eu.civicai.governance.value.ValueFactor} converts one kind of benefit into a
 * comparable value (an agent's hour into euros, cubic metres of water into household-years of
 * consumption, kilowatt-hours of electricity into kgCO2e) and carries its source, its address and
 * its year. {@link eu.civicai.governance.value.ValueFactors#defaults()} holds the library's
 * defaults, cited in {@code docs/value.md}; an authority replaces any of them with its own ({@link
 * eu.civicai.governance.value.ValueFactors#withFor}). {@link eu.civicai.governance.value.Valuation}
 * values a usage ({@link eu.civicai.governance.value.UsageValue}) or a whole register ({@link
 * eu.civicai.governance.value.PortfolioValue}: per usage, per authority and overall).
 *
 * <p>Unknown stays unknown: a benefit without a measured value, a usage without a footprint or a
 * conversion without its factor counts as an unknown part of its {@link
 * eu.civicai.governance.value.Total}, never as zero.
 *
 * <p>Values are immutable records, safe to share between threads; {@link
 * eu.civicai.governance.value.Valuation} is immutable and thread-safe too. Ill-formed input is
 * refused with {@link eu.civicai.governance.InvalidInputException} naming the field and the value.
 * Null policy: see {@link eu.civicai.governance}.
 */
@NullMarked
package eu.civicai.governance.value;

import org.jspecify.annotations.NullMarked;
